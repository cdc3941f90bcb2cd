// Support chains: for one claim, the tree of reasons beneath it down to its grounds.
//
// A depth-first search over the reversed support relation (supporters are in-edges) lays the
// tree out in the order a reader follows it; the visitor's tree, back and cross edges become
// expanded, circular and repeated lines. The weakest link is found by asking grounding again
// without each supporter in turn: a supporter whose absence ungrounds the claim is a single
// point of failure.
#include "analysis/analysis_runs.hpp"
#include "analysis/finding.hpp"
#include "analysis/support_view.hpp"

#include <boost/graph/depth_first_search.hpp>

#include <algorithm>
#include <deque>
#include <optional>

namespace warrant {
namespace {

using analysis::Reversed;
using analysis::ReversedEdge;
using analysis::SupportersView;
using analysis::SupportOnly;

// The single-point-of-failure search costs one grounding pass per supporter it tries, nearest
// first (the nearest ones are the interesting ones): at most kMaxCriticalCandidates of them, and
// no more than kCriticalSearchWork node and edge visits allow: on a long chain every pass is
// linear, so an unbounded search would be quadratic (docs/performance.md has the figures).
constexpr std::size_t kMaxCriticalCandidates = 512;
constexpr std::size_t kCriticalSearchWork = std::size_t{1} << 23;

std::size_t critical_candidates(const ArgumentMap& map) {
    const std::size_t pass = map.node_count() + boost::num_edges(map.graph) + 1;
    return std::clamp<std::size_t>(kCriticalSearchWork / pass, 1, kMaxCriticalCandidates);
}

struct TreeRecorder : boost::default_dfs_visitor {
    std::vector<ChainStep>* steps;
    std::vector<int>* depth;
    const GroundingResult* grounding;

    void add(ReversedEdge e, const SupportersView& g, bool repeated, bool circular) const {
        const Vertex from = boost::source(e, g);
        const Vertex to = boost::target(e, g);
        const int d = (*depth)[from] + 1;
        if (!repeated && !circular) (*depth)[to] = d;
        steps->push_back({to, d, g[e].kind, grounding->is_grounded(to), repeated, circular});
    }
    void tree_edge(ReversedEdge e, const SupportersView& g) const { add(e, g, false, false); }
    void back_edge(ReversedEdge e, const SupportersView& g) const { add(e, g, false, true); }
    void forward_or_cross_edge(ReversedEdge e, const SupportersView& g) const { add(e, g, true, false); }
};

// Supporters reachable from the claim through grounded nodes only, breadth first (nearest
// first); grounds are not looked beneath, they stand on their own.
std::vector<Vertex> grounded_region(const ArgumentMap& map, Vertex claim, const GroundingResult& grounding) {
    std::vector<Vertex> order;
    if (!grounding.is_grounded(claim)) return order;
    std::vector<bool> seen(map.node_count(), false);
    std::deque<Vertex> queue{claim};
    seen[claim] = true;
    while (!queue.empty()) {
        const Vertex v = queue.front();
        queue.pop_front();
        order.push_back(v);
        if (is_ground(map, v)) continue;
        for (auto [e, end] = boost::in_edges(v, map.graph); e != end; ++e) {
            const Vertex from = boost::source(*e, map.graph);
            if (!carries_support(map.graph[*e].kind) || seen[from] || !grounding.is_grounded(from)) continue;
            seen[from] = true;
            queue.push_back(from);
        }
    }
    return order;
}

// The longest path in the printed tree from the claim to a ground with every node grounded.
// Only where the best path ends is kept while the steps are read; the path is read back from
// there at the end (in depth-first order, a step's parent is the nearest step before it one
// level up). Copying the best path at each deeper ground was quadratic on a long chain.
std::vector<Vertex> longest_grounded_path(const ArgumentMap& map, const std::vector<ChainStep>& steps) {
    std::vector<bool> grounded_so_far;  // by depth, along the current path
    std::optional<std::size_t> best_end;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const ChainStep& step = steps[i];
        grounded_so_far.resize(static_cast<std::size_t>(step.depth));
        const bool all_grounded = step.grounded && (step.depth == 0 || grounded_so_far.back());
        grounded_so_far.push_back(all_grounded);
        if (all_grounded && !step.circular && is_ground(map, step.vertex) &&
            (!best_end || step.depth > steps[*best_end].depth))
            best_end = i;
    }
    if (!best_end) return {};
    std::vector<Vertex> path(static_cast<std::size_t>(steps[*best_end].depth) + 1);
    int want = steps[*best_end].depth;
    for (std::size_t i = *best_end + 1; i-- > 0 && want >= 0;) {
        if (steps[i].depth != want) continue;
        path[static_cast<std::size_t>(want)] = steps[i].vertex;
        --want;
    }
    return path;
}

}  // namespace

SupportChain support_chain(const ArgumentMap& map, Vertex claim, const GroundingResult& grounding) {
    analysis::count_run(analysis::AnalysisPart::Chains);
    SupportChain chain;
    chain.claim = claim;
    chain.grounded = grounding.is_grounded(claim);
    chain.steps.push_back({claim, 0, EdgeKind::Support, chain.grounded, false, false});

    Reversed reversed(map.graph);
    SupportersView supporters(reversed, SupportOnly{&reversed});
    std::vector<int> depth(map.node_count(), 0);
    std::vector<boost::default_color_type> colors(map.node_count(), boost::white_color);
    TreeRecorder recorder;
    recorder.steps = &chain.steps;
    recorder.depth = &depth;
    recorder.grounding = &grounding;
    boost::depth_first_visit(supporters, claim, recorder,
                             boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, map.graph)));
    for (const ChainStep& step : chain.steps) chain.depth = std::max(chain.depth, step.depth);

    const std::vector<Vertex> region = grounded_region(map, claim, grounding);
    for (Vertex v : region)
        if (is_ground(map, v)) chain.grounds.push_back(v);
    std::sort(chain.grounds.begin(), chain.grounds.end());
    const std::size_t candidates = critical_candidates(map);
    for (std::size_t i = 1; i < region.size() && i <= candidates; ++i)
        if (!compute_grounding(map, region[i]).is_grounded(claim)) chain.critical.push_back(region[i]);
    chain.longest_ground_path = longest_grounded_path(map, chain.steps);
    return chain;
}

}  // namespace warrant
