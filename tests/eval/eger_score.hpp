// The relation score of Eger, Daxenberger & Gurevych (ACL 2017) at the essay level, so that
// drafts compare with the literature: the relation items of an essay are
//   - every MajorClaim: (its span, -, "MajorClaim"),
//   - every Claim: (its span, the last MajorClaim's span, its stance "For" or "Against"),
//   - every premise's link: (its span, its target's span, "supports" or "attacks");
// a predicted item is right when a gold item of the same label has a source (and target)
// whose tokens overlap it by strictly more than 50% (or at least 99.9%) of the longer span.
// Items are matched one to one, greedily in order.
#pragma once

#include "token_overlap.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace warrant::eval {

struct EgerComponent {
    std::string id, type, stance;    // stance of a claim: "For" / "Against"
    std::size_t start = 0, end = 0;  // code points
};
struct EgerRelation {
    std::string from, to, type;      // "supports" / "attacks"
};

struct EgerItem {
    std::pair<std::size_t, std::size_t> source;
    std::optional<std::pair<std::size_t, std::size_t>> target;
    std::string label;
};

inline std::vector<EgerItem> eger_items(const std::vector<EgerComponent>& components, const std::vector<EgerRelation>& relations) {
    std::vector<EgerItem> items;
    std::optional<std::pair<std::size_t, std::size_t>> last_major;
    std::map<std::string, std::pair<std::size_t, std::size_t>> span_of;
    for (const EgerComponent& c : components) {
        span_of[c.id] = {c.start, c.end};
        if (c.type == "MajorClaim" && (!last_major || c.start >= last_major->first)) last_major = std::pair{c.start, c.end};
    }
    for (const EgerComponent& c : components) {
        if (c.type == "MajorClaim") items.push_back({{c.start, c.end}, std::nullopt, "MajorClaim"});
        if (c.type == "Claim") items.push_back({{c.start, c.end}, last_major, c.stance.empty() ? "For" : c.stance});
    }
    for (const EgerRelation& r : relations)
        if (span_of.count(r.from) && span_of.count(r.to)) items.push_back({span_of[r.from], span_of[r.to], r.type});
    return items;
}

struct EgerCounts {
    std::map<std::string, double> tp, predicted, gold;
};

// Strictly more than `level` of the longer span's tokens shared (level 0.5 or 0.999).
inline bool eger_overlap(const TokenSpans& tokens, std::pair<std::size_t, std::size_t> a, std::pair<std::size_t, std::size_t> b, double level) {
    const auto x = token_set(tokens, a.first, a.second), y = token_set(tokens, b.first, b.second);
    const std::size_t longer = std::max(x.size(), y.size());
    return longer && static_cast<double>(shared(x, y)) / static_cast<double>(longer) > level - (level > 0.9 ? 1e-9 : 0);
}

inline void count_eger(const TokenSpans& tokens, const std::vector<EgerItem>& gold, const std::vector<EgerItem>& predicted, double level,
                       EgerCounts& counts) {
    std::vector<bool> used(gold.size(), false);
    for (const EgerItem& g : gold) ++counts.gold[g.label];
    for (const EgerItem& p : predicted) {
        ++counts.predicted[p.label];
        for (std::size_t k = 0; k < gold.size(); ++k) {
            const EgerItem& g = gold[k];
            if (used[k] || g.label != p.label || g.target.has_value() != p.target.has_value()) continue;
            if (!eger_overlap(tokens, p.source, g.source, level)) continue;
            if (g.target && !eger_overlap(tokens, *p.target, *g.target, level)) continue;
            used[k] = true;
            ++counts.tp[p.label];
            break;
        }
    }
}

}  // namespace warrant::eval
