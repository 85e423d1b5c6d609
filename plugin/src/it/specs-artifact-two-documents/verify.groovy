// Generated from the brickapi-specs jar, two documents only.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/generated-sources/brickapi/com/example/databricks')
assert new File(basedir, 'target/brickapi-specs/brickapi-specs/2.0/clusters.yaml').isFile() : 'the specs jar was not unpacked'
assert new File(out, 'secrets/v20/SecretsApi.java').isFile()
assert new File(out, 'token/v20/TokensApi.java').isFile()
assert !new File(out, 'clusters').exists() : 'clusters was generated although not included'
assert !new File(out, 'jobs').exists() : 'jobs was generated although not included'
assert !new File(basedir, 'target/brickapi/docs').exists() : 'docs written with docs=false'
assert !new File(basedir, 'target/generated-sources/brickapi/docs').exists() : 'docs in the source root'
assert new File(basedir, 'target/classes/com/example/databricks/secrets/v20/SecretsApi.class').isFile()
assert log.contains('brickapi: 2 documents, 2 services')
true
