// The best labellings of a sentence's tokens as Outside / Begin / Inside of a component
// (private to the draft stage): a Viterbi lattice over the three labels, each weighed after
// each label the token before might have, from scores a caller gives (the segmenter's are the
// boundary classifier's log-probabilities).
#pragma once

#include "draft/essay_text.hpp"

#include <array>
#include <cstdint>
#include <limits>
#include <vector>

namespace warrant::draft {

// A sentence's labels: the best sequence, and the best one that holds a component (a token not
// Outside), with their scores.
struct SentenceLabels {
    std::vector<Boundary> labels, with_component;
    double score = 0, with_component_score = 0;
};

using LabelScores = std::array<double, 3>;  // by Boundary

// `step(t, before)`: the score of each label of token t (0..n-1) after label `before`; it is
// asked in order of t, and for t = 0 only after Outside (a sentence's start). A labelling scores
// the sum of its steps. Beside the best, the best that holds a component: the same lattice with
// a second copy of each label, reached once a component has begun.
template <typename Step>
SentenceLabels best_labellings(std::size_t n, Step&& step) {
    constexpr std::size_t kLabels = 3, kStates = 2 * kLabels;  // state k + kLabels: a component seen
    constexpr double kImpossible = -std::numeric_limits<double>::infinity();
    SentenceLabels out;
    if (n == 0) return out;
    std::vector<std::array<double, kStates>> score(n);
    std::vector<std::array<std::uint8_t, kStates>> from(n);
    auto state = [](std::size_t label, bool seen) { return label + (seen || label != 0 ? kLabels : 0); };
    for (std::size_t t = 0; t < n; ++t) {
        score[t].fill(kImpossible);
        if (t == 0) {
            const LabelScores first = step(std::size_t{0}, Boundary::Outside);
            for (std::size_t k = 0; k < kLabels; ++k) score[0][state(k, false)] = first[k];
            continue;
        }
        for (std::size_t before = 0; before < kLabels; ++before) {
            const LabelScores next = step(t, static_cast<Boundary>(before));
            for (bool seen : {false, true}) {
                const std::size_t at = before + (seen ? kLabels : 0);
                if (score[t - 1][at] == kImpossible) continue;
                for (std::size_t k = 0; k < kLabels; ++k) {
                    const std::size_t now = state(k, seen);
                    if (score[t - 1][at] + next[k] > score[t][now]) {
                        score[t][now] = score[t - 1][at] + next[k];
                        from[t][now] = static_cast<std::uint8_t>(at);
                    }
                }
            }
        }
    }
    auto trace = [&](std::size_t at, std::vector<Boundary>& labels) {
        labels.resize(n);
        for (std::size_t t = n; t-- > 0;) {
            labels[t] = static_cast<Boundary>(at % kLabels);
            at = from[t][at];
        }
    };
    const auto& last = score[n - 1];
    std::size_t best = 0, best_with = kLabels;
    for (std::size_t s = 1; s < kStates; ++s)
        if (last[s] > last[best]) best = s;
    for (std::size_t s = kLabels + 1; s < kStates; ++s)
        if (last[s] > last[best_with]) best_with = s;
    out.score = last[best];
    out.with_component_score = last[best_with];
    trace(best, out.labels);
    trace(best_with, out.with_component);
    return out;
}

}  // namespace warrant::draft
