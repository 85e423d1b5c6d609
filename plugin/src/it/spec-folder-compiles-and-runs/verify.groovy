// Generated from the spec folder, compiled, and the consumer's test used the generated client.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/generated-sources/brickapi')
assert new File(out, 'com/example/petstore/pets/v1/Pet.java').isFile()
assert new File(basedir, 'target/brickapi/default.files').isFile() : 'no manifest next to the fingerprint'
assert new File(basedir, 'target/brickapi/docs/index.md').isFile() : 'no reference in target/brickapi/docs'
def notJava = []
out.eachFileRecurse { if (it.isFile() && !it.name.endsWith('.java')) notJava << it }
assert notJava.isEmpty() : "the compile source root holds more than Java sources: ${notJava}"
assert log.contains('brickapi: 1 documents, 1 services, 1 operations')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
assert new File(basedir, 'target/brickapi/default.fingerprint-v2').isFile()
true
