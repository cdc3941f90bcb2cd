#include "render/graph_frame.hpp"

#include "render/cgraph_calls.hpp"
#include "render/creation_order_ids.hpp"
#include "render/label_text.hpp"

#include <filesystem>

namespace warrant::render {

std::string node_name(Vertex v) { return "n" + std::to_string(v); }

CgraphGraph open_view_graph() {
    return CgraphGraph(open_directed_graph("argument_map", creation_order_discipline()), &agclose);
}

std::string graph_title(const ArgumentMap& map) {
    const auto title = map.front_matter.find("title");
    if (title != map.front_matter.end() && !title->second.empty()) return title->second;
    // The file's name: its folders say nothing to a class looking at the picture.
    return std::filesystem::path(map.file.str()).filename().string();
}

void set_graph_attributes(Agraph_t* root, const ArgumentMap& map, const RenderOptions& options) {
    set_attribute(root, "rankdir", options.direction == RankDirection::LeftToRight ? "LR" : "TB");
    set_attribute(root, "fontname", kFont);
    set_attribute(root, "outputorder", "edgesfirst");
    const std::string title = graph_title(map);
    if (!title.empty()) {
        set_html_attribute(root, root, "label", escape_html(sanitize_utf8(title)));
        set_attribute(root, "labelloc", "t");
    }
    // gvContext() sets the label default "\N" on every graph made after it; declaring it here
    // makes DOT the same whether or not a context existed before.
    declare_default(root, AGNODE, "label", "\\N");
    declare_default(root, AGNODE, "fontname", kFont);
    declare_default(root, AGNODE, "fontsize", "11");
    declare_default(root, AGEDGE, "fontname", kFont);
}

Agnode_t* start_node(Agraph_t* parent, const ArgumentMap& map, Vertex v, bool bridge, Attributes& style) {
    Agnode_t* drawn = make_node(parent, node_name(v));
    set_attribute(drawn, "id", node_name(v));
    style = kind_style(map.graph[v].kind);
    if (bridge)
        for (Attribute& attribute : bridge_style()) style.push_back(std::move(attribute));
    return drawn;
}

StatusLook status_look(const RenderOptions& options, Vertex v, Attributes& style, LegendContent& legend) {
    StatusLook look;
    if (const auto status = options.status.find(v); status != options.status.end()) look.shown = status->second;
    style.push_back({"fillcolor", status_fill_color(look.shown)});
    legend.statuses.insert(look.shown);
    if (const auto label = options.acceptability.find(v); label != options.acceptability.end()) {
        look.acceptability = label->second;
        legend.labels.insert(label->second);
    }
    return look;
}

void choose_engine(DotGraph& built, const RenderOptions& options, bool clustered) {
    built.engine = options.layout;
    if (built.engine == LayoutEngine::Auto) {
        built.engine = built.drawn_nodes > options.sfdp_threshold ? LayoutEngine::Sfdp : LayoutEngine::Dot;
        if (built.engine == LayoutEngine::Sfdp)
            built.notes.push_back("layout: sfdp, because the view draws " + std::to_string(built.drawn_nodes) +
                                  " nodes (more than " + std::to_string(options.sfdp_threshold) +
                                  "); --layout dot forces dot, which is much slower at this size");
    }
    if (built.engine == LayoutEngine::Sfdp && clustered)
        built.notes.push_back("layout: sfdp does not draw clusters; poles and sections are not boxed");
}

}  // namespace warrant::render
