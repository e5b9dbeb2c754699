// prebuild.groovy moved one deadline before the signing date: the finding is on that line, at the value.
def lines = new File(basedir, 'src/plans/hoang-loc-2026.yaml').readLines('UTF-8')
int index = lines.findIndexOf { it.contains('deadline: "Quý I/2025"') }
assert index >= 0
int column = lines[index].indexOf('"Quý I/2025"') + 1
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/plans/hoang-loc-2026.yaml:${index + 1}:${column} deadline-before-issue ")
assert log.contains("kết thúc ngày 31/3/2025, trước ngày ban hành kế hoạch") : 'lang vi: dates as Vietnamese write them'
assert log.contains('[INFO] reformplan: 1 tệp: 1 lỗi, 0 cảnh báo, 0 thông tin')
assert log.contains('BUILD FAILURE')
return true
