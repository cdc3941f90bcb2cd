#!/bin/sh
# Drafting texts by writers and on topics it was not trained on, as a user's are: the
# microtexts of part 1 held out by writer (their b, d and k texts, each group in turn) and by
# topic (the arggraph's topic_id; a text without one is a topic of its own; the topics dealt
# into five folds, largest first, each to the fold holding the fewest texts). Each held-out
# group is drafted by a model trained on AAE2's train split and the other groups (costs chosen
# on AAE2 dev and a fifth of those groups). The random five folds of
# cross_validate_microtexts.sh put texts on one topic, often by one writer, on both sides,
# and reward knowing their words. Prints the thesis accuracy over all 112 texts and the
# relations' F1 pooled over the groups, for each of the two. Microtexts part 2, AAE2 test and
# the seed are not read.
#   tests/eval/cross_validate_microtexts_transfer.sh BUILD AAE2 MICROTEXTS   (in make eval-draft-dev)
set -eu
export LC_ALL=C
build=$1 aae2=$2 microtexts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Each text's writer group and topic: "micro_b001 b waste_separation".
for xml in "$microtexts"/micro_*.xml; do
    name=$(basename "$xml" .xml)
    writer=$(echo "$name" | sed 's/^micro_\([a-z]*\).*/\1/')
    topic=$(sed -n 's/.*topic_id="\([^"]*\)".*/\1/p' "$xml" | head -1)
    echo "$name $writer ${topic:-$name}"
done | sort >"$work/texts.txt"
# Topics into five folds, largest first (ties by name), each to the fold with the fewest texts.
awk '{n[$3]++} END {for (t in n) print n[t], t}' "$work/texts.txt" | sort -k1,1nr -k2,2 |
    awk '{best = 0; for (k = 1; k < 5; k++) if (size[k] < size[best]) best = k; size[best] += $1; print $2, best}' \
        >"$work/topic_folds.txt"
awk 'NR == FNR {fold[$1] = $2; next} {print $1, $2, fold[$3]}' "$work/topic_folds.txt" "$work/texts.txt" >"$work/groups.txt"

# held_out SCHEME GROUP: trains without GROUP's texts, drafts them; appends the figures.
held_out() {
    scheme=$1 group=$2 column=$3
    dir=$work/$scheme-$group
    mkdir -p "$dir/train" "$dir/test"
    while read -r name writer topic_fold; do
        if [ "$column" = writer ]; then value=$writer; else value=$topic_fold; fi
        if [ "$value" = "$group" ]; then to=test; else to=train; fi
        ln -s "$(realpath "$microtexts/$name.txt")" "$(realpath "$microtexts/$name.xml")" "$dir/$to/"
    done <"$work/groups.txt"
    "$build/train_draft" "$aae2/train" "$aae2/dev" "$dir/model.txt" "$dir/train" >/dev/null 2>&1
    "$build/eval_microtexts" --model "$dir/model.txt" ${MISSES:+--misses} "$scheme $group" "$dir/test" all >"$dir/figures.txt"
    [ -z "${MISSES:-}" ] || grep "miss" "$dir/figures.txt" || true
    grep "^  micro " "$dir/figures.txt" >>"$work/$scheme-micro.txt"
    grep "thesis = central claim" "$dir/figures.txt" | sed 's/.*(\([0-9]*\) of \([0-9]*\) texts)$/\1 \2/' >>"$work/$scheme-thesis.txt"
}

report() {
    scheme=$1
    awk -v scheme="$scheme" '{right += $1; total += $2} END {printf "held out by %s: thesis = central claim: %d of %d\n", scheme, right, total}' \
        "$work/$scheme-thesis.txt"
    awk -v scheme="$scheme" '{tp += $2 * $6; gold += $5; pred += $6} END {p = pred ? tp / pred : 0; r = gold ? tp / gold : 0;
         printf "held out by %s: relations micro: P %.3f R %.3f F1 %.3f\n", scheme, p, r, p + r ? 2 * p * r / (p + r) : 0}' \
        "$work/$scheme-micro.txt"
}

for group in $(awk '{print $2}' "$work/groups.txt" | sort -u); do held_out writer "$group" writer & done
wait
for fold in 0 1 2 3 4; do held_out topic "$fold" topic & done
wait
report writer
report topic
