// GraphML through Boost's own write_graphml: the bundled Node/Edge fields become GraphML
// attributes (keys) through dynamic_properties, so yEd, Gephi or networkx can open a map.
#include "warrant/formats.hpp"

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <sstream>

namespace warrant {
namespace {

// A read-only view of one string field: dynamic_properties only needs get() to write.
auto field(const Graph& graph, std::string Node::*member) {
    return boost::make_function_property_map<Vertex>([&graph, member](Vertex v) { return graph[v].*member; });
}

}  // namespace

std::string export_graphml(const ArgumentMap& map) {
    const Graph& graph = map.graph;
    boost::dynamic_properties properties(boost::ignore_other_properties);
    properties.property("kind", boost::make_function_property_map<Vertex>(
                                    [&graph](Vertex v) { return std::string(to_string(graph[v].kind)); }));
    properties.property("title", field(graph, &Node::title));
    // Several texts (an equivalence class) are kept apart by blank lines.
    properties.property("text", boost::make_function_property_map<Vertex>([&graph](Vertex v) {
                            std::string joined;
                            for (const std::string& text : graph[v].texts) joined += (joined.empty() ? "" : "\n\n") + text;
                            return joined;
                        }));
    properties.property("pole", field(graph, &Node::pole));
    properties.property("source", field(graph, &Node::source));
    properties.property("page", field(graph, &Node::page));
    properties.property("kind", boost::make_function_property_map<EdgeId>(
                                    [&graph](EdgeId e) { return std::string(to_string(graph[e].kind)); }));
    std::ostringstream out;
    boost::write_graphml(out, graph, boost::get(boost::vertex_index, graph), properties, true);
    return out.str();
}

}  // namespace warrant
