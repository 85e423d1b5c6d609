#!/usr/bin/env bash
# Issue 9: runs the five benchmarks and prints one table (also left in bench/target/results/table.md).
#   bench/run.sh            build, then all five steps, then the table
#   bench/run.sh jmh dbfs   only those steps (gen inproc noop jmh dbfs paging), then the table
# Environment: SKIP_BUILD=1 to reuse bench/target/benchmarks.jar; GEN_RUNS (5) and OAG_RUNS (5) for step 1
# (OAG_RUNS=0 keeps the openapi-generator figures of an earlier run);
# NOOP_RUNS (5) for step 2; JMH_ARGS to override the JMH options; DBFS_MB (512).
# Prints no pass/fail verdict of its own beyond the goals column; nothing here asserts a time.
set -u
cd "$(dirname "$0")/.."
RES=bench/target/results
JAR=bench/target/benchmarks.jar
STEPS=${*:-gen inproc noop jmh dbfs paging}
load() { echo "$(date +%T) $1: load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RES/load.txt"; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -q install -DskipTests || exit 1
  mvn -q -Pbench -pl bench -am package -DskipTests || exit 1
fi
mkdir -p "$RES"
{
  echo "nproc: $(nproc)"
  echo "memory: $(free -m | awk '/Mem:/ {print $2 " MB total, " $7 " MB available"}')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "java: $(java -version 2>&1 | tr '\n' ' ')"
  echo "mvn: $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
} > "$RES/machine.txt"
cat "$RES/machine.txt"

for step in $STEPS; do
  load "$step start"
  case $step in
    gen)
      bench/gen.sh "${GEN_RUNS:-5}" "${OAG_RUNS:-5}" || exit 1
      ;;
    inproc)
      java -cp "$JAR" dev.brickapi.bench.GenerationBench specs bench/target/gen-inproc 10 same || exit 1
      rm -rf bench/target/gen-inproc-fresh
      java -cp "$JAR" dev.brickapi.bench.GenerationBench specs bench/target/gen-inproc-fresh 10 fresh || exit 1
      ;;
    noop)
      bench/noop.sh "${NOOP_RUNS:-5}" || exit 1
      ;;
    jmh)
      java -jar "$JAR" ClientBench ${JMH_ARGS:--wi 5 -w 3s -i 5 -r 3s -f 1} -rf json -rff "$RES/jmh.json" \
        2>&1 | grep -v '^SLF4J' | tee "$RES/jmh.log" | grep -E '^(Benchmark|ClientBench)|Exception|Error' || exit 1
      ;;
    dbfs)
      for who in JAVA11 DEFAULT raw; do
        java -Xmx96m -cp "$JAR" dev.brickapi.bench.DbfsBench "${DBFS_MB:-512}" "$who" 2>&1 | grep -v '^SLF4J' || exit 1
      done
      ;;
    paging)
      java -cp "$JAR" dev.brickapi.bench.PagingBench 100000 2>&1 | grep -v '^SLF4J' || exit 1
      ;;
    *) echo "unknown step $step"; exit 2 ;;
  esac
  load "$step end"
done
echo
java -cp "$JAR" dev.brickapi.bench.Report
