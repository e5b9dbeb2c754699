def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] reformplan: 1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/reformplan').exists() : 'no report is written unless formats names one'
return true
