def log = new File(basedir, 'build.log').getText('UTF-8')
// 1: task-output-missing raised from warning to error fails the build; agency-multiple-leads is off.
assert log.contains('[ERROR] src/plans/xa-mau-2026.yaml:51:5 task-output-missing ')
assert log.contains('[INFO] reformplan: 1 file, 1 error, 0 warnings, 0 infos')
assert !log.contains('agency-multiple-leads')
// 2: the profile adds an unknown rule id.
assert log.contains("Không có quy tắc 'no-such-rule' (xem 'reformplan rules') (<rules>)")
return true
