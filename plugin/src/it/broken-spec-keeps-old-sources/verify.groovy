// The broken build failed with file, pointer and message, without a stack trace, and build 1's sources are intact.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/generated-sources/brickapi')
def pet = new File(out, 'com/example/petstore/pets/v1/Pet.java')
assert pet.isFile() : 'the sources of the first build are gone'
assert !pet.getText('UTF-8').contains('getAge()') : 'the first build\'s Pet was replaced'
assert new File(out, 'com/example/petstore/pets/v1/PetStatus.java').isFile()

def builds = log.split('Scanning for projects')
assert builds.length == 3 : 'expected two builds in build.log'
assert builds[1].contains('BUILD SUCCESS') && builds[2].contains('BUILD FAILURE')
def lines = builds[2].readLines()
println lines.findAll { it.contains('pets.yaml') || it.contains('brickapi: ') }.join('\n')
assert builds[2].contains('brickapi: 1 error in the specs; nothing was written')
assert lines.any { it.contains('v1/pets.yaml:') && it.contains('#/components/schemas/Pet/properties/age/type') && it.contains("type 'intger'") } : 'no message with file, line and pointer'
assert !lines.any { it =~ /^\s+at [a-z]/ || it.startsWith('Caused by') || it.contains('Exception:') } : 'a stack trace was printed'
assert !new File(basedir, 'target/brickapi/default.fingerprint-v2').text.isEmpty()
true
