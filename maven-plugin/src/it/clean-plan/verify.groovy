def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] src/plans/ke-hoach.docx skipped: importing office documents (.docx, .xlsx) is not available yet')
assert log.contains('[INFO] reformplan: 1 file, 0 errors, 0 warnings, 0 infos')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/reformplan').exists() : 'no report is written unless formats names one'
return true
