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

echo "== the same on many small paragraphs (references, bold, tags, inline {k: v} metadata)"
for n in 40000; do
  [ -f "$data/paragraphs_$n.argdown" ] || "$build/generate_map" "$n" "$data/paragraphs_$n.argdown" --paragraphs
  "$build/parse_bench" "$data/paragraphs_$n.argdown"
done

echo "== warrant lsp: didOpen to published diagnostics on the 20k map (target: under 1 s)"
"$build/lsp_bench" "$data/map_20000.argdown"

echo "== end to end, whole process: warrant export and check on the 200k map (targets: 0.5 s wall; export under 250 MB)"
map=$data/map_200000.argdown
"$build/process_bench" 7 "warrant export --format json -o FILE, against reading the map (wc -l)" \
  -- wc -l "$map" -- "$build/warrant" export "$map" -o "$data/map_200000.export.json"
rm -f "$data/map_200000.export.json"
"$build/process_bench" 7 "warrant check (200,000 findings, 52 MB of text), against reading the map (wc -l)" \
  -- wc -l "$map" -- "$build/warrant" check "$map"
"$build/process_bench" 7 "warrant check --format json (90 MB), against reading the map (wc -l)" \
  -- wc -l "$map" -- "$build/warrant" check "$map" --format json

if command -v npx >/dev/null && [ -x "$build/argdown-cli/node_modules/.bin/argdown" ]; then
  echo "== peer: Argdown 1.7.5 'argdown json' on the 20k map (whole process, /usr/bin/time)"
  /usr/bin/time -f "argdown json: %e s wall, %M KB peak" \
    "$build/argdown-cli/node_modules/.bin/argdown" json "$data/map_20000.argdown" "$data/argdown-out" >/dev/null || true
fi

echo "== class report: write time and size, the essay and a 10,000-node map (drawn up to 1,500 nodes, larger ones start folded)"
[ -f "$data/map_10000.argdown" ] || "$build/generate_map" 10000 "$data/map_10000.argdown"
for map in graphs/ustopia.argdown "$data/map_10000.argdown"; do
  "$build/process_bench" 5 "warrant report $(basename "$map"), against reading the map (wc -l)" \
    -- wc -l "$map" -- "$build/warrant" report "$map" -o "$data/report.html"
  echo "report of $(basename "$map"): $(wc -c < "$data/report.html") bytes"
done
rm -f "$data/report.html"

echo "== render: build + layout + SVG per engine (each run bounded to 300 s)"
"$build/render_bench" 300 100 1000 10000
echo "== render: the dialectic overview fitted to a slide (targets: essay under 1 s, 10,000 nodes under 5 s)"
"$build/render_bench" overview "$(dirname "$0")/../../graphs/ustopia.argdown"
echo "== batch import: 112 microtexts and 10,000 generated AIF maps, 1 and 2 jobs"
"$build/corpora_bench"
echo "== check: grounding, cycles and all checks on 20k/200k/2M generated graphs; parse + check end to end"
"$build/check_bench"

echo "== grounded semantics on random i23 files, 3-5 attacks per argument (target: 1.5x the bare baseline on 1M)"
for n in 100000 1000000 5000000; do
  [ -f "$data/af_$n.i23" ] || "$build/generate_af" "$n" "$data/af_$n.i23"
  "$build/grounded_bench" "$data/af_$n.i23"
done

echo "== preferred and stable on random frameworks up to 10^4 arguments (5 s per instance)"
"$build/hard_semantics_bench" 5

echo "== peer: one preferred extension of a 100k framework, warrant vs clingo (target: 5x faster)"
"$(dirname "$0")/semantics_vs_clingo.sh" "$build"

echo "== compare: 30 students against a 200-statement reference, whole process (target: under 1 s)"
class=$data/class_200x30
if [ ! -f "$class/reference.argdown" ]; then mkdir -p "$class" && "$build/generate_class" 200 30 "$class"; fi
"$build/process_bench" 5 "warrant compare, 30 students x 200 statements, against reading the maps (cat)" \
  -- cat "$class"/reference.argdown "$class"/student_*.argdown \
  -- "$build/warrant" compare "$class"/student_*.argdown --reference "$class/reference.argdown" -o "$class/grades.csv" --format csv

echo "== untrusted text: draft and the Argdown reader on hostile shapes, 3 runs each (target: under 1 s per MiB each)"
hostile=$data/hostile
[ -f "$hostile/deep_relations.argdown" ] || "$build/generate_hostile" "$hostile"
aae2=$(dirname "$0")/../../../shared/corpora/aae2-essays
if [ -d "$aae2" ] && [ ! -f "$hostile/aae2_all_essays.txt" ]; then
  for f in "$aae2"/*/*.txt; do cat "$f"; echo; done > "$hostile/aae2_all_essays.txt"
fi
"$build/hostile_bench" "$hostile"/*.txt "$hostile"/*.argdown || true

echo "== draft: AAE2's 402 essays, whole process, 2 jobs (target: at least 100 essays a second), against reading them (cat)"
aae2=$(dirname "$0")/../../../shared/corpora/aae2-essays
if [ -d "$aae2/test" ]; then
  draft_out=$(mktemp -d)
  essays=("$aae2"/train/*.txt "$aae2"/dev/*.txt "$aae2"/test/*.txt)
  "$build/process_bench" 3 "warrant draft --jobs 2, ${#essays[@]} essays" \
    -- cat "${essays[@]}" -- "$build/warrant" draft --format components --jobs 2 --out-dir "$draft_out" "${essays[@]}"
  start=$(date +%s.%N)
  "$build/warrant" draft --format components --jobs 2 --out-dir "$draft_out" "${essays[@]}"
  end=$(date +%s.%N)
  awk -v n="${#essays[@]}" -v s="$start" -v e="$end" 'BEGIN { printf "warrant draft: %.0f essays a second (target: 100)\n", n / (e - s) }'
  rm -rf "$draft_out"
fi
