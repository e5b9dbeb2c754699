def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] src/plans/thanh-hoa-2025.yaml:357:5 task-added Task PL07.6 was added')
assert log.contains('also at baseline/thanh-hoa-2025.yaml:59:3 (/tasks)')
assert log.contains('[INFO] reformplan: 1 file: no error, no warning, 1 info')
assert log.contains('BUILD SUCCESS')
return true
