def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] reformplan: skipped (reformplan.skip)')
assert !log.contains('deadline-before-issue')
assert !log.contains('reformplan: 1 file')
assert log.contains('BUILD SUCCESS')
return true
