import groovy.json.JsonSlurper

def json = new JsonSlurper().parse(new File(basedir, 'target/reformplan/reformplan.json'), 'UTF-8')
assert json.tool.version != '0.9' : 'the old report was replaced'
assert json.files*.path == ['xa-mau-2026.yaml'] : 'only the plan was read, not the reports nor the baseline'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] reformplan: 1 file: no error, 1 warning, 1 info')
return true
