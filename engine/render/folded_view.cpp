// fold_view(): breadth-first search back from the roots (BGL, on the reversed relation graph),
// weights from the grounding chains view_selection already computes, then a ranked cut.
#include "render/folded_view.hpp"

#include "render/view_selection.hpp"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/pending/queue.hpp>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <set>
#include <tuple>

namespace warrant::render {
namespace {

constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();

// The relations a folded view follows back from its roots: every relation but cites; the chain
// view only those along which grounds flow.
struct FollowedRelation {
    const Graph* graph = nullptr;
    bool grounds_only = false;
    bool operator()(EdgeId e) const {
        const EdgeKind kind = (*graph)[e].kind;
        if (kind == EdgeKind::Cites) return false;
        return !grounds_only || is_supporting(kind) || kind == EdgeKind::PremiseOf || kind == EdgeKind::ConclusionOf;
    }
};

struct RecordDistance : boost::default_bfs_visitor {
    std::vector<std::size_t>* distance = nullptr;
    template <typename E, typename G>
    void tree_edge(E e, const G& g) const {
        (*distance)[boost::target(e, g)] = (*distance)[boost::source(e, g)] + 1;
    }
};

std::vector<std::size_t> distances_from(const ArgumentMap& map, const std::vector<Vertex>& roots, bool grounds_only) {
    using Followed = boost::filtered_graph<Graph, FollowedRelation>;
    const Followed followed(map.graph, FollowedRelation{&map.graph, grounds_only});
    const boost::reverse_graph<Followed> towards_givers(followed);
    std::vector<std::size_t> distance(map.node_count(), kUnreached);
    for (Vertex root : roots) distance[root] = 0;
    RecordDistance visitor;
    visitor.distance = &distance;
    std::vector<boost::default_color_type> colors(map.node_count());
    boost::queue<Vertex> queue;
    boost::breadth_first_search(towards_givers, roots.begin(), roots.end(), queue, visitor,
                                boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, map.graph)));
    return distance;
}

bool is_evidence_like(NodeKind kind) { return kind == NodeKind::Evidence || kind == NodeKind::Source; }

// How much of the argument rests on v: the statements and arguments that ground it.
std::size_t weight_of(const ArgumentMap& map, Vertex v) {
    const std::vector<bool> chain = grounding_chain(map, v);
    return static_cast<std::size_t>(std::count(chain.begin(), chain.end(), true)) - 1;
}

// The claims most of the argument rests on first; ties by nearness to the roots, then map order.
void rank(std::vector<Vertex>& candidates, const std::map<Vertex, std::size_t>& weight,
          const std::vector<std::size_t>& distance) {
    std::stable_sort(candidates.begin(), candidates.end(), [&](Vertex a, Vertex b) {
        if (weight.at(a) != weight.at(b)) return weight.at(a) > weight.at(b);
        if (distance[a] != distance[b]) return distance[a] < distance[b];
        return a < b;
    });
}

std::vector<Vertex> roots_of(const ArgumentMap& map, const RenderOptions& options, FoldedView& folded) {
    if (options.view == RenderView::Chain) {
        if (options.focus.empty()) {
            folded.error = "the chain view needs a focus: the title of the claim to ground";
            return {};
        }
        const std::optional<Vertex> focus = map.find(options.focus);
        if (!focus) folded.error = "no statement or argument titled '" + options.focus + "' in the map";
        return focus ? std::vector<Vertex>{*focus} : std::vector<Vertex>{};
    }
    std::vector<Vertex> theses;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (map.graph[v].kind == NodeKind::Thesis) theses.push_back(v);
    if (!theses.empty() || map.node_count() == 0) return theses;
    // No #thesis: start from the statement most of the map rests on.
    Vertex best = 0;
    std::size_t best_weight = 0;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        if (is_evidence_like(map.graph[v].kind)) continue;
        const std::size_t weight = weight_of(map, v);
        if (weight > best_weight || (weight == best_weight && is_evidence_like(map.graph[best].kind))) {
            best = v;
            best_weight = weight;
        }
    }
    folded.notes.push_back("the map marks no #thesis: the overview starts from [" + map.graph[best].title +
                           "], which most of the argument rests on");
    return {best};
}

// Poles a node's relations reach, its own included.
std::set<std::string> poles_touched(const ArgumentMap& map, Vertex v) {
    std::set<std::string> poles{map.graph[v].pole};
    for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map.graph)))
        poles.insert(map.graph[boost::target(e, map.graph)].pole);
    for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph)))
        poles.insert(map.graph[boost::source(e, map.graph)].pole);
    poles.erase("");
    return poles;
}

// Passes through what is not drawn: the walk from one drawn node stops at the others.
struct NotDrawnElsewhere {
    const std::vector<bool>* drawn = nullptr;
    Vertex start = 0;
    bool operator()(Vertex v) const { return v == start || !(*drawn)[v]; }
};

struct RecordEvidence : boost::default_bfs_visitor {
    const Graph* graph = nullptr;
    std::vector<Vertex>* evidence = nullptr;
    template <typename V, typename G>
    void discover_vertex(V v, const G&) const {
        if ((*graph)[v].kind == NodeKind::Evidence) evidence->push_back(v);
    }
};

// The evidence a drawn node rests on through nodes that are not drawn, so the evidence of
// what was folded away still counts on the claim it leads to.
std::vector<Vertex> folded_evidence(const ArgumentMap& map, const std::vector<bool>& drawn, Vertex v) {
    using Grounds = boost::filtered_graph<Graph, FollowedRelation, NotDrawnElsewhere>;
    const Grounds grounds(map.graph, FollowedRelation{&map.graph, true}, NotDrawnElsewhere{&drawn, v});
    const boost::reverse_graph<Grounds> towards_grounds(grounds);
    std::vector<Vertex> evidence;
    RecordEvidence visitor;
    visitor.graph = &map.graph;
    visitor.evidence = &evidence;
    std::vector<boost::default_color_type> colors(map.node_count());
    boost::breadth_first_search(towards_grounds, v,
                                boost::visitor(visitor).color_map(boost::make_iterator_property_map(
                                    colors.begin(), boost::get(boost::vertex_index, map.graph))));
    std::sort(evidence.begin(), evidence.end());
    return evidence;
}

// The evidence badge of each drawn node, and how many of its other givers are not drawn.
void summarise_givers(const ArgumentMap& map, RenderOptions options, FoldedView& folded) {
    std::vector<Vertex> drawn;
    for (Vertex v = 0; v < folded.drawn.size(); ++v)
        if (folded.drawn[v]) drawn.push_back(v);
    // A chain slide of a claim grounded mostly by evidence would be one box and a badge, a strip
    // under the slide's title: the evidence itself is drawn instead, in rows below its claim.
    if (options.view == RenderView::Chain && options.fit == PageFit::Slide && options.evidence == EvidenceShown::Count &&
        drawn.size() <= kChainSlideUnfoldsEvidence)
        options.evidence = EvidenceShown::Show;
    std::vector<bool> shown_evidence(map.node_count(), false);
    for (Vertex v : drawn) {
        std::size_t hidden = 0;
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph))) {
            const Vertex giver = boost::source(e, map.graph);
            const NodeKind kind = map.graph[giver].kind;
            if (map.graph[e].kind != EdgeKind::Cites && !folded.drawn[giver] && !is_evidence_like(kind)) ++hidden;
        }
        if (hidden > 0) folded.hidden_reasons[v] = hidden;
        if (options.evidence == EvidenceShown::Hide) continue;
        if (options.evidence == EvidenceShown::Count) {
            const std::vector<Vertex> evidence = folded_evidence(map, folded.drawn, v);
            if (!evidence.empty()) folded.badges[v] = evidence_badge(map, evidence);
            continue;
        }
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph))) {
            const Vertex giver = boost::source(e, map.graph);
            if (map.graph[giver].kind == NodeKind::Evidence && !shown_evidence[giver]) {
                shown_evidence[giver] = true;
                folded.evidence.push_back(giver);
            }
        }
    }
    std::sort(folded.evidence.begin(), folded.evidence.end());
    for (Vertex e : folded.evidence) folded.drawn[e] = true;
}

// The source most evidence cites (for an essay on a novel: the novel). A bridge backed by
// another source is a critic's position, which is what a class discusses first.
std::string most_cited_source(const ArgumentMap& map) {
    std::map<std::string, std::size_t> citations;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (map.graph[v].kind == NodeKind::Evidence && !map.graph[v].source.empty()) ++citations[map.graph[v].source];
    std::string most;
    std::size_t count = 0;
    for (const auto& [source, n] : citations)
        if (n > count) std::tie(most, count) = std::tie(source, n);
    return most;
}

// Bridges: nodes whose relations reach two or more poles (view_selection's bridge_nodes), the
// positions backed by a critic first, then those reaching more poles, then by weight.
void choose_bridges(const ArgumentMap& map, const RenderOptions& options, const std::vector<bool>& bridge,
                    const std::vector<Vertex>& ranked, FoldedView& folded) {
    const std::string primary = most_cited_source(map);
    struct Scored {
        Vertex v;
        bool critic;
        std::size_t poles;
        std::size_t order;
    };
    std::vector<Scored> scored;
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        const Vertex v = ranked[i];
        if (!bridge[v]) continue;
        const std::set<std::string> poles = poles_touched(map, v);
        if (!options.pole.empty() && !poles.count(options.pole)) continue;
        bool critic = false;
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph))) {
            const Node& giver = map.graph[boost::source(e, map.graph)];
            critic = critic || (giver.kind == NodeKind::Evidence && !giver.source.empty() && giver.source != primary);
        }
        scored.push_back({v, critic, poles.size(), i});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        if (a.critic != b.critic) return a.critic;
        if (a.poles != b.poles) return a.poles > b.poles;
        return a.order < b.order;
    });
    for (std::size_t i = 0; i < scored.size() && i < kBridgesShown; ++i) {
        folded.bridges.push_back(scored[i].v);
        folded.drawn[scored[i].v] = true;
    }
}

void fill_columns(const ArgumentMap& map, const RenderOptions& options, std::vector<Vertex> candidates,
                  const std::map<Vertex, std::size_t>& weight, FoldedView& folded) {
    const bool by_pole = options.view == RenderView::Dialectic && !map.poles.empty();
    if (!by_pole) {
        FoldedColumn column;
        for (Vertex v : candidates) (column.claims.size() < kClaimsWithoutPoles ? column.claims.push_back(v) : void(++column.folded));
        folded.columns.push_back(std::move(column));
        return;
    }
    for (const std::string& pole : map.poles) {
        if (!options.pole.empty() && pole != options.pole) continue;
        FoldedColumn column{pole, {}, 0};
        for (Vertex v : candidates) {
            if (map.graph[v].pole != pole || folded.drawn[v]) continue;
            column.claims.size() < kClaimsPerColumn ? column.claims.push_back(v) : void(++column.folded);
        }
        folded.columns.push_back(std::move(column));
    }
    (void)weight;
}

}  // namespace

FoldedView fold_view(const ArgumentMap& map, const RenderOptions& options) {
    FoldedView folded;
    folded.drawn.assign(map.node_count(), false);
    if (options.view == RenderView::Dialectic && !options.pole.empty() &&
        std::find(map.poles.begin(), map.poles.end(), options.pole) == map.poles.end()) {
        folded.error = "no pole named '" + options.pole + "' (the map declares " +
                       (map.poles.empty() ? std::string("none") : std::to_string(map.poles.size())) + ")";
        return folded;
    }
    folded.roots = roots_of(map, options, folded);
    if (!folded.error.empty()) return folded;
    if (options.view == RenderView::Dialectic && map.poles.empty())
        folded.notes.push_back("the map declares no poles (front matter `poles:`), so the dialectic view draws a "
                               "thesis-centred overview instead");
    for (Vertex root : folded.roots) folded.drawn[root] = true;
    folded.distance = distances_from(map, folded.roots, options.view == RenderView::Chain);
    const std::vector<std::size_t>& distance = folded.distance;

    const bool by_pole = options.view == RenderView::Dialectic && !map.poles.empty();
    const std::vector<bool> bridge = by_pole ? bridge_nodes(map) : std::vector<bool>(map.node_count(), false);
    std::vector<Vertex> candidates;
    std::map<Vertex, std::size_t> weight;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        if (folded.drawn[v] || is_evidence_like(map.graph[v].kind)) continue;
        if (distance[v] > options.depth && !bridge[v]) continue;
        candidates.push_back(v);
        weight.emplace(v, weight_of(map, v));
    }
    rank(candidates, weight, distance);
    if (by_pole) choose_bridges(map, options, bridge, candidates, folded);
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](Vertex v) { return distance[v] > options.depth || folded.drawn[v]; }),
                     candidates.end());
    fill_columns(map, options, candidates, weight, folded);
    for (const FoldedColumn& column : folded.columns)
        for (Vertex v : column.claims) folded.drawn[v] = true;
    summarise_givers(map, options, folded);
    std::size_t counted = 0;
    for (const auto& [v, badge] : folded.badges) counted += std::strtoul(badge.c_str(), nullptr, 10);
    std::size_t drawn = 0, total = 0;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        if (map.graph[v].kind == NodeKind::Source) continue;
        ++total;
        drawn += folded.drawn[v];
    }
    folded.folded_nodes = total - drawn - std::min(counted, total - drawn);
    return folded;
}

}  // namespace warrant::render
