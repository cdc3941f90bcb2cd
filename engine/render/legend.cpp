// The legend cluster, built from the node and edge style tables.
#include "render/legend.hpp"

#include "render/cgraph_calls.hpp"
#include "render/edge_style.hpp"
#include "render/node_style.hpp"

namespace warrant::render {
namespace {

std::string table_row(const std::string& left, const std::string& right) {
    return "<TR><TD>" + left + "</TD><TD ALIGN=\"LEFT\">" + right + "</TD></TR>";
}

std::string colored(const std::string& color, const std::string& text) {
    return "<FONT COLOR=\"" + color + "\">" + text + "</FONT>";
}

std::string stroke_color(EdgeKind kind) {
    for (const Attribute& attribute : edge_style(kind))
        if (std::string_view(attribute.name) == "color") return attribute.value;
    return "black";
}

std::string swatch(const std::string& color, const std::string& text) {
    return "<TR><TD BGCOLOR=\"" + color + "\">" + text + "</TD><TD></TD></TR>";
}

std::string described_swatch(const std::string& color, const std::string& text, const std::string& meaning) {
    return "<TR><TD BGCOLOR=\"" + color + "\">" + text + "</TD><TD ALIGN=\"LEFT\">" + meaning + "</TD></TR>";
}

std::string relations_table(const LegendContent& content) {
    std::string rows;
    for (EdgeKind kind : content.edge_kinds)
        rows += table_row(colored(stroke_color(kind), legend_stroke(kind)), std::string(to_string(kind)));
    if (content.cross_pole_edges) rows += table_row("<B>━━▶</B>", "crosses poles (thick)");
    for (NodeStatus status : content.statuses) rows += swatch(status_fill_color(status), std::string(to_string(status)));
    for (Label label : content.labels) {
        const LabelLook look = label_look(label);
        rows += described_swatch(look.color, colored("white", "<B>" + std::string(to_string(label)) + "</B>"),
                                 look.meaning);
    }
    if (rows.empty()) return "";
    return "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">" + rows + "</TABLE>";
}

void add_sample(Agraph_t* legend, const std::string& id, const std::string& label,
                const Attributes& style, int font_points) {
    Agnode_t* node = make_node(legend, id);
    set_attribute(node, "id", id);
    set_attribute(node, "label", label);
    set_attribute(node, "fontsize", std::to_string(font_points));
    for (const Attribute& attribute : style) set_attribute(node, attribute.name, attribute.value);
}

}  // namespace

Attributes bridge_style() { return {{"color", "#e69f00"}, {"penwidth", "4"}}; }  // Okabe-Ito orange, thick

// dot places the unconnected nodes of one rank right to left in creation order, so the legend
// is made last-to-first to read left to right: thesis ... argument, bridge, relations table.
void add_legend(Agraph_t* root, const LegendContent& content, int font_points) {
    const std::string table = relations_table(content);
    if (content.node_kinds.empty() && table.empty()) return;
    Agraph_t* legend = make_subgraph(root, "cluster_legend");
    set_attribute(legend, "label", "Legend");
    set_attribute(legend, "style", "dashed");
    set_attribute(legend, "color", "#bdbdbd");
    const std::string size = std::to_string(font_points);
    set_attribute(legend, "fontsize", size);
    if (!table.empty()) {
        Agnode_t* relations = make_node(legend, "legend_relations");
        set_attribute(relations, "id", "legend_relations");
        set_attribute(relations, "shape", "plaintext");
        set_attribute(relations, "fontsize", size);
        set_html_attribute(root, relations, "label", table);
    }
    if (content.bridges) {
        Attributes style = kind_style(NodeKind::Claim);
        for (Attribute& attribute : bridge_style()) style.push_back(std::move(attribute));
        add_sample(legend, "legend_bridge", "bridge claim", style, font_points);
    }
    for (auto kind = content.node_kinds.rbegin(); kind != content.node_kinds.rend(); ++kind) {
        const std::string name(to_string(*kind));
        add_sample(legend, "legend_" + name, name, kind_style(*kind), font_points);
    }
}

}  // namespace warrant::render
