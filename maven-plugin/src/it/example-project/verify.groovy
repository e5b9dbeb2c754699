import groovy.json.JsonSlurper

// The example uses the plugin of this build: its reformplan.version must follow the project's version.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("--- reformplan:${pluginVersion}:validate") : "examples/maven-project must use reformplan ${pluginVersion}"
assert log.contains('[INFO] reformplan: 1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin')
assert log.contains('BUILD SUCCESS')
def json = new JsonSlurper().parse(new File(basedir, 'target/reformplan/reformplan.json'), 'UTF-8')
assert json.summary == [files: 1, errors: 0, warnings: 0, infos: 0]
assert new File(basedir, 'target/reformplan/reformplan.sarif').isFile()
assert new File(basedir, 'target/reformplan/TEST-reformplan.xml').isFile()
return true
