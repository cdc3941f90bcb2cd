// How the analyses build their findings (private to engine/analysis).
#pragma once

#include "warrant/analysis.hpp"

#include <string>
#include <vector>

namespace warrant::analysis {

// A finding about one node: located at its span, naming it first among the related titles.
inline Diagnostic finding(Severity severity, const char* code, std::string message, const Node& node,
                          std::vector<std::string> related = {}) {
    related.insert(related.begin(), node.title);
    return Diagnostic{severity, code, std::move(message), node.span, std::move(related)};
}

// "[A], [B] and [C]": a list of node names for a message.
inline std::string name_list(const ArgumentMap& map, const std::vector<Vertex>& vertices) {
    std::string out;
    for (std::size_t i = 0; i < vertices.size(); ++i) {
        if (i > 0) out += i + 1 == vertices.size() ? " and " : ", ";
        out += display_name(map.node(vertices[i]));
    }
    return out;
}

inline bool is_claim_or_thesis(NodeKind kind) { return kind == NodeKind::Claim || kind == NodeKind::Thesis; }

// Written in the map (or created by typing), not only referenced by title.
inline bool is_defined(const Node& node) {
    return node.implicit || !node.texts.empty() || !node.pcs.empty() || node.kind == NodeKind::Source;
}

inline bool has_support_in(const Graph& graph, Vertex v) {
    for (auto [e, end] = boost::in_edges(v, graph); e != end; ++e)
        if (carries_support(graph[*e].kind)) return true;
    return false;
}

inline bool is_isolated(const Graph& graph, Vertex v) {
    return boost::in_degree(v, graph) == 0 && boost::out_degree(v, graph) == 0;
}

}  // namespace warrant::analysis
