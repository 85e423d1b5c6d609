#!/usr/bin/env bash
# Issue 9, item 1: whole-process generation time, our CLI vs openapi-generator-cli 7.25.0 (java, feign),
# on the same documents (every .yaml under specs/ except the lint tests' sources). openapi-generator takes
# one input per run, so it runs once per document and a run's time is the sum over documents; documents it
# fails on are skipped (listed) and left out of the sum. Our CLI runs once over the whole folder.
# Wall time is what the goal is about but moves with the machine's load; CPU time (user + sys of the whole
# process, from /usr/bin/time) is printed next to it because it moves much less.
# Usage: bench/gen.sh [RUNS_OURS] [RUNS_OAG]   (from the repository root; results in bench/target/results)
set -u
cd "$(dirname "$0")/.."
RUNS=${1:-5}
RUNS_OAG=${2:-5}
CLI=${CLI:-generator/target/brickapi-generator-0.1.0-cli.jar}
OAG=${OAG:-$HOME/.m2/repository/org/openapitools/openapi-generator-cli/7.25.0/openapi-generator-cli-7.25.0.jar}
RES=bench/target/results
WORK=bench/target/gen-work
mkdir -p "$RES"
rm -rf "$WORK" && mkdir -p "$WORK"
DOCS=$(find specs/1.* specs/2.* specs/common -name '*.yaml' | sort)
ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

: > "$RES/gen-ours.txt"; : > "$RES/gen-ours-cpu.txt"
cpu() { awk '{printf "%d\n", ($1 + $2) * 1000}' "$1"; }
for r in $(seq 1 "$RUNS"); do
  t0=$(ms)
  /usr/bin/time -o "$WORK/ours-$r.time" -f "%U %S" java -jar "$CLI" --spec specs --out "$WORK/ours-$r" --package dev.brickapi.client.service > "$WORK/ours-$r.log" 2>&1 \
    || { echo "our CLI failed:"; cat "$WORK/ours-$r.log"; exit 1; }
  t1=$(ms)
  echo $((t1 - t0)) >> "$RES/gen-ours.txt"
  cpu "$WORK/ours-$r.time" >> "$RES/gen-ours-cpu.txt"
  echo "ours run $r: $((t1 - t0)) ms wall, $(cpu "$WORK/ours-$r.time") ms CPU  $(cat "$WORK/ours-$r.log")"
done

if [ "$RUNS_OAG" -gt 0 ]; then : > "$RES/gen-oag.txt"; : > "$RES/gen-oag-cpu.txt"; : > "$RES/gen-oag-failed.txt"; fi
for r in $(seq 1 "$RUNS_OAG"); do
  sum=0; ok=0; failed=0; cpusum=0
  for d in $DOCS; do
    name=$(echo "$d" | tr '/.' '__')
    t0=$(ms)
    if /usr/bin/time -o "$WORK/oag.time" -f "%U %S" java -jar "$OAG" generate -g java --library feign -i "$d" -o "$WORK/oag-$r/$name" > "$WORK/oag-$r-$name.log" 2>&1; then
      t1=$(ms); sum=$((sum + t1 - t0)); ok=$((ok + 1)); cpusum=$((cpusum + $(cpu "$WORK/oag.time")))
    else
      failed=$((failed + 1))
      [ "$r" = 1 ] && echo "$d" >> "$RES/gen-oag-failed.txt"
    fi
  done
  echo "$sum" >> "$RES/gen-oag.txt"
  echo "$cpusum" >> "$RES/gen-oag-cpu.txt"
  echo "openapi-generator run $r: $sum ms wall, $cpusum ms CPU over $ok documents ($failed failed)"
  echo "$ok" > "$RES/gen-oag-docs.txt"
done
O=$(median < "$RES/gen-ours.txt"); G=$(median < "$RES/gen-oag.txt")
echo "$O" > "$RES/gen-ours-median.txt"; echo "$G" > "$RES/gen-oag-median.txt"
OC=$(median < "$RES/gen-ours-cpu.txt"); GC=$(median < "$RES/gen-oag-cpu.txt")
echo "$OC" > "$RES/gen-ours-cpu-median.txt"; echo "$GC" > "$RES/gen-oag-cpu-median.txt"
echo "generation CPU medians: ours $OC ms, openapi-generator $GC ms, ratio $(awk -v a="$GC" -v b="$OC" 'BEGIN{printf "%.1f", a/b}')x"
echo "generation medians: ours $O ms, openapi-generator $G ms (sum over $(cat "$RES/gen-oag-docs.txt") documents), ratio $(awk -v a="$G" -v b="$O" 'BEGIN{printf "%.1f", a/b}')x"
[ -s "$RES/gen-oag-failed.txt" ] && { echo "openapi-generator failed on:"; cat "$RES/gen-oag-failed.txt"; }
find "$WORK/ours-1" -type f | wc -l | xargs echo "files written by ours (run 1):"
find "$WORK/oag-1" -type f | wc -l | xargs echo "files written by openapi-generator (run 1):"
