#!/usr/bin/env bash
# `make bench`: runs every benchmark program the build made, the way docs/PERFORMANCE.md quotes
# them (5 repetitions, aggregates only, medians are the figures to compare), and keeps each
# program's JSON in BUILD/bench-results/ with the machine's load beside it.
# usage: bench/run_all.sh BUILD_DIR [FILTER]   (FILTER: a Google Benchmark --benchmark_filter regex)
set -euo pipefail
build=${1:?usage: bench/run_all.sh BUILD_DIR [FILTER]}
filter=${2:-.}
out=$build/bench-results
mkdir -p "$out"
shopt -s nullglob
programs=("$build"/bench/parley_bench_*)
((${#programs[@]})) || { echo "error: no benchmark programs in $build/bench (configure with -DPARLEY_BUILD_BENCH=ON)" >&2; exit 2; }
{ date -u +%FT%TZ; uname -srm; nproc; uptime; } > "$out/machine.txt"
for program in "${programs[@]}"; do
  name=$(basename "$program")
  [[ -x $program ]] || continue
  echo "== $name"
  if [[ $name == parley_bench_serve_load ]]; then
    # Not a Google Benchmark program: a bounded load test with its own report.
    "$program" --budget 20 --requests "${SERVE_REQUESTS:-2000}" | tee "$out/$name.txt"
  else
    "$program" --benchmark_filter="$filter" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
      --benchmark_out="$out/$name.json" --benchmark_out_format=json
  fi
done
if [[ -f $build/python/parley/__init__.py || -d $build/python/parley ]]; then
  echo "== bench_python.py"
  PYTHONPATH=$build/python /usr/bin/python3 "$(dirname "$0")/python/bench_python.py" --cli "$build/parley" | tee "$out/python.txt"
fi
echo "results and machine load: $out/"
