#!/usr/bin/env bash
# The release as a user gets it (run by this module in `mvn verify`; see release/README.md):
#  1. copies the source tree (without build output) and builds it again with -Prelease, deploying every published
#     module into a file repository (release/target/repo), and bundles that repository as a public repository
#     takes it (release/target/central-bundle.zip);
#  2. checks every published artifact: POM, jar, sources and javadoc jars, checksums; Java 11 class files in the
#     runtime and the client;
#  3. checks that the second build's jars are byte-identical to this build's;
#  4. builds the consumer projects (release/consumers) with an empty local repository and only that file
#     repository (third-party libraries from this build's local repository, then Maven Central): the README's install section and quick start,
#     run against the mock workspace artifact; the plugin on the specs artifact for two documents.
# Usage: release/check.sh VERSION [LOCAL_REPOSITORY]   (MVN names the mvn to run; default: mvn). Deploying needs
# Maven online (the build itself may have run offline).
set -euo pipefail
VERSION=$1
LOCAL_REPO=${2:-}
MVN=${MVN:-mvn}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
OUT=$HERE/target
REPO=$OUT/repo
TREE=$OUT/tree
GROUP_DIR=dev/brickapi
# artifactId:packaging:extra classifiers of the published modules
PUBLISHED="brickapi-parent:pom: brickapi-bom:pom: brickapi-runtime:jar: brickapi-generator:jar:cli brickapi-maven-plugin:jar:
brickapi-specs:jar: brickapi-client:jar: brickapi-mock:jar:"
MODULE_DIR="brickapi-runtime=runtime brickapi-generator=generator brickapi-maven-plugin=plugin brickapi-specs=specs
brickapi-client=generated-client brickapi-mock=mock"

say() { echo "release check: $*"; }
fail() { echo "release check FAILED: $*" >&2; exit 1; }
module_dir() { for m in $MODULE_DIR; do [ "${m%%=*}" = "$1" ] && { echo "${m#*=}"; return; }; done; }
mvn_args=(-B)
[ -n "$LOCAL_REPO" ] && mvn_args+=("-Dmaven.repo.local=$LOCAL_REPO")

rm -rf "$REPO" "$TREE" "$OUT/consumer-m2" "$OUT/consumers" "$OUT/logs"
mkdir -p "$REPO" "$TREE" "$OUT/logs"

# 1. The second build, from a copy of the sources, with the release profile, deployed into the file repository.
(cd "$ROOT" && tar --exclude=./.git --exclude='*/target' --exclude=./target -cf - .) | (cd "$TREE" && tar -xf -)
say "building $VERSION again with -Prelease into $REPO (log: release/target/logs/deploy.log)"
(cd "$TREE" && "$MVN" "${mvn_args[@]}" -Prelease deploy -Drevision="$VERSION" -DskipTests -Dinvoker.skip=true \
    -Dmaven.install.skip=true -Dbrickapi.release.skip=true -DaltDeploymentRepository="release-check::file://$REPO" \
    -pl '!it-tests,!release' > "$OUT/logs/deploy.log" 2>&1) \
  || { tail -40 "$OUT/logs/deploy.log" >&2; fail "mvn -Prelease deploy failed (whole log: $OUT/logs/deploy.log)"; }
grep -q "not signed, no GPG key is configured" "$OUT/logs/deploy.log" && say "artifacts are not signed (no GPG key configured)"

# 2. Every published artifact, whole.
checked=0
for entry in $PUBLISHED; do
  IFS=: read -r artifact packaging extras <<< "$entry"
  dir="$REPO/$GROUP_DIR/$artifact/$VERSION"
  [ -d "$dir" ] || fail "$artifact $VERSION was not deployed (no $dir)"
  files=("$artifact-$VERSION.pom")
  if [ "$packaging" = jar ]; then
    files+=("$artifact-$VERSION.jar" "$artifact-$VERSION-sources.jar" "$artifact-$VERSION-javadoc.jar")
    for c in $extras; do files+=("$artifact-$VERSION-$c.jar"); done
  fi
  for f in "${files[@]}"; do
    [ -s "$dir/$f" ] || fail "$artifact: $f is missing or empty in $dir"
    for sum in md5 sha1; do
      [ -f "$dir/$f.$sum" ] || fail "$artifact: $f.$sum is missing"
      [ "$(${sum}sum < "$dir/$f" | cut -d' ' -f1)" = "$(tr -d ' \n' < "$dir/$f.$sum")" ] || fail "$artifact: $f.$sum does not match"
    done
    checked=$((checked + 1))
  done
  pom="$dir/$artifact-$VERSION.pom"
  grep -q '\${revision}' "$pom" && fail "$artifact: the deployed POM still says \${revision}"
  for tag in '<name>' '<description>' '<url>' '<licenses>' '<developers>' '<scm>' '<issueManagement>'; do
    grep -q "$tag" "$pom" || grep -q "$tag" "$REPO/$GROUP_DIR/brickapi-parent/$VERSION/brickapi-parent-$VERSION.pom" \
      || fail "$artifact: no $tag in its POM or its parent's"
  done
  if [ "$packaging" = jar ]; then
    listing=$(unzip -l "$dir/$artifact-$VERSION-javadoc.jar")
    grep -q 'index.html\|README' <<< "$listing" || fail "$artifact: the javadoc jar has neither index.html nor a README"
  fi
done
for a in brickapi-it-tests brickapi-benchmarks brickapi-release-check; do
  [ -e "$REPO/$GROUP_DIR/$a" ] && fail "$a was deployed; tests and benchmarks are not published"
done
for artifact in brickapi-runtime brickapi-client; do
  jar="$REPO/$GROUP_DIR/$artifact/$VERSION/$artifact-$VERSION.jar"
  versions=$(java "$HERE/ClassVersions.java" "$jar") || fail "could not read the class files of $jar"
  read -r _ counts <<< "$versions"
  [[ "$counts" =~ ^55=[0-9]+$ ]] || fail "$artifact: not every class file is Java 11 (major version 55): $counts"
  say "$artifact: ${counts#55=} class files, all Java 11 (major version 55)"
done
say "$(echo $PUBLISHED | wc -w) published artifacts, $checked files with POM, jars, sources, javadoc; checksums match"

# The bundle a public repository takes: the deployed layout without Maven's metadata files.
(cd "$REPO" && rm -f "$OUT/central-bundle.zip" && find "$GROUP_DIR" -type f ! -name 'maven-metadata.xml*' | sort \
  | zip -q -X -@ "$OUT/central-bundle.zip")
bundled=$(unzip -l "$OUT/central-bundle.zip")
say "bundle of $(tail -1 <<< "$bundled" | awk '{print $2}') files: release/target/central-bundle.zip"

# 3. Reproducible: the jars of the two builds are byte-identical.
identical=0
for entry in $PUBLISHED; do
  IFS=: read -r artifact packaging extras <<< "$entry"
  [ "$packaging" = jar ] || continue
  dir=$(module_dir "$artifact")
  for c in "" $extras; do
    name="$artifact-$VERSION${c:+-$c}.jar"
    [ -f "$ROOT/$dir/target/$name" ] || fail "no $dir/target/$name from this build to compare with"
    cmp -s "$ROOT/$dir/target/$name" "$TREE/$dir/target/$name" \
      || fail "$name differs between two builds of the same sources (not reproducible)"
    identical=$((identical + 1))
  done
done
say "$identical jars byte-identical in two builds"

# 4. Consumers: an empty local repository, the file repository and Maven Central.
mkdir -p "$OUT/consumers"
cp -r "$HERE/consumers/." "$OUT/consumers/"
# Third-party libraries come from this build's local repository read as a remote one (so the check needs no
# network for what the build already has), then from Maven Central; brickapi artifacts only from the release.
CACHE=${LOCAL_REPO:-$HOME/.m2/repository}
sed -e "s|@REPO@|file://$REPO|" -e "s|@CACHE@|file://$CACHE|" "$HERE/consumers/settings.xml" > "$OUT/consumers/settings.xml"
# The README's install section and quick start are what the client consumer builds.
bash "$HERE/from-readme.sh" "$ROOT/README.md" "$OUT/consumers/client" "$VERSION"
consumer_args=(-B -s "$OUT/consumers/settings.xml" "-Dmaven.repo.local=$OUT/consumer-m2" -Dbrickapi.version="$VERSION")
for c in client plugin; do
  say "consumer '$c': mvn verify with an empty local repository (log: release/target/logs/consumer-$c.log)"
  (cd "$OUT/consumers/$c" && "$MVN" "${consumer_args[@]}" verify > "$OUT/logs/consumer-$c.log" 2>&1) \
    || { tail -40 "$OUT/logs/consumer-$c.log" >&2; fail "consumer '$c' failed (whole log: $OUT/logs/consumer-$c.log)"; }
  grep -h "^consumer" "$OUT/logs/consumer-$c.log" || true
done
taken=0
for f in $(find "$OUT/consumer-m2/$GROUP_DIR" -name '_remote.repositories'); do
  grep -v '^#' "$f" | grep -v '>brickapi-release=$' | grep -q . && fail "a brickapi artifact came from elsewhere than the release: $f"
  taken=$((taken + 1))
done
[ "$taken" -ge 6 ] || fail "the consumers took $taken brickapi artifacts from the file repository (expected at least 6)"
say "the consumers took all $taken brickapi artifacts they use from the release repository"
say "passed"
