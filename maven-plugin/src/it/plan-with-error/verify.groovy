def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/plans/xa-mau-2026.yaml:36:15 deadline-before-issue ')
assert log.contains('[INFO] reformplan: 1 file, 1 error, 0 warnings, 0 infos')
assert log.contains('reformplan found 1 error in the plans (failOn=error)')
assert log.contains('BUILD FAILURE')
return true
