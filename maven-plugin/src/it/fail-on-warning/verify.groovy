// One build.log holds both invocations, in order.
def log = new File(basedir, 'build.log').getText('UTF-8')
def finding = '[WARNING] src/plans/xa-mau-2026.yaml:51:5 task-output-missing '
assert log.count(finding) == 2
int success = log.indexOf('BUILD SUCCESS')
int failure = log.indexOf('BUILD FAILURE')
assert success >= 0 && failure > success : 'the default run passes, the failOn=warning run fails'
assert log.indexOf('reformplan phát hiện 1 cảnh báo trong các kế hoạch (failOn=warning)') > success
return true
