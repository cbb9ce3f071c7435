#!/usr/bin/env bash
# Build benchmark: `dvt run` of N view models (default 1000) on embedded DuckDB, at --threads 4
# and --threads 1. Prints wall time, the time the adapter spent waiting on DuckDB (summed over
# statements, from dvt.log) and DVT's overhead per model = (wall - database time) / N.
# Usage: bench/run_build_benchmark.sh [N]
set -euo pipefail
N="${1:-1000}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
[ -f "$ROOT/dvt-cli/target/dvt.jar" ] || (cd "$ROOT" && ./mvnw -B -q -DskipTests install)
python3 "$ROOT/bench/generate_build_project.py" "$N" "$WORK/project"
cd "$WORK/project"
"$ROOT/bin/dvt" parse -q   # warm the partial-parse cache, as a developer's second run would have
for threads in 4 1; do
  rm -f bench.duckdb logs/dvt.log
  start=$(date +%s.%N)
  "$ROOT/bin/dvt" run --threads "$threads" -q
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc)
  db=$(grep -o 'Database time on target dev: [0-9.]*' logs/dvt.log | tail -1 | awk '{print $NF}')
  # With several threads the statements overlap, so the summed database time can exceed the wall
  # time; wall time per model is then the (generous) upper bound of DVT's overhead.
  overhead_ms=$(echo "if ($wall > $db) ($wall - $db) * 1000 / $N else $wall * 1000 / $N" | bc -l)
  printf 'threads=%s models=%s wall=%.2fs database=%.2fs (summed over threads) wall/model=%.1f ms overhead<=%.1f ms/model\n' \
    "$threads" "$N" "$wall" "$db" "$(echo "$wall * 1000 / $N" | bc -l)" "$overhead_ms"
done
