// The reports of a previous build, where the walk from the project root finds them (and a baseline of its own).
def dir = new File(basedir, 'target/reformplan')
dir.mkdirs()
new File(dir, 'reformplan.json').setText('{\n  "tool" : {\n    "name" : "reformplan",\n    "version" : "0.9"\n  },\n  "files" : [ ]\n}\n', 'UTF-8')
new File(dir, 'reformplan.sarif').setText('{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{"tool": {"driver": {"name": "reformplan"}}, "results": []}]}\n', 'UTF-8')
new File(basedir, 'reformplan-baseline.json').setText('{\n  "version" : 1,\n  "findings" : [ ]\n}\n', 'UTF-8')
return true
