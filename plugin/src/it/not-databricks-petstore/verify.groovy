// A general OpenAPI document (a classic pet store, JSON, one spec file) generates and compiles.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/generated-sources/brickapi')
def sources = []
out.eachFileRecurse { if (it.name.endsWith('.java')) sources << it }
def api = sources.find { it.name == 'StoreApi.java' }
assert api != null : "no StoreApi.java among ${sources}"
assert api.getText('UTF-8').contains('placeOrder')
// The runtime's exception root (named in every method's @throws) is the only Databricks name allowed.
sources.each {
  def text = it.getText('UTF-8').replace('dev.brickapi.runtime.DatabricksException', '')
  assert !text.toLowerCase().contains('databricks') : "Databricks leaked into ${it}"
}
assert log.contains('brickapi: 1 documents, 1 services, 2 operations')
assert log.contains('BUILD SUCCESS')
true
