#!/bin/sh
# Five-fold cross-validation of drafting over AAE2's train split, for choosing settings on more
# than dev's 36 essays: the train essays in sorted order, every fifth from the (K+1)th on is fold
# K; a model trained on the other four fifths and microtexts part 1 (costs chosen on AAE2 dev
# and the held-out fifth, as make train-draft does) drafts fold K. The drafts of all five folds
# are scored together over the 286 essays, as run_eval_draft.sh scores dev or test. AAE2 test,
# microtexts part 2 and the seed are not read.
#   tests/eval/cross_validate_aae2.sh BUILD AAE2 MICROTEXTS   (in make eval-draft-dev)
set -eu
build=$1 aae2=$2 microtexts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/drafts"
for k in 0 1 2 3 4; do
    mkdir "$work/train$k" "$work/fold$k"
    i=0
    for ann in $(ls "$aae2/train"/*.ann | sort); do
        essay=${ann%.ann}
        if [ $((i % 5)) -eq $k ]; then to=fold$k; else to=train$k; fi
        ln -s "$(realpath "$ann")" "$(realpath "$essay.txt")" "$work/$to/"
        i=$((i + 1))
    done
    "$build/train_draft" "$work/train$k" "$aae2/dev" "$work/model$k.txt" "$microtexts" >/dev/null 2>&1
    "$build/warrant" draft --model "$work/model$k.txt" --format components --out-dir "$work/drafts" --jobs 2 "$work/fold$k"/*.txt
done
"$build/eval_draft" "$aae2/train" "$work/drafts" "AAE2 train, five-fold cross-validation"
