def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] reformplan: không có tệp kế hoạch nào trong src/plans') : 'the parent has no plans: a note, not a failure'
assert log.contains('[WARNING] src/plans/xa-a-2026.yaml:51:5 task-output-missing ')
assert log.contains('[ERROR] src/plans/xa-b-2026.yaml:36:15 deadline-before-issue ')
assert log =~ /module-a \.+ SUCCESS/
assert log.contains('on project module-b: reformplan phát hiện 1 lỗi trong các kế hoạch (failOn=error)')
assert log.contains('BUILD FAILURE')
return true
