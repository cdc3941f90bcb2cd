// Counting node and edge kinds of a map: what the reader tests pin.
#pragma once

#include "warrant/model.hpp"

#include <map>
#include <string>

namespace warrant::test {

inline std::map<std::string, int> count_kinds(const ArgumentMap& map) {
    std::map<std::string, int> counts;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) ++counts[std::string(to_string(map.graph[v].kind))];
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph))) ++counts[std::string(to_string(map.graph[e].kind))];
    return counts;
}

// "a1 -attack-> a5": one edge, by the titles it joins.
inline std::string describe(const ArgumentMap& map, EdgeId e) {
    const Node& from = map.graph[boost::source(e, map.graph)];
    const Node& to = map.graph[boost::target(e, map.graph)];
    auto name = [](const Node& n) { return n.kind == NodeKind::Argument ? "<" + n.title + ">" : n.title; };
    return name(from) + " -" + std::string(to_string(map.graph[e].kind)) + "-> " + name(to);
}

inline std::vector<std::string> describe_edges(const ArgumentMap& map) {
    std::vector<std::string> out;
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph))) out.push_back(describe(map, e));
    return out;
}

}  // namespace warrant::test
