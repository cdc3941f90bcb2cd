// Argument maps built node by node, for tests that run before (or without) the parser.
#pragma once

#include "warrant/model.hpp"

#include <string>

namespace warrant::test {

inline Vertex statement(ArgumentMap& map, const std::string& title, NodeKind kind = NodeKind::Claim) {
    Node node;
    node.kind = kind;
    node.title = title;
    return map.add_node(std::move(node));
}

inline Vertex argument(ArgumentMap& map, const std::string& title) { return statement(map, title, NodeKind::Argument); }

inline void relate(ArgumentMap& map, Vertex from, EdgeKind kind, Vertex to) { map.add_edge(from, to, Edge{kind, {}}); }

}  // namespace warrant::test
