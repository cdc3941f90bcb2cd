// Views of the support relation for BGL algorithms (private to engine/analysis).
//
// Support flows from supporter to supported; "what is beneath a claim" is therefore a walk
// over in-edges, which BGL expresses as the reverse graph filtered to support-carrying edges.
#pragma once

#include "warrant/analysis.hpp"

#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>

namespace warrant::analysis {

using Reversed = boost::reverse_graph<Graph, const Graph&>;
using ReversedEdge = Reversed::edge_descriptor;

struct SupportOnly {
    const Reversed* graph = nullptr;
    bool operator()(ReversedEdge e) const { return carries_support((*graph)[e].kind); }
};

// Out-edges of a vertex in this view lead to its supporters.
using SupportersView = boost::filtered_graph<Reversed, SupportOnly>;

// Every vertex from which support reaches a thesis, the theses included: the map's own side.
std::vector<bool> thesis_side(const ArgumentMap& map);

}  // namespace warrant::analysis
