// A JSON plan where the plugin writes reformplan.json (target/ is not kept in the repository).
def dir = new File(basedir, 'target/reformplan')
dir.mkdirs()
def plan = '{"schemaVersion": 1, "plan": {"id": "xa-mau-2026"}}\n'
new File(dir, 'reformplan.json').setText(plan, 'UTF-8')
new File(basedir, 'expected-plan.json').setText(plan, 'UTF-8')
return true
