// -Dbrickapi.skip generated nothing and said so; the two-module build on two threads generated and compiled both.
def log = new File(basedir, 'build.log').getText('UTF-8')
['alpha', 'beta'].each { m ->
  assert !new File(basedir, "${m}/target/skipped").exists() : "${m}: the skipped build wrote something"
  assert new File(basedir, "${m}/target/brickapi/default.files").isFile() : "${m}: not generated"
  assert new File(basedir, "${m}/target/classes/com/example/${m}").isDirectory() : "${m}: not compiled"
}
def builds = log.split('Scanning for projects')
assert builds.length == 3 : 'expected two builds in build.log'
assert builds[1].count('brickapi: skipped (brickapi.skip); nothing was generated') == 2
assert !builds[1].contains(' written, ')
assert builds[2].contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert builds[2].count(' written, 0 unchanged, 0 removed') == 2
assert builds[1].contains('BUILD SUCCESS') && builds[2].contains('BUILD SUCCESS')
true
