#!/usr/bin/env bash
# Issue 9, item 2: no-op rebuild of generated-client. Times `mvn -q generate-sources` with unchanged
# specs vs a forced regeneration (the stored input fingerprint deleted), reads the plugin's own skip time
# from its log line, and checks that a second `mvn compile` has nothing to compile.
# Usage: bench/noop.sh [RUNS]   (from the repository root, after `mvn -q install -DskipTests`)
set -u
cd "$(dirname "$0")/.."
RUNS=${1:-5}
RES=bench/target/results
mkdir -p "$RES"
ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
cd generated-client
mvn -q generate-sources > /dev/null 2>&1   # make sure the fingerprint is there
: > "../$RES/noop-skip.txt"; : > "../$RES/noop-forced.txt"; : > "../$RES/noop-plugin.txt"
for r in $(seq 1 "$RUNS"); do
  t0=$(ms); mvn -q generate-sources || exit 1; t1=$(ms)
  echo $((t1 - t0)) >> "../$RES/noop-skip.txt"
  rm -f target/brickapi/*.fingerprint-v*
  t0=$(ms); mvn -q generate-sources || exit 1; t1=$(ms)
  echo $((t1 - t0)) >> "../$RES/noop-forced.txt"
  # the plugin's own skip path, from its log line "... checked in N ms"
  mvn generate-sources | grep "brickapi: inputs unchanged" | tee -a "../$RES/noop-plugin.log" \
    | sed -E 's/.*checked in ([0-9]+) ms.*/\1/' >> "../$RES/noop-plugin.txt"
done
S=$(median < "../$RES/noop-skip.txt"); F=$(median < "../$RES/noop-forced.txt"); P=$(median < "../$RES/noop-plugin.txt")
echo "$S" > "../$RES/noop-skip-median.txt"; echo "$F" > "../$RES/noop-forced-median.txt"; echo "$P" > "../$RES/noop-plugin-median.txt"
echo "no-op generate-sources: median $S ms (whole mvn); forced regeneration: median $F ms; plugin skip path: median $P ms (runs: $(tr '\n' ' ' < "../$RES/noop-plugin.txt"))"
tail -1 "../$RES/noop-plugin.log"
# compile once (primes target/classes), then: a no-op generate + compile, and a forced regeneration + compile
mvn compile > "../$RES/compile-1.log" 2>&1 || { tail -30 "../$RES/compile-1.log"; exit 1; }
mvn compile > "../$RES/compile-2.log" 2>&1 || { tail -30 "../$RES/compile-2.log"; exit 1; }
rm -f target/brickapi/*.fingerprint-v*
mvn compile > "../$RES/compile-3.log" 2>&1 || { tail -30 "../$RES/compile-3.log"; exit 1; }
line() { sed 's/\x1b\[[0-9;]*m//g' "../$RES/$1" | grep -E "$2" | head -1; }
echo "priming compile:                $(line compile-1.log 'Nothing to compile|Compiling [0-9]+ source')"
echo "compile after no-op generate:   $(line compile-2.log 'Nothing to compile|Compiling [0-9]+ source')"
echo "forced regeneration:            $(line compile-3.log 'brickapi: [0-9]+ documents')"
echo "compile after forced regen:     $(line compile-3.log 'Nothing to compile|Compiling [0-9]+ source')"
grep -q "Nothing to compile" "../$RES/compile-2.log" && grep -q "Nothing to compile" "../$RES/compile-3.log" \
  && echo yes > "../$RES/noop-nothing.txt" || echo NO > "../$RES/noop-nothing.txt"
