// prebuild.groovy moved one deadline before the signing date: the finding is on that line, at the value.
def lines = new File(basedir, 'src/plans/hoang-loc-2026.yaml').readLines('UTF-8')
int index = lines.findIndexOf { it.contains('deadline: "Quý I/2025"') }
assert index >= 0
int column = lines[index].indexOf('"Quý I/2025"') + 1
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] src/plans/hoang-loc-2026.yaml:${index + 1}:${column} deadline-before-issue ")
assert log.contains('[INFO] reformplan: 1 file, 1 error, 0 warnings, 0 infos')
assert log.contains('BUILD FAILURE')
return true
