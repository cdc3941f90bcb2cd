#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each, keeping its corpus and any crash in BUILD/fuzz/.
#   tests/fuzz/run.sh BUILD_DIR SECONDS
set -euo pipefail
build=$1
seconds=$2
shared=$(cd "$(dirname "$0")/../.." && pwd)/../shared
for target in "$build"/*_fuzz; do
  name=$(basename "$target")
  corpus=$build/fuzz/$name/corpus
  mkdir -p "$corpus" "$build/fuzz/$name/crashes"
  seeds=()
  case "$name" in
    argdown_fuzz) seeds=("$shared/argdown-corpus/inputs") ;;
    microtexts_fuzz) seeds=("$shared/corpora/microtexts") ;;
  esac
  [ -d "$(dirname "$0")/seeds/$name" ] && seeds+=("$(dirname "$0")/seeds/$name")
  echo "== $name for ${seconds}s"
  "$target" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$build/fuzz/$name/crashes/" -print_final_stats=1 2>&1 | grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss|==[0-9]+==ERROR|SUMMARY)" || true
done
