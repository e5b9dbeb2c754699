def log = new File(basedir, 'build.log').getText('UTF-8')
// the finding is located by table, row and column of the Word document
assert log =~ /\[ERROR\] src\/plans\/ha-tinh-2026\.docx: Bảng 2, hàng \d+, cột «Thời gian hoàn thành» deadline-before-issue /
assert log.contains('reformplan phát hiện 1 lỗi trong các kế hoạch (failOn=error)')
assert !log.contains('could not find a logging provider')
assert log.contains('BUILD FAILURE')
return true
