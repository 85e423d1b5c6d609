// The consumer compiled against brickapi-runtime alone and its test passed through ApiClient.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('brickapi: 2 documents, 2 services')
assert new File(basedir, 'target/classes/com/example/databricks/secrets/v20/SecretsApi.class').isFile()
assert !log.contains('brickapi-client') : 'the consumer must not need brickapi-client'
def report = new File(basedir, 'target/surefire-reports/com.example.RuntimeConsumerTest.txt')
assert report.isFile() : 'the consumer test did not run'
assert report.getText('UTF-8').contains('Tests run: 3, Failures: 0, Errors: 0')
true
