// Structure (W120-W122, N203, E101, E102): the map is well formed as an argument.
//
// These findings are about the drawing, not the reasoning: a title used but never written, a
// statement that relates to itself or to nothing, a missing or doubled thesis, and relations
// whose kinds cannot go together (nothing supports a source; only evidence cites one).
#include "analysis/finding.hpp"
#include "model/nearest_name.hpp"

namespace warrant {
namespace {

std::string verb(EdgeKind kind) {
    switch (kind) {
        case EdgeKind::Support: return "supports";
        case EdgeKind::Attack: return "attacks";
        case EdgeKind::Undercut: return "undercuts";
        case EdgeKind::Contrary: return "is contrary to";
        case EdgeKind::Contradictory: return "contradicts";
        case EdgeKind::Entails: return "entails";
        case EdgeKind::PremiseOf: return "is a premise of";
        case EdgeKind::ConclusionOf: return "concludes";
        case EdgeKind::Cites: return "cites";
    }
    return "relates to";
}

// Why an edge's kinds do not fit together, or "" when they do.
std::string misfit(const Node& from, EdgeKind kind, const Node& to) {
    if (to.kind == NodeKind::Source && is_supporting(kind)) return "a source is cited, not supported";
    if (to.kind == NodeKind::Source && from.kind == NodeKind::Evidence && is_attacking(kind))
        return "evidence quotes its source, it cannot attack one";
    if (kind == EdgeKind::Cites && from.kind != NodeKind::Evidence) return "only evidence cites a source";
    if (kind == EdgeKind::Cites && to.kind != NodeKind::Source) return "only a source can be cited";
    return {};
}

void check_edges(const ArgumentMap& map, std::vector<Diagnostic>& out) {
    const Graph& graph = map.graph;
    for (auto [e, end] = boost::edges(graph); e != end; ++e) {
        const Vertex from = boost::source(*e, graph);
        const Vertex to = boost::target(*e, graph);
        const Edge& edge = graph[*e];
        const Node& giver = graph[from];
        const SourceSpan& span = edge.span.known() ? edge.span : giver.span;
        // Self-support is circular support (W103), reported there.
        if (from == to && !carries_support(edge.kind)) {
            out.push_back({Severity::Warning, "W121", display_name(giver) + " " + verb(edge.kind) + " itself", span,
                           {giver.title}});
            continue;
        }
        const std::string why = misfit(giver, edge.kind, graph[to]);
        if (!why.empty())
            out.push_back({Severity::Error, "E102",
                           std::string(to_string(giver.kind)) + " " + display_name(giver) + " " + verb(edge.kind) + " " +
                               std::string(to_string(graph[to].kind)) + " " + display_name(graph[to]) + ": " + why,
                           span, {giver.title, graph[to].title}});
    }
}

// Defined titles a mistyped reference may have meant: statements for a [reference],
// arguments for an <reference>.
struct DefinedTitles {
    std::vector<std::string> statements, arguments;
};

// W120, with "did you mean" and its fix when a defined title is a likely typo of it.
Diagnostic undefined_reference(const ArgumentMap& map, Vertex v, std::optional<DefinedTitles>& defined) {
    const Node& node = map.node(v);
    if (!defined) {
        defined.emplace();
        for (Vertex u = 0; u < map.node_count(); ++u) {
            const Node& other = map.node(u);
            if (!analysis::is_defined(other) || other.kind == NodeKind::Source) continue;
            (other.kind == NodeKind::Argument ? defined->arguments : defined->statements).push_back(other.title);
        }
    }
    const std::string written = display_name(node);
    Diagnostic finding = analysis::finding(Severity::Warning, "W120", written + " is referenced but never defined", node);
    const std::optional<std::string> meant =
        model::nearest_name(node.title, node.kind == NodeKind::Argument ? defined->arguments : defined->statements);
    if (!meant) return finding;
    const std::string replacement = node.kind == NodeKind::Argument ? "<" + *meant + ">" : "[" + *meant + "]";
    finding.message += ": did you mean " + replacement + "?";
    finding.related.push_back(*meant);
    SourceSpan where = node.span;
    where.end_line = where.line;
    where.end_column = where.column + static_cast<int>(written.size());
    finding.fixes.push_back({"use " + replacement, where, replacement});
    return finding;
}

void check_nodes(const ArgumentMap& map, std::vector<Diagnostic>& out) {
    const Graph& graph = map.graph;
    std::optional<DefinedTitles> defined_titles;  // gathered at the first W120
    std::optional<Vertex> thesis;
    for (Vertex v = 0; v < boost::num_vertices(graph); ++v) {
        const Node& node = graph[v];
        if (node.kind == NodeKind::Thesis) {
            if (thesis)
                out.push_back(analysis::finding(Severity::Error, "E101",
                                                "thesis declared twice: " + display_name(node) + " after " +
                                                    display_name(graph[*thesis]),
                                                node, {graph[*thesis].title}));
            else
                thesis = v;
        }
        if (node.kind == NodeKind::Source) continue;
        if (analysis::is_isolated(graph, v))
            out.push_back(analysis::finding(Severity::Warning, "W122", display_name(node) + " is not related to anything", node));
        else if (!analysis::is_defined(node))
            out.push_back(undefined_reference(map, v, defined_titles));
    }
    if (!thesis && map.node_count() > 0)
        out.push_back({Severity::Note, "N203", "the map declares no thesis (tag one statement #thesis)",
                       SourceSpan{map.file}, {}});
}

}  // namespace

void check_structure(const ArgumentMap& map, std::vector<Diagnostic>& out) {
    check_nodes(map, out);
    check_edges(map, out);
}

}  // namespace warrant
