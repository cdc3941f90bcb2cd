// What every view's cgraph graph starts with (private to the render stage): the graph opened
// with the creation-order discipline, its title and graph-wide attributes, the node names and
// the layout engine. The full builder (full_graph_builder.cpp) and the folded one
// (folded_graph_builder.cpp) both stand on this and never call each other.
#pragma once

#include "render/dot_graph.hpp"
#include "render/legend.hpp"
#include "render/node_style.hpp"

#include <optional>
#include <string>

namespace warrant::render {

inline constexpr const char* kFont = "Helvetica,Arial,sans-serif";

// "n<vertex index>": the same statement is the same node id in every picture.
std::string node_name(Vertex v);

// A directed graph named "argument_map", owned by the result.
CgraphGraph open_view_graph();

std::string graph_title(const ArgumentMap& map);  // front matter `title:`, else the file name
void set_graph_attributes(Agraph_s* root, const ArgumentMap& map, const RenderOptions& options);
// A map node as both builders start it: named and id'd n<vertex> in `parent`, its kind's style
// (and the bridge style) in `style`, for the builder to add to and set.
Agnode_s* start_node(Agraph_s* parent, const ArgumentMap& map, Vertex v, bool bridge, Attributes& style);

// The status view's look of a node: its fill added to `style` and the legend, its status, and
// its acceptability label when the view has one for it.
struct StatusLook {
    NodeStatus shown = NodeStatus::Unknown;
    std::optional<Label> acceptability;
};
StatusLook status_look(const RenderOptions& options, Vertex v, Attributes& style, LegendContent& legend);

// Auto becomes sfdp above options.sfdp_threshold drawn nodes; notes say why and what is lost.
void choose_engine(DotGraph& built, const RenderOptions& options, bool clustered);

}  // namespace warrant::render
