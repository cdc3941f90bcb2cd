#!/usr/bin/env bash
# Runs every fuzz target (or only TARGET) for SECONDS each, keeping its corpus, its full log and
# any crash in BUILD/fuzz/NAME/. Extra arguments go to libFuzzer as they are (-runs=N, ...).
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET [LIBFUZZER_FLAG...]]
set -euo pipefail
build=$1
seconds=$2
only=${3:-}
extra=("${@:4}")
here=$(cd "$(dirname "$0")" && pwd)
shared=$here/../../../shared
for target in "$build"/*_fuzz; do
  name=$(basename "$target")
  [ -n "$only" ] && [ "$name" != "$only" ] && continue
  corpus=$build/fuzz/$name/corpus
  mkdir -p "$corpus" "$build/fuzz/$name/crashes"
  seeds=()
  options=()
  case "$name" in
    # The largest seed (12 KB) would set max_len, and every execution costs time in proportion
    # to its length under ASan and UBSan: 8 KB keeps all but five seeds whole. The dictionary
    # holds Argdown's tokens.
    argdown_fuzz)
      seeds=("$shared/argdown-corpus/inputs")
      options=(-max_len=8192 -dict="$here/argdown.dict") ;;
    microtexts_fuzz) seeds=("$shared/corpora/microtexts") ;;
    # One selector byte before each reader's own files (fuzz_calls.hpp): 0x00 AIF, 0x01
    # microtexts, 0xF0 brat and 0xF1 CDCP with the essay after a NUL.
    readers_fuzz)
      made=$build/fuzz/$name/seeds
      mkdir -p "$made"
      for f in $(ls "$shared"/corpora/qt30/*.json | head -20); do
        { printf '\000'; cat "$f"; } > "$made/aif-$(basename "$f")"; done
      for f in $(ls "$shared"/corpora/microtexts/*/*.xml 2>/dev/null | head -20); do
        { printf '\001'; cat "$f"; } > "$made/xml-$(basename "$f")"; done
      for f in $(ls "$shared"/corpora/aae2-essays/dev/*.ann | head -20); do
        { printf '\360'; cat "$f"; printf '\000'; cat "${f%.ann}.txt"; } > "$made/brat-$(basename "$f")"; done
      for f in $(ls "$shared"/corpora/cdcp/dev/*.ann.json | head -20); do
        { printf '\361'; cat "$f"; printf '\000'; cat "${f%.ann.json}.txt"; } > "$made/cdcp-$(basename "$f")"; done
      seeds=("$made") ;;
    # An option byte (fuzz_calls.hpp) before the 40 shortest AAE2 dev essays and the seed essay;
    # 2 KB keeps an execution cheap, and the adversarial shapes are measured at full size by
    # make bench instead.
    draft_fuzz)
      made=$build/fuzz/$name/seeds
      mkdir -p "$made"
      i=0
      for f in $(ls -S -r "$shared"/corpora/aae2-essays/dev/*.txt | head -40) "$shared"/seeds/000_ea0b22133c31ef23.txt; do
        { printf "\\$(printf '%03o' $((i % 3)))"; cat "$f"; } > "$made/$(basename "$f")"; i=$((i + 1)); done
      seeds=("$made")
      options=(-max_len=2048) ;;
    # One JSON-RPC message a line: the sessions in tests/fuzz/seeds/lsp_fuzz (added below).
    lsp_fuzz) options=(-max_len=4096) ;;
  esac
  [ -d "$here/seeds/$name" ] && seeds+=("$here/seeds/$name")
  echo "== $name for ${seconds}s"
  "$target" "$corpus" "${seeds[@]}" "${options[@]}" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$build/fuzz/$name/crashes/" -print_final_stats=1 "${extra[@]}" 2>&1 |
    tee "$build/fuzz/$name/log.txt" |
    grep -E "^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss|==[0-9]+==ERROR|SUMMARY)" || true
done
