// Maximum-weight assignment of rows to columns (private to the engine).
//
// Boost.Graph's maximum_weighted_matching would do, but in the Boost this builds against
// (1.74) it returns non-optimal matchings on bipartite graphs and can fail to terminate
// (boostorg/graph issues 306, 223 and 399, fixed only in later releases); grading must not
// hang on a class. This is the Hungarian method (Kuhn-Munkres with potentials, O(n^2 m)).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace warrant::analysis {

// `weights` is row-major, rows x columns, every weight >= 0. Returns, for each row, the column
// it is assigned to in an assignment of maximum total weight, or nullopt; pairs of weight 0
// are never returned. Deterministic: the same weights give the same assignment.
std::vector<std::optional<std::size_t>> max_weight_assignment(const std::vector<double>& weights, std::size_t rows,
                                                              std::size_t columns);

}  // namespace warrant::analysis
