// Typed graph -> abstract framework. Dung mode keeps the attack edges; bipolar mode adds the
// attacks that supports carry (Cayrol & Lagasquie-Schiex 2005, "On the acceptability of
// arguments in bipolar argumentation frameworks"; 2013, "Bipolarity in argumentation graphs:
// towards a better understanding"): a supported attack runs from every argument that supports
// the attacker, a secondary attack from the attacker to everything its target supports.
#include "semantics/map_arguments.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>

#include <algorithm>

namespace warrant {
namespace {

using semantics::kNotAnArgument;
using semantics::MapArguments;

struct SupportEdges {
    const Graph* graph = nullptr;
    bool operator()(EdgeId e) const { return semantics::is_bipolar_support((*graph)[e].kind); }
};

struct RecordReached : boost::default_bfs_visitor {
    std::vector<Vertex>* reached;
    template <typename G>
    void discover_vertex(Vertex v, const G&) const { reached->push_back(v); }
};

// Vertices reachable from `from` by one or more support edges (itself only through a cycle).
std::vector<Vertex> supported_by(const ArgumentMap& map, Vertex from) {
    boost::filtered_graph<Graph, SupportEdges> supports(map.graph, SupportEdges{&map.graph});
    std::vector<Vertex> reached;
    boost::breadth_first_search(supports, from, boost::visitor(RecordReached{{}, &reached}));
    reached.erase(reached.begin());  // `from` itself, discovered first
    for (EdgeId e : boost::make_iterator_range(boost::in_edges(from, map.graph)))
        if (semantics::is_bipolar_support(map.graph[e].kind) &&
            std::find(reached.begin(), reached.end(), boost::source(e, map.graph)) != reached.end()) {
            reached.push_back(from);
            break;
        }
    return reached;
}

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

void add_support_derived(const ArgumentMap& map, const MapArguments& arguments, std::vector<Attack>& attacks) {
    const std::vector<Attack> direct = attacks;
    std::vector<std::vector<ArgumentId>> attacks_of(arguments.vertices.size()), attackers_of(arguments.vertices.size());
    for (const Attack& attack : direct) {
        attacks_of[attack.from].push_back(attack.to);
        attackers_of[attack.to].push_back(attack.from);
    }
    for (ArgumentId a = 0; a < arguments.vertices.size(); ++a) {
        for (Vertex v : supported_by(map, arguments.vertices[a])) {
            const ArgumentId b = arguments.argument[v];
            if (b == kNotAnArgument) continue;
            for (ArgumentId c : attacks_of[b]) attacks.push_back({a, c});    // supported attack
            for (ArgumentId c : attackers_of[a]) attacks.push_back({c, b});  // secondary attack
        }
    }
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
