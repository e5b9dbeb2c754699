import groovy.json.JsonSlurper

// One build.log holds the four invocations, in order, each starting with "Scanning for projects".
def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert runs.size() == 4
assert runs.collect { (it =~ /BUILD (SUCCESS|FAILURE)/)[0][1] } == ['FAILURE', 'SUCCESS', 'SUCCESS', 'FAILURE']
def finding = "[ERROR] src/plans/xa-mau-2026.yaml:36:15 deadline-before-issue "

// 1: as printed: the error fails the build, everything in Vietnamese, the reports of <formats> written
assert runs[0].contains(finding + "Thời hạn 'Quý I/2025' kết thúc ngày 31/3/2025, trước ngày ban hành kế hoạch (20/12/2025)")
assert runs[0].contains('[INFO] reformplan: 1 tệp: 1 lỗi, 0 cảnh báo, 0 thông tin')
assert runs[0].contains('reformplan phát hiện 1 lỗi trong các kế hoạch (failOn=error); xem các phát hiện ở trên')

// 2: -Dreformplan.skip=true
assert runs[1].contains('[INFO] reformplan: bỏ qua bước kiểm tra (reformplan.skip)')
assert !runs[1].contains(finding)

// 3: -Dreformplan.failOn=never: the finding is still logged, the build passes
assert runs[2].contains(finding)
assert runs[2].contains('[INFO] reformplan: 1 tệp: 1 lỗi, 0 cảnh báo, 0 thông tin')
assert !runs[2].contains('reformplan phát hiện')

// 4: -Dreformplan.lang=en
assert runs[3].contains(finding + "Deadline 'Quý I/2025' ends on 2025-03-31, before the plan was issued on 2025-12-20")
assert runs[3].contains('reformplan found 1 error in the plans (failOn=error); see the findings above')

def dir = new File(basedir, 'target/reformplan')
def json = new JsonSlurper().parse(new File(dir, 'reformplan.json'), 'UTF-8')
assert json.summary == [files: 1, errors: 1, warnings: 0, infos: 0]
assert new File(dir, 'reformplan.sarif').isFile()
def junit = new groovy.xml.XmlSlurper().parse(new File(dir, 'TEST-reformplan.xml'))
assert junit.testsuite.testcase.@classname.text() == 'src.plans.xa-mau-2026'
return true
