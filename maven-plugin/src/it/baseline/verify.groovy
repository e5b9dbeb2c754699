def log = new File(basedir, 'build.log').getText('UTF-8')
// Run 1: the known finding is not reported
assert log.contains('[INFO] reformplan: 1 known finding(s) in the baseline reformplan-baseline.json not reported')
assert log.contains('[INFO] reformplan: 1 file: no error, no warning, no info')
// Run 2: new findings fail the build; the entry that matches nothing is stale
assert log.contains('[ERROR] src/plans-new/xa-mau-2026.yaml:36:15 deadline-before-issue ')
assert log.contains('[WARNING] src/plans-new/xa-mau-2026.yaml:42:15 deadline-outside-period ')
assert log.contains('[WARNING] reformplan: stale baseline entry (no longer found): src/plans/xa-mau-2026.yaml /tasks/0/deadline deadline-before-issue')
assert log.contains('BUILD FAILURE')
// Run 3: the same in Vietnamese: the stale entry, the summary and the failure are Vietnamese too
assert log.contains('[WARNING] reformplan: mục trong tệp mốc không còn khớp (đã khắc phục?): src/plans/xa-mau-2026.yaml /tasks/0/deadline deadline-before-issue')
assert log.contains('[INFO] reformplan: 0 phát hiện đã có trong tệp mốc reformplan-baseline.json không được báo lại')
assert log.contains('[INFO] reformplan: 1 tệp: 1 lỗi, 1 cảnh báo, 0 thông tin')
assert log.contains('reformplan phát hiện 1 lỗi trong các kế hoạch (failOn=error); xem các phát hiện ở trên')
assert log.contains("kết thúc ngày 31/3/2025")
return true
