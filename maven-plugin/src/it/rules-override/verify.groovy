def log = new File(basedir, 'build.log').getText('UTF-8')
// 1: task-output-missing raised from warning to error fails the build; agency-multiple-leads is off.
assert log.contains('[ERROR] src/plans/xa-mau-2026.yaml:51:5 task-output-missing ')
assert log.contains('[INFO] reformplan: 1 tệp: 1 lỗi, 0 cảnh báo, 0 thông tin')
assert !log.contains('agency-multiple-leads')
// 2: the profile adds an unknown rule id.
assert log.contains("<rules>: Không có quy tắc 'no-such-rule'; lệnh `reformplan rules` liệt kê các quy tắc")
return true
