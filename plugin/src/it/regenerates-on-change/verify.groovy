// The field added by build 2 is in the class; build 3 regenerated nothing and no file's timestamp moved.
def log = new File(basedir, 'build.log').getText('UTF-8')
def out = new File(basedir, 'target/generated-sources/brickapi')
def pet = new File(out, 'com/example/petstore/pets/v1/Pet.java')
assert pet.getText('UTF-8').contains('getNickname()') : 'the new field is not in the regenerated class'

def builds = log.split('Scanning for projects')
assert builds.length == 4 : 'expected three builds in build.log'
assert builds[1] =~ /brickapi: 1 documents, .* \(\d+ written, 0 unchanged, 0 removed\)/ : 'build 1 did not generate'
assert builds[2] =~ /brickapi: 1 documents, .* \([1-9]\d* written, [1-9]\d* unchanged, 0 removed\)/ : 'build 2 did not regenerate only what changed'
assert builds[3].contains('brickapi: inputs unchanged, nothing was regenerated') : 'build 3 regenerated'
assert !(builds[3] =~ /\d+ written/)

def marker = new File(basedir, 'target/marker/build3-started.txt')
assert marker.isFile()
assert marker.lastModified() > pet.lastModified() : 'the marker is no clock: it is older than build 2'
def moved = []
out.eachFileRecurse { if (it.isFile() && it.lastModified() > marker.lastModified()) moved << it }
def fingerprint = new File(basedir, 'target/brickapi/default.fingerprint-v2')
if (fingerprint.lastModified() > marker.lastModified()) moved << fingerprint
assert moved.isEmpty() : "build 3 touched ${moved}"
true
