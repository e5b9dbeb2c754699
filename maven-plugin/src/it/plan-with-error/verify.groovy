def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/plans/xa-mau-2026.yaml:36:15 deadline-before-issue ')
assert log.contains('[INFO] reformplan: 1 tệp: 1 lỗi, 0 cảnh báo, 0 thông tin')
assert log.contains('reformplan phát hiện 1 lỗi trong các kế hoạch (failOn=error)')
assert log.contains('BUILD FAILURE')
return true
