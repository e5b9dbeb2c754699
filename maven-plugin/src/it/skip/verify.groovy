def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] reformplan: bỏ qua bước kiểm tra (reformplan.skip)')
assert !log.contains('deadline-before-issue')
assert !log.contains('reformplan: 1 tệp')
assert log.contains('BUILD SUCCESS')
return true
