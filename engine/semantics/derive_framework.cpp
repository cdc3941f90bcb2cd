// Typed graph -> abstract framework. Dung mode keeps the attack edges; bipolar mode adds the
// attacks that supports carry (Cayrol & Lagasquie-Schiex 2005, "On the acceptability of
// arguments in bipolar argumentation frameworks"; 2013, "Bipolarity in argumentation graphs:
// towards a better understanding"): a supported attack runs from every argument that supports
// the attacker, a secondary attack from the attacker to everything its target supports.
#include "semantics/map_arguments.hpp"

#include <algorithm>

namespace warrant {
namespace {

using semantics::kNotAnArgument;
using semantics::MapArguments;

// The vertices reachable from a start by one or more support edges, forward (what it supports)
// or backward (what supports it); the start itself only through a cycle. Vertices are marked
// with the search's number instead of clearing a mark per search, so a search costs what it
// reaches, not the size of the map.
class SupportReach {
public:
    explicit SupportReach(const Graph& graph) : graph_(graph), mark_(boost::num_vertices(graph), 0) {}

    const std::vector<Vertex>& from(Vertex start, bool forward) {
        ++search_;
        reached_.clear();
        visit_neighbours(start, forward);
        for (std::size_t next = 0; next < reached_.size(); ++next) visit_neighbours(reached_[next], forward);
        return reached_;
    }

private:
    void visit_neighbours(Vertex v, bool forward) {
        auto reach = [&](EdgeId e, Vertex to) {
            if (!semantics::is_bipolar_support(graph_[e].kind) || mark_[to] == search_) return;
            mark_[to] = search_;
            reached_.push_back(to);
        };
        if (forward) {
            for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, graph_))) reach(e, boost::target(e, graph_));
        } else {
            for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, graph_))) reach(e, boost::source(e, graph_));
        }
    }

    const Graph& graph_;
    std::vector<std::uint32_t> mark_;
    std::uint32_t search_ = 0;
    std::vector<Vertex> reached_;
};

std::vector<Attack> direct_attacks(const ArgumentMap& map, const MapArguments& arguments) {
    std::vector<Attack> attacks;
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph))) {
        if (!is_attacking(map.graph[e].kind)) continue;
        const ArgumentId from = arguments.argument[boost::source(e, map.graph)];
        const ArgumentId to = arguments.argument[boost::target(e, map.graph)];
        if (from == kNotAnArgument || to == kNotAnArgument) continue;
        attacks.push_back({from, to});
        if (is_symmetric(map.graph[e].kind)) attacks.push_back({to, from});
    }
    return attacks;
}

// For each argument x with partners, every argument y that x reaches through supports (forward
// or backward) is paired with each partner z of x: add(y, z).
template <typename Add>
void pair_reached(const MapArguments& arguments, SupportReach& reach, const std::vector<std::vector<ArgumentId>>& partners,
                  bool forward, Add add) {
    for (ArgumentId x = 0; x < arguments.vertices.size(); ++x) {
        if (partners[x].empty()) continue;
        for (Vertex v : reach.from(arguments.vertices[x], forward)) {
            const ArgumentId y = arguments.argument[v];
            if (y == kNotAnArgument) continue;
            for (ArgumentId z : partners[x]) add(y, z);
        }
    }
}

// Only arguments that attack or are attacked start a search: a map without attacks derives
// nothing and costs nothing, however long its support chains.
void add_support_derived(const ArgumentMap& map, const MapArguments& arguments, std::vector<Attack>& attacks) {
    std::vector<std::vector<ArgumentId>> attacks_of(arguments.vertices.size()), attackers_of(arguments.vertices.size());
    for (const Attack& attack : attacks) {
        attacks_of[attack.from].push_back(attack.to);
        attackers_of[attack.to].push_back(attack.from);
    }
    SupportReach reach(map.graph);
    // Supported attack: a supports b (backward from b) and b attacks c, so a attacks c.
    pair_reached(arguments, reach, attacks_of, false, [&](ArgumentId a, ArgumentId c) { attacks.push_back({a, c}); });
    // Secondary attack: c attacks a and a supports b (forward from a), so c attacks b.
    pair_reached(arguments, reach, attackers_of, true, [&](ArgumentId b, ArgumentId c) { attacks.push_back({c, b}); });
}

}  // namespace

Framework derive_framework(const ArgumentMap& map, FrameworkMode mode) {
    MapArguments arguments = semantics::map_arguments(map);
    std::vector<Attack> attacks = direct_attacks(map, arguments);
    if (mode == FrameworkMode::Bipolar) add_support_derived(map, arguments, attacks);
    auto key = [](const Attack& a) { return std::pair(a.from, a.to); };
    std::sort(attacks.begin(), attacks.end(), [&](const Attack& x, const Attack& y) { return key(x) < key(y); });
    attacks.erase(std::unique(attacks.begin(), attacks.end(), [&](const Attack& x, const Attack& y) { return key(x) == key(y); }),
                  attacks.end());
    Framework framework = Framework::from_attacks(arguments.vertices.size(), attacks, std::move(arguments.names));
    framework.vertices = std::move(arguments.vertices);
    return framework;
}

}  // namespace warrant
