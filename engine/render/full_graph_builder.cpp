// build_full_graph(): the view's nodes, edges, clusters and legend as a cgraph graph.
//
// Node names are n<vertex index> (stable across views: the same statement is the same id in
// every picture), and nodes and edges are added in graph order, so the output is deterministic.
#include "render/cgraph_calls.hpp"
#include "render/edge_style.hpp"
#include "render/graph_frame.hpp"
#include "render/label_text.hpp"
#include "render/legend.hpp"
#include "render/node_style.hpp"
#include "render/view_selection.hpp"

#include <map>
#include <string>

namespace warrant::render {
namespace {

// Finds or makes the cluster a node is drawn in: its pole (dialectic view) or its section and
// the sections enclosing it (group by section). Clusters are made on first use, so a view never
// draws an empty box.
class ClusterIndex {
public:
    ClusterIndex(const ArgumentMap& map, const RenderOptions& options, Agraph_t* root)
        : map_(map), options_(options), root_(root) {}

    Agraph_t* parent_of(const Node& node) {
        if (options_.view == RenderView::Dialectic) return pole_cluster(node.pole);
        if (options_.group_by_section) return section_cluster(node.section);
        return root_;
    }
    bool any() const { return !clusters_.empty(); }

private:
    Agraph_t* pole_cluster(const std::string& pole) {
        for (std::size_t i = 0; i < map_.poles.size(); ++i)
            if (map_.poles[i] == pole) return cluster("cluster_pole_" + std::to_string(i), root_, pole);
        return root_;
    }

    // `depth` bounds the walk up the parents, so a malformed map whose sections form a cycle
    // cannot recurse forever.
    Agraph_t* section_cluster(const std::string& id, std::size_t depth = 0) {
        if (depth > map_.sections.size()) return root_;
        for (const Section& section : map_.sections) {
            if (section.id != id) continue;
            Agraph_t* parent = section.parent.empty() ? root_ : section_cluster(section.parent, depth + 1);
            return cluster("cluster_section_" + section.id, parent, section.title);
        }
        return root_;
    }

    Agraph_t* cluster(const std::string& name, Agraph_t* parent, const std::string& title) {
        auto [it, added] = clusters_.try_emplace(name, nullptr);
        if (!added) return it->second;
        it->second = make_subgraph(parent, name);
        set_html_attribute(root_, it->second, "label", "<B>" + escape_html(sanitize_utf8(title)) + "</B>");
        set_attribute(it->second, "style", "rounded");
        set_attribute(it->second, "color", "#9e9e9e");
        return it->second;
    }

    const ArgumentMap& map_;
    const RenderOptions& options_;
    Agraph_t* root_;
    std::map<std::string, Agraph_t*> clusters_;
};

void add_node(Agraph_t* root, Agraph_t* parent, const ArgumentMap& map, Vertex v, const RenderOptions& options,
              bool bridge, LegendContent& legend) {
    const Node& node = map.graph[v];
    Attributes style;
    Agnode_t* drawn = start_node(parent, map, v, bridge, style);
    std::optional<Label> badge;
    std::string tooltip = node_tooltip(map, v);
    if (options.view == RenderView::Status) {
        const StatusLook look = status_look(options, v, style, legend);
        tooltip += "\\nstatus: " + std::string(to_string(look.shown));  // the tooltip is escaped already: "\\n"
        badge = look.acceptability;
        if (badge) tooltip += ", " + std::string(to_string(*badge));
    }
    for (const Attribute& attribute : style) set_attribute(drawn, attribute.name, attribute.value);
    set_html_attribute(root, drawn, "label", node_label_html(map, v, options, badge));
    set_attribute(drawn, "tooltip", tooltip);
    legend.node_kinds.insert(node.kind);
    legend.bridges = legend.bridges || bridge;
}

void add_edges(Agraph_t* root, const ArgumentMap& map, const ViewSelection& selection,
               const RenderOptions& options, LegendContent& legend) {
    std::size_t index = 0;
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph))) {
        const std::string id = "e" + std::to_string(index++);
        const Vertex from = boost::source(e, map.graph), to = boost::target(e, map.graph);
        if (!selection.drawn[from] || !selection.drawn[to]) continue;
        const EdgeKind kind = map.graph[e].kind;
        Agedge_t* drawn = make_edge(root, node_name(from), node_name(to));
        set_attribute(drawn, "id", id);
        set_attribute(drawn, "tooltip", std::string(to_string(kind)));
        Attributes style = edge_style(kind);
        if (options.view == RenderView::Dialectic && crosses_poles(map, e)) {
            style.push_back({"penwidth", "3"});
            legend.cross_pole_edges = true;
        }
        for (const Attribute& attribute : style) set_attribute(drawn, attribute.name, attribute.value);
        legend.edge_kinds.insert(kind);
    }
}

}  // namespace

DotGraph build_full_graph(const ArgumentMap& map, const RenderOptions& options) {
    DotGraph built;
    const ViewSelection selection = select_view(map, options);
    if (!selection.error.empty()) {
        built.error = selection.error;
        return built;
    }
    built.graph = open_view_graph();
    Agraph_t* root = built.graph.get();
    set_graph_attributes(root, map, options);
    if (options.view == RenderView::Dialectic && options.group_by_section)
        built.notes.push_back("the dialectic view groups by pole; --group-sections is ignored");

    LegendContent legend;
    ClusterIndex clusters(map, options, root);
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        if (!selection.drawn[v]) continue;
        add_node(root, clusters.parent_of(map.graph[v]), map, v, options, selection.bridge[v], legend);
        ++built.drawn_nodes;
    }
    add_edges(root, map, selection, options, legend);
    if (options.legend) add_legend(root, legend);
    choose_engine(built, options, clusters.any());
    built.fit = options.fit;
    return built;
}

}  // namespace warrant::render
