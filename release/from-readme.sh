#!/usr/bin/env bash
# Writes the client consumer's pom.xml and QuickStart.java from README.md, so what the release check builds is
# what the README shows: the first ```xml block of the "## Install" section and the ```java block of
# "## Quick start". Fails when the README's version is not the one being released.
# Usage: release/from-readme.sh README.md CONSUMER_DIR VERSION
set -euo pipefail
README=$1
DIR=$2
VERSION=$3
HERE=$(cd "$(dirname "$0")" && pwd)
block() { # block SECTION LANG: the first fenced block of LANG in the section headed SECTION
  awk -v section="$1" -v lang="$2" '
    /^## / { inside = ($0 == "## " section); next }
    inside && !found && $0 == "```" lang { take = 1; found = 1; next }
    take && $0 == "```" { take = 0; next }
    take { print }' "$README"
}
install=$(block "Install" "xml")
[ -n "$install" ] || { echo "from-readme: README.md has no \`\`\`xml block under '## Install'" >&2; exit 1; }
grep -q "<version>$VERSION</version>" <<< "$install" \
  || { echo "from-readme: README.md's install section does not name version $VERSION" >&2; exit 1; }
quick=$(block "Quick start" "java")
[ -n "$quick" ] || { echo "from-readme: README.md has no \`\`\`java block under '## Quick start'" >&2; exit 1; }
insert_install() { # replaces the line holding the marker with the install block
  awk -v marker='<!-- @README-INSTALL@ -->' 'FNR == NR { block = block $0 "\n"; next }
    index($0, marker) { printf "%s", block; next } { print }' <(sed 's/^/  /' <<< "$install") "$HERE/consumers/client/pom.xml"
}
insert_install > "$DIR/pom.xml"
mkdir -p "$DIR/src/main/java/com/example/consumer"
{ cat "$HERE/consumers/client/QuickStart.head"; echo "  private QuickStart() {}"; echo; sed 's/^/  /' <<< "$quick"; echo "}"; } \
  > "$DIR/src/main/java/com/example/consumer/QuickStart.java"
