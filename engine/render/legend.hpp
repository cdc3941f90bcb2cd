// The legend cluster: what each shape, colour and badge in this picture means (private to the
// render stage). It lists only what the picture uses, and is drawn from the same style tables.
#pragma once

#include "warrant/model.hpp"
#include "warrant/render.hpp"

#include "render/node_style.hpp"

#include <graphviz/cgraph.h>

#include <set>

namespace warrant::render {

struct LegendContent {
    std::set<NodeKind> node_kinds;
    std::set<EdgeKind> edge_kinds;
    std::set<NodeStatus> statuses;          // status view
    std::set<Label> labels;                 // status view, when labels were given
    bool bridges = false;                   // dialectic view: bridge claims were drawn
    bool cross_pole_edges = false;          // dialectic view: cross-pole edges were drawn
};

// Adds `cluster_legend` to `root`: one sample node per kind (ids legend_<kind>) and one table
// node for relations, statuses and badges. Nothing is added when the content is empty.
void add_legend(Agraph_t* root, const LegendContent& content, int font_points = 11);

// Style of a highlighted bridge claim in the dialectic view (shared with the graph builder).
Attributes bridge_style();

}  // namespace warrant::render
