def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/plans/thanh-hoa-2025.yaml:46:11 target-lowered Target 1.2 asks for less than before: >= 30% is now >= 25% also at baseline/thanh-hoa-2025.yaml:45:11 (/targets/1/text)')
assert log.contains('[ERROR] src/plans/thanh-hoa-2025.yaml:60:3 task-removed Task PL01.4 was removed')
assert log.contains('[WARNING] src/plans/thanh-hoa-2025.yaml:64:11 task-lead-changed ')
assert log.contains('[INFO] reformplan: 1 file: 2 errors, 2 warnings, no info')
assert log.contains('BUILD FAILURE')
return true
