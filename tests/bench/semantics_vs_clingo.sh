#!/usr/bin/env bash
# One preferred extension of a 100k-argument random framework (2-3 attacks per argument,
# fixed seed): warrant's `af -p SE-PR` against clingo on preferred_heuristic.lp, whole
# processes, same file (converted to apx for clingo). Skipped when clingo is not installed.
#   tests/bench/semantics_vs_clingo.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v clingo >/dev/null; then
  echo "clingo is not installed: comparison skipped"
  exit 0
fi
data=$build/bench-data
mkdir -p "$data"
i23=$data/af_100000_2-3.i23
apx=$data/af_100000_2-3.apx
[ -f "$i23" ] || "$build/generate_af" 100000 "$i23" 7 2 3
[ -f "$apx" ] || awk '/^p af/ { for (i = 1; i <= $3; i++) print "arg(" i ")."; next }
                      /^#/ || NF < 2 { next }
                      { print "att(" $1 "," $2 ")." }' "$i23" > "$apx"

seconds() {  # runs "$@" with its output discarded and prints the wall time in seconds
  local start=$EPOCHREALTIME
  "$@" > /dev/null 2>&1 || true  # clingo exits 10/30 when it finds a model
  awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }'
}

warrant_size=$("$build/warrant" af -p SE-PR -f "$i23" | wc -w)
warrant_time=$(seconds "$build/warrant" af -p SE-PR -f "$i23")
clingo_time=$(seconds clingo "$here/preferred_heuristic.lp" "$apx" --heuristic=Domain --enum-mode=domRec -n 1 -q)
clingo_size=$(clingo "$here/preferred_heuristic.lp" "$apx" --heuristic=Domain --enum-mode=domRec -n 1 --outf=0 -V0 \
              2>/dev/null | head -1 | wc -w || true)
awk -v w="$warrant_time" -v c="$clingo_time" -v ws="$((warrant_size - 1))" -v cs="$clingo_size" 'BEGIN {
  printf "preferred, 100k arguments: warrant %.3f s (%d IN), clingo %.3f s (%d IN): warrant %.1fx faster (target 5x)\n",
         w, ws, c, cs, c / w }'
