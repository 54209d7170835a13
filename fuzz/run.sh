#!/usr/bin/env bash
# Runs every libFuzzer harness of BUILD for SECONDS each over its seed corpus (fuzz/corpus/NAME)
# and fails on the first finding (a crash, a sanitizer report, an exception other than
# InputError, or a run slower than the timeout). New inputs go to a scratch corpus, so the
# repository's seed corpora stay as they are.
set -euo pipefail
build=${1:?usage: fuzz/run.sh BUILD [SECONDS]}
seconds=${2:-15}
here=$(cd "$(dirname "$0")" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for harness in "$build"/fuzz/fuzz_*; do
  name=$(basename "$harness"); name=${name#fuzz_}
  mkdir -p "$scratch/$name"
  echo "fuzz $name: ${seconds}s"
  "$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
      -artifact_prefix="$scratch/$name-" -print_final_stats=0 \
      "$scratch/$name" "$here/corpus/$name" 2>"$scratch/$name.log" || {
    tail -n 60 "$scratch/$name.log"
    echo "fuzz $name: FINDING (artifact: $(ls "$scratch/$name-"* 2>/dev/null | head -1))" >&2
    mkdir -p "$build/fuzz-findings" && cp "$scratch/$name-"* "$build/fuzz-findings/" 2>/dev/null || true
    exit 1
  }
  grep -E "^#[0-9]+.*DONE" "$scratch/$name.log" | tail -1 || true
done
