#!/usr/bin/env bash
# Every map we ship must stay valid Argdown: the reference implementation (Argdown 1.7.5) must
# accept the essay map and every example. Needs node and npm (the npm registry); where they are
# missing the check says so and passes, since Argdown is a peer, never a dependency.
#   tests/argdown_reference_check.sh SOURCE_DIR BUILD_DIR
set -euo pipefail
source_dir=$1
build_dir=$2
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "SKIPPED: node/npm not installed, cannot run the reference Argdown parser"
  exit 0
fi
cli_dir=$build_dir/argdown-cli
argdown=$cli_dir/node_modules/.bin/argdown
if [ ! -x "$argdown" ]; then
  mkdir -p "$cli_dir"
  (cd "$cli_dir" && npm install --no-audit --no-fund --silent @argdown/cli@1.7.5) >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
failed=0
checked=0
while IFS= read -r -d '' map; do
  checked=$((checked + 1))
  if ! log=$(cd "$(dirname "$map")" && "$argdown" json "$(basename "$map")" "$out" 2>&1) ||
     grep -q "canceled\|syntax errors" <<<"$log"; then
    echo "REJECTED by Argdown 1.7.5: $map"
    echo "$log"
    failed=$((failed + 1))
  fi
done < <(find "$source_dir/graphs" "$source_dir/examples" -name '*.argdown' -print0 | sort -z)
echo "$((checked - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
