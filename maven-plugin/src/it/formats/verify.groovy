import groovy.json.JsonSlurper

def dir = new File(basedir, 'target/reformplan')
def json = new JsonSlurper().parse(new File(dir, 'reformplan.json'), 'UTF-8')
assert json.tool.name == 'reformplan'
assert json.summary == [files: 1, errors: 0, warnings: 1, infos: 1]
assert json.files*.path == ['src/plans/xa-mau-2026.yaml']
assert json.files[0].findings*.rule == ['task-output-missing', 'agency-multiple-leads']
assert json.files[0].findings[0].line == 51 && json.files[0].findings[0].column == 5
assert json.files[0].findings[0].message.startsWith('Task 4 names no output') : '<lang>en</lang> applies to the reports'

def text = new File(dir, 'reformplan.txt').getText('UTF-8')
assert text.contains('src/plans/xa-mau-2026.yaml:51:5: warning task-output-missing Task 4 names no output')
assert text.contains('1 file: no error, 1 warning, 1 info')

def sarif = new JsonSlurper().parse(new File(dir, 'reformplan.sarif'), 'UTF-8')
assert sarif.version == '2.1.0'
assert sarif.runs[0].results*.ruleId == ['task-output-missing', 'agency-multiple-leads']
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/plans/xa-mau-2026.yaml'
assert sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine == 51

def junit = new groovy.xml.XmlSlurper().parse(new File(dir, 'TEST-reformplan.xml'))
assert junit.name() == 'testsuites'
assert junit.@failures.text() == '0' : 'failOn=error: a warning is not a failure'

def html = new File(dir, 'reformplan.html').getText('UTF-8')
assert html.contains('task-output-missing') && !html.contains('<link') && !html.contains('src=')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] reformplan: json report written to target/reformplan/reformplan.json')
assert log.contains("Unknown report format 'pdf' in formats (property reformplan.formats): known formats are text, json, sarif, junit, html")
return true
