// Puts the README's "In CI: the Maven plugin" snippet, exactly as printed, into this project's pom.xml, so that
// what users copy is what this scenario builds. The only check made on the text is that its plugin version is
// the one under test (the README must follow the project's version) and that it hard-codes neither <skip> nor
// <failOn> in <configuration>, which would defeat -Dreformplan.skip and -Dreformplan.failOn.
def readme = new File(readmeFile).getText('UTF-8')
int section = readme.indexOf('## In CI: the Maven plugin')
assert section >= 0 : 'README.md has no "In CI: the Maven plugin" section'
def block = (readme.substring(section) =~ /(?s)```xml\n(.*?)```/)
assert block.find() : 'the section has no xml block'
String snippet = block.group(1)
assert snippet.contains("<version>${pluginVersion}</version>") : "the README snippet must use reformplan ${pluginVersion}"
def configuration = (snippet =~ /(?s)<configuration>(.*?)<\/configuration>/)
assert configuration.find()
assert !configuration.group(1).contains('<skip>') && !configuration.group(1).contains('<failOn>')
def pom = new File(basedir, 'pom.xml')
def text = pom.getText('UTF-8')
assert text.contains('<!-- README SNIPPET -->')
pom.setText(text.replace('<!-- README SNIPPET -->', snippet), 'UTF-8')
return true
