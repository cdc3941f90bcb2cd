#include "semantics/map_arguments.hpp"

namespace warrant::semantics {

MapArguments map_arguments(const ArgumentMap& map) {
    MapArguments result;
    result.argument.assign(map.node_count(), kNotAnArgument);
    for (Vertex v = 0; v < map.node_count(); ++v) {
        const Node& node = map.node(v);
        if (node.kind == NodeKind::Source) continue;
        result.argument[v] = static_cast<ArgumentId>(result.vertices.size());
        result.vertices.push_back(v);
        const bool shadowed = node.kind == NodeKind::Argument && map.find_statement(node.title).has_value();
        result.names.push_back(shadowed ? "<" + node.title + ">" : node.title);
    }
    return result;
}

bool is_bipolar_support(EdgeKind kind) {
    return is_supporting(kind) || kind == EdgeKind::PremiseOf || kind == EdgeKind::ConclusionOf;
}

}  // namespace warrant::semantics
