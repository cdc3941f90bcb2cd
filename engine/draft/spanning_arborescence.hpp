// The maximum spanning arborescence of a small dense graph (Chu & Liu 1965, Edmonds 1967): the
// tree rooted at a given node in which every other node has exactly one parent and the sum of
// the chosen arcs' scores is largest. Boost.Graph has no directed spanning tree, so it is here.
// The drafting decoder uses it for one paragraph at a time (tens of nodes): it works on a dense
// matrix in O(n^3) at worst.
#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace warrant::draft {

// No arc.
inline constexpr double kNoArc = -std::numeric_limits<double>::infinity();

// score[head][dependent]: the score of the arc head -> dependent, or kNoArc. Returns each
// node's parent (the root's is -1). Every node must be reachable from the root through arcs;
// a node that is not gets parent -1 too. Ties go to the lower head index.
std::vector<long> maximum_arborescence(const std::vector<std::vector<double>>& score, std::size_t root);

}  // namespace warrant::draft
