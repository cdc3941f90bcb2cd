// Citation hygiene (W110-W112, N201, N202): evidence that can be checked against its source.
//
// A quotation without a source cannot be verified, one without a page cannot be found, a
// source outside the bibliography cannot be looked up, and a claim whose grounds mostly come
// from one source stands or falls with that source.
#include "analysis/finding.hpp"
#include "model/nearest_name.hpp"

#include <algorithm>
#include <map>

namespace warrant {
namespace {

// An uncited entry that a mistyped citation meant is named in that citation's W112.
bool is_meant_by_a_typo(const std::map<std::string, std::string>& typos, const std::string& key) {
    return std::any_of(typos.begin(), typos.end(), [&](const auto& typo) { return typo.second == key; });
}

// The key of the source evidence cites: its metadata, else the target of its cites edge.
std::string cited_key(const Graph& graph, Vertex v) {
    if (!graph[v].source.empty()) return graph[v].source;
    for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e)
        if (graph[*e].kind == EdgeKind::Cites) return graph[boost::target(*e, graph)].title;
    return {};
}

bool is_cited(const Graph& graph, Vertex source) {
    for (auto [e, end] = boost::in_edges(source, graph); e != end; ++e)
        if (graph[*e].kind == EdgeKind::Cites) return true;
    return false;
}

std::optional<Vertex> first_citing(const Graph& graph, Vertex source) {
    for (auto [e, end] = boost::in_edges(source, graph); e != end; ++e)
        if (graph[*e].kind == EdgeKind::Cites) return boost::source(*e, graph);
    return std::nullopt;
}

void check_evidence(const ArgumentMap& map, Vertex v, std::vector<Diagnostic>& out) {
    const Node& node = map.node(v);
    const std::string key = cited_key(map.graph, v);
    if (key.empty()) {
        if (!node.example)  // the writer's own example cites nothing
            out.push_back(analysis::finding(Severity::Warning, "W110", "evidence " + display_name(node) + " names no source", node));
    } else if (node.page.empty()) {
        out.push_back(analysis::finding(Severity::Warning, "W111",
                                        "evidence " + display_name(node) + " cites '" + key + "' without a page", node));
    }
}

// Keys cited but not declared, each with the declared key it is likely a typo of
// ("edward" for "edwards"), by edit distance with case and accents ignored.
std::map<std::string, std::string> mistyped_source_keys(const ArgumentMap& map) {
    std::vector<std::string> declared;
    for (const SourceEntry& entry : map.sources) declared.push_back(entry.key);
    std::map<std::string, std::string> meant;
    for (Vertex v = 0; v < map.node_count(); ++v) {
        const Node& node = map.node(v);
        if (node.kind != NodeKind::Source || !node.implicit || node.in_bibliography) continue;
        if (std::optional<std::string> key = model::nearest_name(node.title, declared)) meant.emplace(node.title, *key);
    }
    return meant;
}

void check_source(const ArgumentMap& map, Vertex v, const std::map<std::string, std::string>& typos,
                  std::vector<Diagnostic>& out) {
    const Node& node = map.node(v);
    if (node.implicit && !node.in_bibliography) {
        const std::optional<Vertex> citing = first_citing(map.graph, v);
        std::string by = citing ? " by " + display_name(map.node(*citing)) : "";
        // The implicit node carries the span of its first citation: point there.
        Diagnostic finding = analysis::finding(
            Severity::Warning, "W112", "source '" + node.title + "' is cited" + by + " but missing from the bibliography", node);
        if (auto typo = typos.find(node.title); typo != typos.end()) {
            const std::string& meant = typo->second;
            const bool cited = map.find_statement(meant) && is_cited(map.graph, *map.find_statement(meant));
            finding.message += ": did you mean '" + meant + "'" + (cited ? "" : ", declared there and never cited") + "?";
            finding.related.push_back(meant);
        }
        out.push_back(std::move(finding));
    } else if (!is_cited(map.graph, v) && !is_meant_by_a_typo(typos, node.title)) {
        out.push_back(analysis::finding(Severity::Note, "N201", "bibliography entry '" + node.title + "' is never cited", node));
    }
}

// The grounds a claim draws on directly: grounded evidence and assumptions supporting it, and
// those among the premises of arguments concluding it.
void add_direct_grounds(const ArgumentMap& map, Vertex v, std::vector<Vertex>& grounds) {
    for (auto [e, end] = boost::in_edges(v, map.graph); e != end; ++e) {
        const EdgeKind kind = map.graph[*e].kind;
        const Vertex from = boost::source(*e, map.graph);
        if (is_supporting(kind) && is_ground(map, from)) grounds.push_back(from);
        if (kind == EdgeKind::ConclusionOf && map.node(from).kind == NodeKind::Argument) add_direct_grounds(map, from, grounds);
        if (kind == EdgeKind::PremiseOf && is_ground(map, from)) grounds.push_back(from);
    }
}

// A literary essay quotes the novel it studies on every page: that is its method, not a
// reliance on one authority, so the work under study (`primary: true`) is never N202's.
bool is_primary(const ArgumentMap& map, const std::string& key) {
    const auto flag = [&](const std::string& entry) {
        auto it = map.front_matter.find("sources." + entry + ".primary");
        return it != map.front_matter.end() && (it->second == "true" || it->second == "True" || it->second == "yes");
    };
    if (flag(key)) return true;
    // `sources:` written as a list of entries with a `key`.
    for (std::size_t i = 0;; ++i) {
        auto it = map.front_matter.find("sources." + std::to_string(i) + ".key");
        if (it == map.front_matter.end()) return false;
        if (it->second == key) return flag(std::to_string(i));
    }
}

void check_source_share(const ArgumentMap& map, Vertex v, std::vector<Diagnostic>& out) {
    std::vector<Vertex> grounds;
    add_direct_grounds(map, v, grounds);
    std::sort(grounds.begin(), grounds.end());
    grounds.erase(std::unique(grounds.begin(), grounds.end()), grounds.end());
    if (grounds.size() < 3) return;
    std::map<std::string, std::size_t> per_source;
    for (Vertex ground : grounds) {
        const std::string key = cited_key(map.graph, ground);
        if (!key.empty()) ++per_source[key];
    }
    for (const auto& [key, count] : per_source) {
        if (count * 2 <= grounds.size() || is_primary(map, key)) continue;
        const Node& node = map.node(v);
        out.push_back(analysis::finding(Severity::Note, "N202",
                                        "source '" + key + "' carries " + std::to_string(count) + " of the " +
                                            std::to_string(grounds.size()) + " grounds of " + display_name(node) + " (" +
                                            std::to_string(count * 100 / grounds.size()) + "%)",
                                        node, {key}));
    }
}

}  // namespace

void check_citations(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out) {
    const std::map<std::string, std::string> typos = mistyped_source_keys(map);
    for (Vertex v = 0; v < map.node_count(); ++v) {
        const NodeKind kind = map.node(v).kind;
        if (kind == NodeKind::Evidence) check_evidence(map, v, out);
        if (kind == NodeKind::Source) check_source(map, v, typos, out);
        if (analysis::is_claim_or_thesis(kind) && grounding.is_grounded(v)) check_source_share(map, v, out);
    }
    // Bibliography entries typing did not turn into nodes (a reader that skips typing).
    for (const SourceEntry& entry : map.sources)
        if (!map.find_statement(entry.key) && !is_meant_by_a_typo(typos, entry.key))
            out.push_back({Severity::Note, "N201", "bibliography entry '" + entry.key + "' is never cited", entry.span,
                           {entry.key}});
}

}  // namespace warrant
