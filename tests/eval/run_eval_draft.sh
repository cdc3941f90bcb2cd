#!/bin/sh
# make eval-draft: drafts AAE2's test essays with the built-in model and scores them.
#   tests/eval/run_eval_draft.sh BUILD_DIR TEST_DIR
set -eu
build=$1
test_dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$build/warrant" draft --format components --out-dir "$out" --jobs 2 "$test_dir"/*.txt
"$build/eval_draft" "$test_dir" "$out"
