// Roles of a map's nodes from its structure (engine/compare/node_roles.hpp).
#include "compare/node_roles.hpp"

#include <algorithm>

namespace warrant::grading {
namespace {

// Nodes that reach `v` through relations (its supporters, attackers, and theirs).
std::size_t descendants(const ArgumentMap& map, Vertex root) {
    std::vector<bool> seen(map.node_count(), false);
    std::vector<Vertex> stack{root};
    seen[root] = true;
    std::size_t count = 0;
    while (!stack.empty()) {
        const Vertex v = stack.back();
        stack.pop_back();
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph))) {
            const Vertex from = boost::source(e, map.graph);
            if (!graded_relation(map.graph[e].kind) || seen[from]) continue;
            seen[from] = true;
            ++count;
            stack.push_back(from);
        }
    }
    return count;
}

// The declared theses; when there are none, the claim with the most of the map beneath it
// (a student who forgot #thesis still drew one).
std::vector<Vertex> theses(const ArgumentMap& map) {
    std::vector<Vertex> out;
    for (Vertex v = 0; v < map.node_count(); ++v)
        if (map.node(v).kind == NodeKind::Thesis) out.push_back(v);
    if (!out.empty()) return out;
    std::size_t best = 0;
    for (Vertex v = 0; v < map.node_count(); ++v) {
        const NodeKind kind = map.node(v).kind;
        if (kind != NodeKind::Claim || boost::out_degree(v, map.graph) > 0) continue;
        const std::size_t below = descendants(map, v);
        if (below > best) best = below, out = {v};
    }
    return out;
}

}  // namespace

std::string_view to_string(Role role) {
    static constexpr std::string_view names[] = {"thesis", "reason", "objection", "answer", "evidence", "argument", "source"};
    return names[static_cast<int>(role)];
}

std::vector<Role> node_roles(const ArgumentMap& map) {
    std::vector<Role> roles(map.node_count(), Role::Reason);
    for (Vertex v = 0; v < map.node_count(); ++v) {
        const NodeKind kind = map.node(v).kind;
        if (kind == NodeKind::Evidence) roles[v] = Role::Evidence;
        else if (kind == NodeKind::Source) roles[v] = Role::Source;
        else if (kind == NodeKind::Argument) roles[v] = Role::Argument;
        else if (kind == NodeKind::CounterPosition) roles[v] = Role::Objection;
    }
    for (Vertex v : theses(map)) roles[v] = Role::Thesis;
    // From the thesis down, breadth first: a claim's role follows from what it is drawn under.
    std::vector<bool> seen(map.node_count(), false);
    std::vector<Vertex> queue;
    for (Vertex v = 0; v < map.node_count(); ++v)
        if (roles[v] == Role::Thesis) queue.push_back(v), seen[v] = true;
    for (std::size_t at = 0; at < queue.size(); ++at) {
        const Vertex target = queue[at];
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(target, map.graph))) {
            const Vertex from = boost::source(e, map.graph);
            if (!graded_relation(map.graph[e].kind) || seen[from]) continue;
            seen[from] = true;
            queue.push_back(from);
            Role& role = roles[from];
            if (role != Role::Reason) continue;  // kinds decide evidence, objections, arguments
            const Role above = roles[target];
            if (above == Role::Objection) role = Role::Answer;
            else if (is_attacking(map.graph[e].kind) && (above == Role::Thesis || above == Role::Reason))
                role = Role::Objection;
        }
    }
    return roles;
}

double role_agreement(Role a, Role b) {
    if (a == b) return 1.0;
    auto either = [&](Role x, Role y) { return (a == x && b == y) || (a == y && b == x); };
    if (either(Role::Objection, Role::Reason) || either(Role::Answer, Role::Reason) || either(Role::Answer, Role::Objection))
        return 0.5;
    return 0.0;
}

bool graded_relation(EdgeKind kind) { return kind != EdgeKind::Cites; }

}  // namespace warrant::grading
