#!/usr/bin/env bash
# Issue 19: brickapi and openapi-generator-cli 7.25.0 (java, library feign) on the real-world corpus
# (generator/src/test/resources/corpus/*.json, sources in its SOURCES.md). Each tool generates each document in
# its own process, as a user runs it; each output is compiled with javac --release 11 against the class path
# its generator needs (bench/corpus/pom.xml resolves both, and the openapi-generator jar, through Maven).
# Prints per document whether each tool's output compiled, and why not (the first error line), then both counts.
# Usage: bench/corpus.sh [DOCUMENT.json ...]   (from anywhere; SKIP_BUILD=1 reuses the built CLI and runtime jar;
# OAG_ARGS adds options to openapi-generator's command, e.g. OAG_ARGS=--skip-validate-spec)
# Results: bench/target/corpus/results.txt, logs beside it.
set -u
cd "$(dirname "$0")/.."
CORPUS=generator/src/test/resources/corpus
WORK=bench/target/corpus
rm -rf "$WORK" && mkdir -p "$WORK"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  mvn -B -q package -pl generator -am -DskipTests || { echo "building the CLI and the runtime failed"; exit 1; }
fi
CLI=$(ls -t generator/target/brickapi-generator-*-cli.jar | head -1)
RUNTIME=$(ls -t runtime/target/brickapi-runtime-*.jar | grep -v -e '-sources\.jar$' -e '-tests\.jar$' -e '-javadoc\.jar$' | head -1)
[ -n "$CLI" ] && [ -n "$RUNTIME" ] || { echo "no CLI or runtime jar under generator/target, runtime/target: build without SKIP_BUILD"; exit 1; }
classpath() {
  mvn -B -q -f bench/corpus/pom.xml -P"$1" dependency:build-classpath -Dmdep.outputFile="$PWD/$WORK/cp-$1.txt" \
    > "$WORK/cp-$1.log" 2>&1 || { echo "resolving the $1 class path failed:"; cat "$WORK/cp-$1.log"; exit 1; }
  cat "$WORK/cp-$1.txt"
}
OAG=$(classpath oag-cli)
OURS_CP="$(classpath ours):$PWD/$RUNTIME"
OAG_CP=$(classpath oag)

# compile NAME TOOL SOURCE_DIR CLASSPATH: javac --release 11 over every .java file; prints nothing when it compiled,
# else the first error line.
compile() {
  local list="$WORK/$2-$1.sources" log="$WORK/$2-$1.javac.log"
  find "$3" -name '*.java' > "$list"
  if [ ! -s "$list" ]; then echo "no Java sources were written"; return; fi
  if ! javac --release 11 -nowarn -Xmaxerrs 100000 -encoding UTF-8 -d "$WORK/$2-$1-classes" -cp "$4" @"$list" > "$log" 2>&1; then
    echo "does not compile ($(grep -c ': error:' "$log") errors): $(first_line ': error:' "$log" | sed -e "s|$PWD/||" -e "s|$WORK/||")"
  fi
}
# first_line PATTERN FILE: the first line matching PATTERN (else the file's first line), cut to 300 characters.
first_line() { { grep -m1 -E "$1" "$2" || head -1 "$2"; } | cut -c1-300; }

# oag_failure LOG: what stopped openapi-generator: its first spec validation error, else the exception that ended it.
oag_failure() {
  if grep -q SpecValidationException "$1"; then
    echo "spec validation: $(first_line '^[[:space:]]+-' "$1" | sed 's/^[[:space:]]*-//')"
  else
    first_line '^Exception in thread|^[A-Za-z.]*Exception' "$1"
  fi
}

DOCS=("$@")
[ ${#DOCS[@]} -eq 0 ] && DOCS=($(cd "$CORPUS" && ls ./*.json | sed 's|^\./||' | grep -v '^calls\.json$'))
RESULTS="$WORK/results.txt"
: > "$RESULTS"
ours_ok=0; oag_ok=0; total=0
for doc in "${DOCS[@]}"; do
  name=${doc%.json}
  total=$((total + 1))
  if java -jar "$CLI" --spec "$CORPUS/$doc" --out "$WORK/ours-$name" --package com.example.corpus --no-docs \
      > "$WORK/ours-$name.log" 2>&1; then
    ours=$(compile "$name" ours "$WORK/ours-$name" "$OURS_CP")
  else
    ours="refused ($(grep -o '[0-9]* errors\? in the specs' "$WORK/ours-$name.log")): $(first_line '^[^w]' "$WORK/ours-$name.log")"
  fi
  if java -jar "$OAG" generate -g java --library feign -i "$CORPUS/$doc" -o "$WORK/oag-$name" ${OAG_ARGS:-} \
      > "$WORK/oag-$name.log" 2>&1; then
    oag=$(compile "$name" oag "$WORK/oag-$name/src/main/java" "$OAG_CP")
  else
    oag="generation failed: $(oag_failure "$WORK/oag-$name.log")"
  fi
  [ -z "$ours" ] && ours_ok=$((ours_ok + 1))
  [ -z "$oag" ] && oag_ok=$((oag_ok + 1))
  {
    echo "$doc"
    echo "  brickapi:          ${ours:-compiles}"
    echo "  openapi-generator: ${oag:-compiles}"
  } | tee -a "$RESULTS"
done
echo "brickapi $ours_ok/$total compile, openapi-generator $oag_ok/$total" | tee -a "$RESULTS"
