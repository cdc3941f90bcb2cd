// build_folded_graph(): a folded view as a cgraph graph, placed for a slide.
//
// The roots sit on top, the poles below them as columns in declared order (invisible edges
// stack each column and keep dot from reordering it), the bridges in a column of their own and
// the legend beside the drawing. Relations are drawn from receiver to giver with dir=back, so
// the arrows still point from giver to receiver while dot ranks the thesis first. Views without
// poles let the relations rank the nodes: a tree from the roots down.
#include "render/cgraph_calls.hpp"
#include "render/edge_style.hpp"
#include "render/folded_view.hpp"
#include "render/graph_frame.hpp"
#include "render/label_text.hpp"
#include "render/legend.hpp"
#include "render/node_style.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <tuple>

namespace warrant::render {
namespace {

// An arrowhead of an edge drawn backwards is its arrowtail.
Attributes drawn_backwards(Attributes style) {
    bool both = false;
    for (const Attribute& attribute : style) both = both || (std::string_view(attribute.name) == "dir" && attribute.value == "both");
    if (both) return style;
    Attributes out;
    for (Attribute& attribute : style) {
        if (std::string_view(attribute.name) == "arrowhead") attribute.name = "arrowtail";
        out.push_back(std::move(attribute));
    }
    out.push_back({"dir", "back"});
    return out;
}

class FoldedBuilder {
public:
    FoldedBuilder(const ArgumentMap& map, const RenderOptions& options, const FoldedView& folded, Agraph_t* root)
        : map_(map), options_(options), folded_(folded), root_(root) {}

    void build() {
        Agraph_t* top = make_subgraph(root_, "roots");
        set_attribute(top, "rank", "min");
        for (Vertex v : folded_.roots) add_node(top, v, false);
        const bool columns = folded_.columns.size() > 1 || !folded_.columns.front().pole.empty() || !folded_.bridges.empty();
        // A chain slide ranks its evidence too and wraps a rank too wide for a slide; the other
        // views without poles draw the tree the relations make.
        const bool wrap = options_.view == RenderView::Chain && options_.fit == PageFit::Slide;
        if (!columns && wrap) {
            build_wrapped_rows();
        } else if (!columns) {
            build_tree();
        } else {
            for (std::size_t i = 0; i < folded_.columns.size(); ++i) {
                const FoldedColumn& column = folded_.columns[i];
                Agraph_t* parent = column_cluster("cluster_pole_" + std::to_string(i), column.pole, column.folded);
                for (Vertex v : column.claims) add_node(parent, v, false);
                stack(column.claims);
            }
            if (!folded_.bridges.empty()) {
                Agraph_t* parent = column_cluster("cluster_bridges", "bridges between poles", 0);
                for (Vertex v : folded_.bridges) add_node(parent, v, true);
                stack(folded_.bridges);
            }
            for (Vertex v : folded_.evidence) add_node(root_, v, false);
        }
        add_relations();
        if (options_.legend) add_legend(root_, legend_, kFoldedType.legend);
    }

private:
    // Views without poles: every drawn node hangs under the node it gives to one step nearer the
    // roots (its first such relation), so where the relations form a tree the picture is that
    // tree. Those relations rank the nodes; given to dot in the tree's depth-first order (a
    // parent's givers in the essay's order), each rank keeps the order of its parents and no
    // two relations cross. A node that hangs under nothing drawn is placed by its distance.
    void build_tree() {
        std::vector<Vertex> nodes = folded_.columns.front().claims;
        nodes.insert(nodes.end(), folded_.evidence.begin(), folded_.evidence.end());
        std::vector<bool> is_root(map_.node_count(), false);
        for (Vertex root : folded_.roots) is_root[root] = true;
        for (EdgeId e : boost::make_iterator_range(boost::edges(map_.graph))) {
            const Vertex from = boost::source(e, map_.graph), to = boost::target(e, map_.graph);
            if (!folded_.drawn[from] || !folded_.drawn[to] || is_root[from] || map_.graph[e].kind == EdgeKind::Cites) continue;
            if (folded_.distance[to] + 1 == folded_.distance[from] && !hangs_under_.count(from)) hangs_under_.emplace(from, e);
        }
        std::map<Vertex, std::vector<Vertex>> givers;
        std::sort(nodes.begin(), nodes.end());
        for (Vertex v : nodes)
            if (auto under = hangs_under_.find(v); under != hangs_under_.end()) givers[boost::target(under->second, map_.graph)].push_back(v);
        std::vector<bool> added(map_.node_count(), false);
        const auto add_below = [&](auto&& self, Vertex v) -> void {
            for (Vertex giver : givers[v]) {
                if (added[giver]) continue;
                added[giver] = true;
                add_node(root_, giver, false);
                tree_order_.push_back(giver);
                self(self, giver);
            }
        };
        for (Vertex root : folded_.roots) add_below(add_below, root);
        for (Vertex v : nodes) {
            if (added[v] || hangs_under_.count(v)) continue;  // a node that hangs comes with its parent
            added[v] = true;
            add_node(root_, v, false);
            below_roots(v, "1", folded_.distance[v]);  // one rank per step back from the roots
            add_below(add_below, v);
        }
    }

    Agraph_t* column_cluster(const std::string& name, const std::string& title, std::size_t folded) {
        Agraph_t* cluster = make_subgraph(root_, name);
        std::string label = "<FONT POINT-SIZE=\"" + std::to_string(kFoldedType.column) + "\"><B>" +
                            escape_html(sanitize_utf8(title)) + "</B></FONT>";
        if (folded > 0)
            label += "<BR/><FONT POINT-SIZE=\"" + std::to_string(kFoldedType.badge) + "\"><I>+" +
                     std::to_string(folded) + " more not drawn</I></FONT>";
        set_html_attribute(root_, cluster, "label", label);
        set_attribute(cluster, "style", "rounded");
        set_attribute(cluster, "color", "#999999");
        return cluster;
    }

    void add_node(Agraph_t* parent, Vertex v, bool bridge) {
        const Node& node = map_.graph[v];
        Attributes style;
        Agnode_t* drawn = start_node(parent, map_, v, bridge, style);
        FoldedLabel parts;
        parts.text_lines = node.kind == NodeKind::Thesis ? 3 : 2;
        if (const auto badge = folded_.badges.find(v); badge != folded_.badges.end()) parts.evidence = badge->second;
        if (const auto hidden = folded_.hidden_reasons.find(v); hidden != folded_.hidden_reasons.end())
            parts.hidden_reasons = hidden->second;
        std::string tooltip = node_tooltip(map_, v);
        if (options_.view == RenderView::Status) {
            const StatusLook look = status_look(options_, v, style, legend_);
            parts.status = std::string(to_string(look.shown));
            parts.acceptability = look.acceptability;
        }
        for (const Attribute& attribute : style) set_attribute(drawn, attribute.name, attribute.value);
        set_html_attribute(root_, drawn, "label", folded_label_html(map_, v, options_, parts));
        set_attribute(drawn, "tooltip", tooltip);
        legend_.node_kinds.insert(node.kind);
        legend_.bridges = legend_.bridges || bridge;
    }

    Agedge_t* edge_between(Vertex from, Vertex to, const std::string& name) {
        return make_edge(root_, node_name(from), node_name(to), name);
    }

    void invisible(Vertex from, Vertex to, const std::string& weight, std::size_t ranks = 1) {
        Agedge_t* edge = edge_between(from, to, "place_" + std::to_string(placements_++));
        set_attribute(edge, "style", "invis");
        set_attribute(edge, "weight", weight);
        if (ranks != 1) set_attribute(edge, "minlen", std::to_string(ranks));
    }

    void below_roots(Vertex v, const std::string& weight, std::size_t ranks = 1) {
        for (Vertex root : folded_.roots)
            if (root != v) invisible(root, v, weight, ranks);
    }

    // The column under the roots, top to bottom in rank order.
    void stack(const std::vector<Vertex>& claims) {
        for (std::size_t i = 0; i < claims.size(); ++i) {
            if (i == 0) below_roots(claims[i], "10");
            else invisible(claims[i - 1], claims[i], "10");
        }
    }

    // One rank per step back from the roots, the claims then their evidence, a rank holding more
    // than a slide's row wrapping onto the ranks after it.
    void build_wrapped_rows() {
        std::vector<Vertex> ranked = folded_.columns.front().claims;
        ranked.insert(ranked.end(), folded_.evidence.begin(), folded_.evidence.end());
        for (Vertex v : ranked) add_node(root_, v, false);
        const std::vector<std::size_t> rows = rows_of(ranked, slide_row_length(ranked));
        for (std::size_t i = 0; i < ranked.size(); ++i) below_roots(ranked[i], "1", rows[i]);
    }

    // The rank of each claim below the roots: its distance from them, except that a rank holding
    // more than `per_row` claims wraps onto the ranks after it (the later ranks move down).
    std::vector<std::size_t> rows_of(const std::vector<Vertex>& claims, std::size_t per_row) const {
        std::map<std::size_t, std::vector<std::size_t>> by_distance;  // claims' indexes, in rank order
        for (std::size_t i = 0; i < claims.size(); ++i) by_distance[folded_.distance[claims[i]]].push_back(i);
        std::vector<std::size_t> rows(claims.size());
        std::size_t next_free = 1;
        for (const auto& [distance, members] : by_distance) {
            const std::size_t base = std::max(distance, next_free);
            for (std::size_t k = 0; k < members.size(); ++k) rows[members[k]] = base + k / per_row;
            next_free = base + (members.size() + per_row - 1) / per_row;
        }
        return rows;
    }

    // How many claims a slide's row holds so that the picture is about as wide as a slide (16:9):
    // a claim's box (28 characters wide) is about 2.5 times as wide as a rank is tall.
    static std::size_t slide_row_length(const std::vector<Vertex>& claims) {
        constexpr double kBoxAspect = 2.5, kSlideAspect = 16.0 / 9.0;
        std::size_t best = std::max<std::size_t>(claims.size(), 1);
        double best_error = 1e9;
        for (std::size_t per_row = 1; per_row <= std::max<std::size_t>(claims.size(), 1); ++per_row) {
            const std::size_t ranks = 1 + (claims.size() + per_row - 1) / per_row;  // the roots' rank too
            const double error = std::abs(std::log(kBoxAspect * static_cast<double>(per_row) / static_cast<double>(ranks) / kSlideAspect));
            if (error < best_error - 1e-9) std::tie(best, best_error) = std::tie(per_row, error);
        }
        return best;
    }

    // The relations a node hangs by first, in the tree's order; then the rest in the map's.
    void add_relations() {
        std::map<EdgeId, std::size_t> index_of;
        std::vector<EdgeId> rest;
        for (EdgeId e : boost::make_iterator_range(boost::edges(map_.graph))) {
            index_of.emplace(e, index_of.size());
            const auto under = hangs_under_.find(boost::source(e, map_.graph));
            if (under == hangs_under_.end() || under->second != e) rest.push_back(e);
        }
        for (Vertex v : tree_order_) add_relation(hangs_under_.at(v), index_of.at(hangs_under_.at(v)), true);
        for (EdgeId e : rest) add_relation(e, index_of.at(e), false);
    }

    void add_relation(EdgeId e, std::size_t index, bool ranks) {
        const std::string id = "e" + std::to_string(index);
        const Vertex from = boost::source(e, map_.graph), to = boost::target(e, map_.graph);
        const EdgeKind kind = map_.graph[e].kind;
        if (!folded_.drawn[from] || !folded_.drawn[to] || kind == EdgeKind::Cites) return;
        // A relation is drawn from its receiver to its giver, so that the giver hangs below; but
        // the answer to a node that hangs under the answering one (the thesis's attack on a view
        // that attacks it) runs upward, and Graphviz puts the arrowtail of such an edge drawn
        // backwards at the wrong end: both heads of the mutual attack were drawn at the thesis.
        // It is drawn as it reads.
        const auto answered = hangs_under_.find(to);
        const bool upward =
            !ranks && answered != hangs_under_.end() && boost::target(answered->second, map_.graph) == from;
        Agedge_t* drawn = upward ? edge_between(from, to, id) : edge_between(to, from, id);
        set_attribute(drawn, "id", id);
        set_attribute(drawn, "tooltip", std::string(to_string(kind)));
        Attributes style = upward ? edge_style(kind) : drawn_backwards(edge_style(kind));
        if (!ranks) style.push_back({"constraint", "false"});  // the placement edges rank the picture
        if (options_.view == RenderView::Dialectic && crosses(e)) {
            style.push_back({"penwidth", "4"});
            legend_.cross_pole_edges = true;
        }
        for (const Attribute& attribute : style) set_attribute(drawn, attribute.name, attribute.value);
        legend_.edge_kinds.insert(kind);
    }

    bool crosses(EdgeId e) const {
        const std::string& from = map_.graph[boost::source(e, map_.graph)].pole;
        const std::string& to = map_.graph[boost::target(e, map_.graph)].pole;
        return !from.empty() && !to.empty() && from != to;
    }

    const ArgumentMap& map_;
    const RenderOptions& options_;
    const FoldedView& folded_;
    Agraph_t* root_;
    LegendContent legend_;
    std::size_t placements_ = 0;
    std::map<Vertex, EdgeId> hangs_under_;  // views without poles: the relation a node hangs by
    std::vector<Vertex> tree_order_;        // the nodes that hang, depth first
};

std::string folding_note(const ArgumentMap& map, const FoldedView& folded) {
    std::size_t drawn = 0;
    for (bool is_drawn : folded.drawn) drawn += is_drawn;
    std::size_t counted = 0;
    for (const auto& [v, badge] : folded.badges) counted += std::strtoul(badge.c_str(), nullptr, 10);
    return "folded to fit: " + std::to_string(drawn) + " of " + std::to_string(map.node_count()) + " nodes drawn, " +
           std::to_string(counted) + " pieces of evidence counted on their claims, " +
           std::to_string(folded.folded_nodes) +
           " statements and arguments left out (--depth N and --evidence show draw more, --fit none draws all)";
}

}  // namespace

DotGraph build_folded_graph(const ArgumentMap& map, const RenderOptions& options) {
    DotGraph built;
    const FoldedView folded = fold_view(map, options);
    built.notes = folded.notes;
    if (!folded.error.empty()) {
        built.error = folded.error;
        return built;
    }
    built.graph = open_view_graph();
    Agraph_t* root = built.graph.get();
    RenderOptions placed = options;
    placed.direction = RankDirection::TopToBottom;  // columns read top to bottom
    placed.wrap_width = std::min<std::size_t>(options.wrap_width, 28);  // four columns and a legend in 1920 pt
    set_graph_attributes(root, map, placed);
    // Every text of a folded view has its size set; this covers the rest (badges, legend).
    declare_default(root, AGNODE, "fontsize", std::to_string(kFoldedType.badge));
    set_attribute(root, "fontsize", std::to_string(kFoldedType.graph_label));
    set_attribute(root, "newrank", "true");
    set_attribute(root, "splines", "curved");  // dot's splines detour around clusters for unranked edges
    set_attribute(root, "nodesep", "0.3");
    set_attribute(root, "ranksep", "0.4");
    if (options.fit == PageFit::Slide) {
        set_attribute(root, "size", "26.667,15");  // 1920 x 1080 pt
        set_attribute(root, "ratio", "0.5625");
        set_attribute(root, "dpi", "72");
    }
    if (options.fit == PageFit::Slide && options.view == RenderView::Chain) {
        // A chain is narrow: the title on one line would set the slide's width alone.
        std::string title;
        for (const std::string& line : wrap_text(sanitize_utf8(graph_title(map)), 48, 3))
            title += (title.empty() ? "" : "<BR/>") + escape_html(line);
        set_html_attribute(root, root, "label", title);
    }
    FoldedBuilder(map, placed, folded, root).build();
    for (bool is_drawn : folded.drawn) built.drawn_nodes += is_drawn;
    built.fit = options.fit;
    built.engine = LayoutEngine::Dot;  // a folded view is small by construction
    if (built.drawn_nodes < map.node_count()) built.notes.push_back(folding_note(map, folded));
    return built;
}

}  // namespace warrant::render
