#!/usr/bin/env bash
# Where the in-process generation time goes: JFR execution samples of GenerationBench (6 warm runs into one
# folder), aggregated by top frame (self) and by any frame on the stack (inclusive, once per sample).
# Usage: bench/profile.sh [same|fresh] [TOP]   (from the repository root, after building the bench jar)
set -u
cd "$(dirname "$0")/.."
MODE=${1:-same}
TOP=${2:-25}
RES=bench/target/results
mkdir -p "$RES"
rm -rf bench/target/gen-profile
java -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=filename=$RES/gen-$MODE.jfr,settings=profile -cp bench/target/benchmarks.jar \
  dev.brickapi.bench.GenerationBench specs bench/target/gen-profile 10 "$MODE" 2>&1 | grep -v '^SLF4J\|Started recording\|Use jcmd' | tail -2
jfr print --events jdk.ExecutionSample "$RES/gen-$MODE.jfr" > "$RES/gen-$MODE-samples.txt"
awk '
  /stackTrace = \[/ { inst = 1; depth = 0; delete seen; n++; next }
  inst && /^[ \t]*\]/ { inst = 0; next }
  inst {
    f = $0; sub(/^[ \t]+/, "", f); sub(/[ \t]+line:.*/, "", f); sub(/\(.*$/, "", f)
    if (f == "...") next
    if (depth == 0) self[f]++
    if (!(f in seen)) { seen[f] = 1; incl[f]++ }
    depth++
  }
  END {
    printf "samples: %d\n", n
    for (f in self) printf "self %6d %5.1f%% %s\n", self[f], 100 * self[f] / n, f | "sort -k2 -nr | head -'"$TOP"'"
    close("sort -k2 -nr | head -'"$TOP"'")
    for (f in incl) if (f ~ /^dev\.brickapi|^java\.util\.regex\.Pattern\.split|^java\.lang\.String\.split|^com\.palantir|^io\.swagger|^org\.yaml|^com\.fasterxml|^com\.github\.mustachejava|^java\.nio\.file|^sun\.nio/) printf "incl %6d %5.1f%% %s\n", incl[f], 100 * incl[f] / n, f | "sort -k2 -nr | head -'"$TOP"'"
  }' "$RES/gen-$MODE-samples.txt" | tee "$RES/gen-$MODE-profile.txt"
echo "by stage:"; awk -f bench/stages.awk "$RES/gen-$MODE-samples.txt" | tee -a "$RES/gen-$MODE-profile.txt"
