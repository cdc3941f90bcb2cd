#!/usr/bin/env bash
# make bench: every benchmark, each reporting against a baseline measured in the same run.
#   tests/bench/run.sh BUILD_DIR
set -euo pipefail
build=${1:-build}
data=$build/bench-data
mkdir -p "$data"

echo "== parse + build + export json (target: 200k map under 0.5 s, under 250 MB peak)"
for n in 2000 20000 200000; do
  [ -f "$data/map_$n.argdown" ] || "$build/generate_map" "$n" "$data/map_$n.argdown"
  "$build/parse_bench" "$data/map_$n.argdown"
done

if command -v npx >/dev/null && [ -x "$build/argdown-cli/node_modules/.bin/argdown" ]; then
  echo "== peer: Argdown 1.7.5 'argdown json' on the 20k map (whole process, /usr/bin/time)"
  /usr/bin/time -f "argdown json: %e s wall, %M KB peak" \
    "$build/argdown-cli/node_modules/.bin/argdown" json "$data/map_20000.argdown" "$data/argdown-out" >/dev/null || true
fi

echo "== render: build + layout + SVG per engine (each run bounded to 300 s)"
"$build/render_bench" 300 100 1000 10000
echo "== batch import: 112 microtexts and 10,000 generated AIF maps, 1 and 2 jobs"
"$build/corpora_bench"
echo "== check: grounding, cycles and all checks on 20k/200k/2M generated graphs; parse + check end to end"
"$build/check_bench"
