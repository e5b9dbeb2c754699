def log = new File(basedir, 'build.log').getText('UTF-8')
// Run 1: the known finding is not reported
assert log.contains('[INFO] reformplan: 1 known finding(s) in the baseline reformplan-baseline.json not reported')
assert log.contains('[INFO] reformplan: 1 file, 0 errors, 0 warnings, 0 infos')
// Run 2: new findings fail the build; the entry that matches nothing is stale
assert log.contains('[ERROR] src/plans-new/xa-mau-2026.yaml:36:15 deadline-before-issue ')
assert log.contains('[WARNING] src/plans-new/xa-mau-2026.yaml:42:15 deadline-outside-period ')
assert log.contains('[WARNING] reformplan: stale baseline entry (no longer found): src/plans/xa-mau-2026.yaml /tasks/0/deadline deadline-before-issue')
assert log.contains('BUILD FAILURE')
return true
