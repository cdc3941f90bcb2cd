// Grading relations and the dialectic of a matched student map (engine/compare/compare_grading.hpp).
#include "compare/compare_grading.hpp"
#include "compare/node_roles.hpp"

#include <algorithm>

namespace warrant::grading {
namespace {

// Support and entails give reasons, the attacking kinds take them away; premise and
// conclusion links have no polarity of their own.
int polarity(EdgeKind kind) { return is_supporting(kind) ? 1 : is_attacking(kind) ? -1 : 0; }

bool same_polarity(EdgeKind a, EdgeKind b) { return a == b || (polarity(a) != 0 && polarity(a) == polarity(b)); }

std::string bracketed_title(const std::string& title) { return "[" + title + "]"; }

std::string verb(EdgeKind kind) {
    if (is_supporting(kind)) return "supporting";
    if (is_attacking(kind)) return "attacking";
    return std::string("linked (") + std::string(to_string(kind)) + ") to";
}

}  // namespace

std::optional<EdgeId> Grader::student_edge(EdgeId reference_edge, bool want_same_polarity) const {
    const auto& rg = reference_.graph;
    const std::optional<Vertex> from = m_.student_of[boost::source(reference_edge, rg)];
    const std::optional<Vertex> to = m_.student_of[boost::target(reference_edge, rg)];
    if (!from || !to) return std::nullopt;
    const EdgeKind kind = rg[reference_edge].kind;
    const auto& sg = student_.graph;
    auto fits = [&](EdgeId e, bool reversed) {
        const EdgeKind drawn = sg[e].kind;
        if (!graded_relation(drawn) || used_.count(e)) return false;
        if (reversed && !is_symmetric(kind) && !is_symmetric(drawn)) return false;
        return !want_same_polarity || same_polarity(kind, drawn);
    };
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(*from, sg)))
        if (boost::target(e, sg) == *to && fits(e, false)) return e;
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(*to, sg)))
        if (boost::target(e, sg) == *from && fits(e, true)) return e;
    return std::nullopt;
}

void Grader::grade_relations() {
    std::vector<EdgeId> reference_edges;
    for (EdgeId e : boost::make_iterator_range(boost::edges(reference_.graph)))
        if (graded_relation(reference_.graph[e].kind)) reference_edges.push_back(e);
    // Two passes, so that a relation drawn right is never taken by another's wrong pairing.
    std::vector<std::optional<EdgeId>> drawn(reference_edges.size());
    for (std::size_t i = 0; i < reference_edges.size(); ++i)
        if ((drawn[i] = student_edge(reference_edges[i], true))) used_.insert(*drawn[i]);
    for (std::size_t i = 0; i < reference_edges.size(); ++i)
        if (!drawn[i] && (drawn[i] = student_edge(reference_edges[i], false))) used_.insert(*drawn[i]);
    for (std::size_t i = 0; i < reference_edges.size(); ++i) grade_edge(reference_edges[i], drawn[i]);
    list_extra_relations();
}

void Grader::grade_edge(EdgeId e, std::optional<EdgeId> drawn) {
    const auto& rg = reference_.graph;
    const Vertex rf = boost::source(e, rg), rt = boost::target(e, rg);
    const EdgeKind kind = rg[e].kind;
    const bool attack = is_attacking(kind);
    const std::optional<Vertex> sf = m_.student_of[rf], st = m_.student_of[rt];
    RelationDifference difference{reference_.node(rf).title, reference_.node(rt).title, kind, kind, sf && st,
                                  sf ? student_.node(*sf).title : "", st ? student_.node(*st).title : ""};
    const std::string ends = sf && st ? bracketed_title(difference.student_from) + " and " + bracketed_title(difference.student_to)
                                      : bracketed_title(difference.from) + " and " + bracketed_title(difference.to);
    parts_[relations].weight += 1;
    ++parts_[relations].items;
    if (attack) {
        parts_[dialectic].weight += 1;
        ++parts_[dialectic].items;
    }
    if (!drawn) {
        out_.missing_relations.push_back(difference);
        const std::string how = attack ? "attacks " : is_supporting(kind) ? "supports " : "is linked to ";
        const std::string reason =
            sf && st ? "no relation between " + ends + "; in the essay the first " + how + "the second"
                     : "in the essay " + bracketed_title(difference.from) + " " + how + bracketed_title(difference.to) +
                           ", which goes with a point missing from the map";
        lose(relations, 1, {"", "missing-relation", 0, reason, difference.from, difference.student_from, ""});
        if (attack) lose(dialectic, 1, {"", "missing-objection", 0, reason, difference.from, difference.student_from, ""});
        return;
    }
    const EdgeKind student_kind = student_.graph[*drawn].kind;
    // A relation is worth as much as its ends are surely the essay's.
    const double sure = std::min(m_.confidence[rf], m_.confidence[rt]);
    if (same_polarity(kind, student_kind)) {
        parts_[relations].earned += sure;
        if (attack) parts_[dialectic].earned += sure;
        if (sure < 0.995) {
            const std::string reason = "the relation between " + ends + " is drawn, but its ends only partly say what the essay's do";
            lose(relations, 1 - sure, {"", "unsure-relation", 0, reason, difference.from, difference.student_from, ""});
            if (attack) lose(dialectic, 1 - sure, {"", "unsure-relation", 0, reason, difference.from, difference.student_from, ""});
        }
        return;
    }
    difference.student_kind = student_kind;
    out_.wrong_kind.push_back(difference);
    const std::string reason = bracketed_title(difference.student_from) + " is drawn " + verb(student_kind) + " " +
                               bracketed_title(difference.student_to) + "; in the essay it is " + verb(kind) + " it";
    if (attack && is_supporting(student_kind)) {
        // The map now says the opposite of the essay: an objection counted as a reason.
        parts_[dialectic].earned -= 1;
        lose(relations, 1, {"", "wrong-kind", 0, reason, difference.from, difference.student_from, ""});
        lose(dialectic, 2, {"", "attack-as-support", 0, reason + ": an objection read as a reason", difference.from,
                            difference.student_from, ""});
    } else if (is_supporting(kind) && is_attacking(student_kind)) {
        parts_[relations].earned -= 1;
        lose(relations, 2, {"", "support-as-attack", 0, reason + ": a reason read as an objection", difference.from,
                            difference.student_from, ""});
    } else {
        lose(relations, 1, {"", "wrong-kind", 0, reason, difference.from, difference.student_from, ""});
        if (attack) lose(dialectic, 1, {"", "wrong-kind", 0, reason, difference.from, difference.student_from, ""});
    }
}

void Grader::list_extra_relations() {
    const auto& sg = student_.graph;
    for (EdgeId e : boost::make_iterator_range(boost::edges(sg))) {
        if (!graded_relation(sg[e].kind) || used_.count(e)) continue;
        const Vertex from = boost::source(e, sg), to = boost::target(e, sg);
        out_.extra_relations.push_back({student_.node(from).title, student_.node(to).title, sg[e].kind, sg[e].kind,
                                        m_.reference_of[from] && m_.reference_of[to]});
    }
}

}  // namespace warrant::grading
