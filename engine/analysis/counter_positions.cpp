// Unanswered counter-positions (W104).
//
// An essay that raises an objection to its own side owes the reader an answer: an attack or an
// undercut on the objection from something grounded. An objection attacked only by bare
// assertion is as unanswered as one not attacked at all. A claim that attacks the map's side
// without being tagged #counter is an objection all the same (a student often draws one
// without saying so), so it is held to the same standard.
#include "analysis/finding.hpp"
#include "analysis/support_view.hpp"

namespace warrant {
namespace {

// What an objection can be raised against. A declared counter-position objects to anything but
// another counter-position or a source; an undeclared one (a plain attacking claim) only to the
// thesis and what supports it, so a rebuttal of an objection is not itself taken for one.
struct ObjectionTargets {
    const Graph* graph;
    const std::vector<bool>* thesis_side;

    bool operator()(Vertex attacker, Vertex target) const {
        const NodeKind kind = (*graph)[target].kind;
        if (kind == NodeKind::Source || kind == NodeKind::CounterPosition || attacker == target) return false;
        return (*graph)[attacker].kind == NodeKind::CounterPosition || (*thesis_side)[target];
    }
};

// The first target `attacker` objects to (contradiction counts both ways).
std::optional<Vertex> first_target(const Graph& graph, Vertex attacker, const ObjectionTargets& objects_to) {
    for (auto [e, end] = boost::out_edges(attacker, graph); e != end; ++e) {
        const Vertex to = boost::target(*e, graph);
        if (is_attacking(graph[*e].kind) && objects_to(attacker, to)) return to;
    }
    for (auto [e, end] = boost::in_edges(attacker, graph); e != end; ++e) {
        const Vertex from = boost::source(*e, graph);
        if (is_symmetric(graph[*e].kind) && objects_to(attacker, from)) return from;
    }
    return std::nullopt;
}

bool answered(const Graph& graph, const GroundingResult& grounding, Vertex counter) {
    for (auto [e, end] = boost::in_edges(counter, graph); e != end; ++e) {
        const Vertex from = boost::source(*e, graph);
        if (from != counter && is_attacking(graph[*e].kind) && grounding.is_grounded(from)) return true;
    }
    for (auto [e, end] = boost::out_edges(counter, graph); e != end; ++e) {
        const Vertex to = boost::target(*e, graph);
        if (to != counter && is_symmetric(graph[*e].kind) && grounding.is_grounded(to)) return true;
    }
    return false;
}

// The statements that attack `counter` (none grounded, when it is unanswered).
std::vector<Vertex> attackers(const Graph& graph, Vertex counter) {
    std::vector<Vertex> found;
    for (auto [e, end] = boost::in_edges(counter, graph); e != end; ++e)
        if (boost::source(*e, graph) != counter && is_attacking(graph[*e].kind)) found.push_back(boost::source(*e, graph));
    return found;
}

}  // namespace

void check_counter_positions(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out) {
    const Graph& graph = map.graph;
    const std::vector<bool> side = analysis::thesis_side(map);
    const ObjectionTargets objects_to{&graph, &side};
    for (Vertex v = 0; v < boost::num_vertices(graph); ++v) {
        const Node& node = graph[v];
        // A point the writer concedes (#concession: "Although X, Y") is granted and argued past,
        // not left standing: the rest of its sentence is the answer.
        if (node.kind == NodeKind::Source || node.kind == NodeKind::Thesis || node.conceded) continue;
        if (node.kind != NodeKind::CounterPosition && side[v]) continue;  // the map's own reasons
        const std::optional<Vertex> target = first_target(graph, v, objects_to);
        if (!target || answered(graph, grounding, v)) continue;
        // The status view's grounded labelling weighs attacks alone: there an unattacked answer
        // is IN and this objection OUT, grounded or not. Say so, so that the two tell one story.
        const std::vector<Vertex> answers = attackers(graph, v);
        const std::string how = answers.empty() ? "is never answered"
                                                : "is answered only by ungrounded statements (" +
                                                      analysis::name_list(map, answers) +
                                                      "): an answer counts here once it is grounded, while the status "
                                                      "view, weighing attacks alone, may draw " +
                                                      display_name(node) + " OUT";
        out.push_back(analysis::finding(Severity::Warning, "W104",
                                        std::string(to_string(node.kind)) + " " + display_name(node) + " attacks " +
                                            display_name(graph[*target]) + " and " + how,
                                        node, {graph[*target].title}));
    }
}

}  // namespace warrant
