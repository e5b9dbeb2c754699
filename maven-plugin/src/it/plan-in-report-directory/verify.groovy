def dir = new File(basedir, 'target/reformplan')
def plan = new File(dir, 'reformplan.json')
assert plan.bytes == new File(basedir, 'expected-plan.json').bytes : 'the plan is byte-identical'
assert dir.list() as List == ['reformplan.json'] : 'no temporary file left'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('reformplan: Refusing to write ' + plan.path + ': it is ' + plan.path + ', an input of this run')
assert !(log =~ /(?m)^\s+at [\w.$]+/) : 'no stack trace'
return true
