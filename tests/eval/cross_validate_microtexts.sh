#!/bin/sh
# Five-fold cross-validation of drafting over the microtexts of part 1, for choosing settings
# on more than the 22 texts of one held-out fifth: for each fifth K, a model trained on AAE2's
# train split and the other four fifths (costs chosen on AAE2 dev and fifth K) drafts fifth K.
# Prints each fold's figures, the thesis accuracy over all 112 texts and the relations' F1
# pooled over the folds. Microtexts part 2, AAE2 test and the seed are not read.
#   tests/eval/cross_validate_microtexts.sh BUILD AAE2 MICROTEXTS   (in make eval-draft-dev)
set -eu
build=$1 aae2=$2 microtexts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
right=0 total=0
: >"$work/micro.txt"
for k in 0 1 2 3 4; do
    "$build/train_draft" "$aae2/train" "$aae2/dev" "$work/model$k.txt" "$microtexts" $k 2>/dev/null
    "$build/eval_microtexts" --model "$work/model$k.txt" ${MISSES:+--misses} "fold $k" "$microtexts" "dev:$k" >"$work/fold$k.txt"
    cat "$work/fold$k.txt"
    grep "^  micro " "$work/fold$k.txt" >>"$work/micro.txt"
    line=$(grep "thesis = central claim" "$work/fold$k.txt")
    right=$((right + $(echo "$line" | sed 's/.*(\([0-9]*\) of .*/\1/')))
    total=$((total + $(echo "$line" | sed 's/.*of \([0-9]*\) texts)$/\1/')))
done
echo "cross-validated thesis = central claim: $right of $total"
# Relations pooled over the folds: true positives back from each fold's precision and count.
awk '{tp += $2 * $6; gold += $5; pred += $6} END {p = pred ? tp / pred : 0; r = gold ? tp / gold : 0;
     printf "cross-validated relations micro: P %.3f R %.3f F1 %.3f\n", p, r, p + r ? 2 * p * r / (p + r) : 0}' "$work/micro.txt"
