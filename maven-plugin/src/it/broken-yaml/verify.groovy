def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] src/plans/xa-mau-2026.yaml:41:9 parse ')
assert log.contains('reformplan phát hiện 1 lỗi trong các kế hoạch (failOn=error)')
// The build fails through the finding, as a MojoFailureException, not through an exception from the reader.
// (The IT builds run without -e, as users do: with -Dinvoker.showErrors=true this scenario cannot pass.)
assert log.contains('display/MAVEN/MojoFailureException')
assert !(log =~ /(?m)^\s+at [\w.$]+/) : 'no stack trace'
assert !log.contains('Caused by')
return true
