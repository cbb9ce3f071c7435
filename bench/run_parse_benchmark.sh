#!/usr/bin/env bash
# Times `ProjectParser.parse` of a generated project of N models (default 10000) in a cold JVM:
# the whole `java -cp ... ParseBenchmark` process, with and without the partial-parse cache.
# Usage: bench/run_parse_benchmark.sh [N]   (CI: bench/run_parse_benchmark.sh 200)
# JAVA_OPTS defaults to the flags bin/dvt should use for short runs: C1 only (C2 compilation
# costs more CPU than it saves in a run of a few seconds) and the parallel collector.
set -euo pipefail
N="${1:-10000}"
JAVA_OPTS="${JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseParallelGC}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
./mvnw -B -q -o -pl dvt-compiler -am install -DskipTests
./mvnw -B -q -o -pl dvt-compiler test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test
CP="dvt-compiler/target/test-classes:dvt-compiler/target/classes:$(cat "$WORK/cp.txt")"
python3 bench/generate_project.py "$N" "$WORK/project"
run() {
  local start end
  start=$(date +%s.%N)
  java -Dlogback.configurationFile="$ROOT/bench/logback-bench.xml" $JAVA_OPTS -cp "$CP" dev.dvt.compiler.parse.ParseBenchmark "$WORK/project" "$@"
  end=$(date +%s.%N)
  echo "  wall time of the JVM process: $(echo "$end - $start" | bc) s"
}
echo "== $N models, full parse (--no-partial-parse), cold JVM"
run --no-partial-parse
echo "== $N models, unchanged project (partial parse), cold JVM"
run
