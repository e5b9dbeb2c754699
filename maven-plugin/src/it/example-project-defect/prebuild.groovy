// Injects one defect into the copy of examples/maven-project: the first task due in Quý I/2026 becomes due in
// Quý I/2025, before the plan was signed (2025-12-20). verify.groovy expects the finding on that line.
def plan = new File(basedir, 'src/plans/hoang-loc-2026.yaml')
def text = plan.getText('UTF-8')
def original = 'deadline: "Quý I/2026"'
assert text.contains(original) : "the example plan no longer has a task due in Quý I/2026: choose another defect"
plan.setText(text.replaceFirst(java.util.regex.Pattern.quote(original), 'deadline: "Quý I/2025"'), 'UTF-8')
return true
