#!/bin/sh
# make eval-draft: drafts AAE2's test (or dev) essays with the built-in model and scores them.
#   tests/eval/run_eval_draft.sh BUILD_DIR ESSAY_DIR [NAME]
# (WARRANT_DRAFT_MODEL=FILE: that model instead of the built-in one.)
set -eu
build=$1
test_dir=$2
name=${3:-AAE2 test}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$build/warrant" draft ${WARRANT_DRAFT_MODEL:+--model "$WARRANT_DRAFT_MODEL"} --format components --out-dir "$out" --jobs 2 "$test_dir"/*.txt
"$build/eval_draft" "$test_dir" "$out" "$name"
