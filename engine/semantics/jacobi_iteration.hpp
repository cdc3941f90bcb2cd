// The iteration both gradual semantics share (private to the engine): Jacobi sweeps, every
// value recomputed from the previous sweep's, until no value moves more than the tolerance.
#pragma once

#include "warrant/semantics.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace warrant::semantics {

// `update(a, previous)` gives argument a's next value from the previous sweep's values.
template <typename Update>
GradualResult iterate_jacobi(std::vector<double> start, const GradualOptions& options, Update update) {
    GradualResult result;
    result.strength = std::move(start);
    std::vector<double> next(result.strength.size());
    while (result.iterations < options.max_iterations) {
        ++result.iterations;
        double largest_change = 0;
        for (ArgumentId a = 0; a < next.size(); ++a) {
            next[a] = update(a, result.strength);
            largest_change = std::max(largest_change, std::fabs(next[a] - result.strength[a]));
        }
        result.strength.swap(next);
        if (largest_change <= options.tolerance) {
            result.converged = true;
            break;
        }
    }
    return result;
}

}  // namespace warrant::semantics
