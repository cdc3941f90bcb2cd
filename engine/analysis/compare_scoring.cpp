// Scoring a student's map against a reference once nodes are matched: claims, evidence and
// typed relations, then the weighted total (include/warrant/compare.hpp).
#include "analysis/compare_matching.hpp"

#include <cmath>
#include <set>

namespace warrant {
namespace {

using analysis::category_of;
using analysis::NodeCategory;

CategoryScore score(std::size_t matched, std::size_t student, std::size_t reference) {
    CategoryScore s{matched, student, reference};
    s.counted = student > 0 || reference > 0;
    if (!s.counted) return s;
    s.precision = student ? static_cast<double>(matched) / static_cast<double>(student) : 0.0;
    s.recall = reference ? static_cast<double>(matched) / static_cast<double>(reference) : 0.0;
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    return s;
}

struct NodeLists {
    std::vector<std::string>& missing;
    std::vector<std::string>& extra;
    std::vector<CitationDifference>* citations;  // evidence only
};

// Scores one node category and lists what is missing and extra in it. A matched pair counts
// only when both sides are in the category: a reference claim the student drew as evidence is
// a missing claim (and an extra piece of evidence). Matched evidence counts only when its
// citation agrees; otherwise it is listed as a citation difference.
CategoryScore score_nodes(const ArgumentMap& student, const ArgumentMap& reference, const analysis::NodeMatching& m,
                          NodeCategory category, NodeLists lists) {
    auto in_category = [&](const ArgumentMap& map, std::optional<Vertex> v) {
        return v && category_of(map.node(*v).kind) == category;
    };
    std::size_t in_student = 0, in_reference = 0, matched = 0;
    for (Vertex r = 0; r < reference.node_count(); ++r) {
        if (!in_category(reference, r)) continue;
        ++in_reference;
        const Node& ref = reference.node(r);
        if (!in_category(student, m.student_of[r])) {
            lists.missing.push_back(ref.title);
            continue;
        }
        const Node& drawn = student.node(*m.student_of[r]);
        if (lists.citations && !analysis::same_citation(drawn, ref))
            lists.citations->push_back({drawn.title, ref.title, ref.source, ref.page, drawn.source, drawn.page});
        else
            ++matched;
    }
    for (Vertex s = 0; s < student.node_count(); ++s) {
        if (!in_category(student, s)) continue;
        ++in_student;
        if (!in_category(reference, m.reference_of[s])) lists.extra.push_back(student.node(s).title);
    }
    return score(matched, in_student, in_reference);
}

bool graded(EdgeKind kind) { return kind != EdgeKind::Cites; }

// Student edges between the matched images of a reference edge's ends, in either direction
// when either kind is symmetric.
std::vector<EdgeId> student_edges_between(const ArgumentMap& student, Vertex from, Vertex to, EdgeKind reference_kind) {
    std::vector<EdgeId> found;
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(from, student.graph)))
        if (boost::target(e, student.graph) == to && graded(student.graph[e].kind)) found.push_back(e);
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(to, student.graph)))
        if (boost::target(e, student.graph) == from && graded(student.graph[e].kind) &&
            (is_symmetric(reference_kind) || is_symmetric(student.graph[e].kind)))
            found.push_back(e);
    return found;
}

struct RelationResult {
    CategoryScore score;
    std::vector<RelationDifference> missing, extra, wrong_kind;
};

RelationResult score_relations(const ArgumentMap& student, const ArgumentMap& reference, const analysis::NodeMatching& m) {
    std::vector<EdgeId> reference_edges;
    for (EdgeId e : boost::make_iterator_range(boost::edges(reference.graph)))
        if (graded(reference.graph[e].kind)) reference_edges.push_back(e);
    std::size_t student_count = 0;
    for (EdgeId e : boost::make_iterator_range(boost::edges(student.graph))) student_count += graded(student.graph[e].kind);

    // Two passes so that an exact match is never taken away by an earlier wrong-kind pairing.
    std::set<EdgeId> used;
    std::vector<bool> matched(reference_edges.size(), false);
    auto ends = [&](EdgeId e) {
        std::optional<Vertex> from = m.student_of[boost::source(e, reference.graph)];
        std::optional<Vertex> to = m.student_of[boost::target(e, reference.graph)];
        return std::pair{from, to};
    };
    for (std::size_t i = 0; i < reference_edges.size(); ++i) {
        auto [from, to] = ends(reference_edges[i]);
        if (!from || !to) continue;
        const EdgeKind kind = reference.graph[reference_edges[i]].kind;
        for (EdgeId candidate : student_edges_between(student, *from, *to, kind))
            if (!used.count(candidate) && student.graph[candidate].kind == kind) {
                used.insert(candidate);
                matched[i] = true;
                break;
            }
    }
    RelationResult result;
    std::size_t matched_count = 0;
    for (std::size_t i = 0; i < reference_edges.size(); ++i) {
        const EdgeId e = reference_edges[i];
        if (matched[i]) {
            ++matched_count;
            continue;
        }
        auto [from, to] = ends(e);
        RelationDifference difference{reference.node(boost::source(e, reference.graph)).title,
                                      reference.node(boost::target(e, reference.graph)).title, reference.graph[e].kind,
                                      reference.graph[e].kind, from && to};
        bool wrong = false;
        if (from && to)
            for (EdgeId candidate : student_edges_between(student, *from, *to, difference.kind))
                if (!used.count(candidate)) {
                    used.insert(candidate);
                    difference.student_kind = student.graph[candidate].kind;
                    wrong = true;
                    break;
                }
        (wrong ? result.wrong_kind : result.missing).push_back(std::move(difference));
    }
    for (EdgeId e : boost::make_iterator_range(boost::edges(student.graph))) {
        if (!graded(student.graph[e].kind) || used.count(e)) continue;
        const Vertex from = boost::source(e, student.graph), to = boost::target(e, student.graph);
        result.extra.push_back({student.node(from).title, student.node(to).title, student.graph[e].kind,
                                student.graph[e].kind, m.reference_of[from] && m.reference_of[to]});
    }
    result.score = score(matched_count, student_count, reference_edges.size());
    return result;
}

double weighted_total(const Comparison& c, const CompareWeights& weights) {
    double sum = 0, weight = 0;
    for (auto [category, w] : {std::pair{&c.claims, weights.claims}, std::pair{&c.evidence, weights.evidence},
                               std::pair{&c.relations, weights.relations}}) {
        if (!category->counted) continue;
        sum += w * category->f1;
        weight += w;
    }
    return weight > 0 ? 100.0 * sum / weight : 100.0;
}

}  // namespace

std::string_view to_string(MatchMethod method) {
    switch (method) {
        case MatchMethod::Title: return "title";
        case MatchMethod::Text: return "text";
        case MatchMethod::Citation: return "citation";
    }
    return "?";
}

Comparison compare_maps(const ArgumentMap& student, const ArgumentMap& reference, const CompareOptions& options) {
    const analysis::NodeMatching matching = analysis::match_nodes(student, reference, options.text_threshold);
    Comparison c;
    c.student_file = student.file;
    c.reference_file = reference.file;
    c.matches = matching.matches;
    c.claims = score_nodes(student, reference, matching, NodeCategory::Claim, {c.missing_claims, c.extra_claims, nullptr});
    c.evidence = score_nodes(student, reference, matching, NodeCategory::Evidence,
                             {c.missing_evidence, c.extra_evidence, &c.citation_differences});
    RelationResult relations = score_relations(student, reference, matching);
    c.relations = relations.score;
    c.missing_relations = std::move(relations.missing);
    c.extra_relations = std::move(relations.extra);
    c.wrong_kind = std::move(relations.wrong_kind);
    c.total = weighted_total(c, options.weights);
    return c;
}

}  // namespace warrant
