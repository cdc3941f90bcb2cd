// The h-categoriser (Besnard & Hunter 2001; its fixpoint and convergence: Pu, Luo, Zhang &
// Luo 2014). Jacobi sweeps from s = 1: the iterates alternate around the unique fixpoint and
// close in on it, so the tolerance bounds the distance to it.
#include "warrant/semantics.hpp"

#include <cmath>

namespace warrant {

GradualResult h_categoriser(const Framework& framework, const GradualOptions& options) {
    GradualResult result;
    result.strength.assign(framework.size(), 1.0);
    std::vector<double> next(framework.size());
    while (result.iterations < options.max_iterations) {
        ++result.iterations;
        double largest_change = 0;
        for (ArgumentId a = 0; a < framework.size(); ++a) {
            double attack = 0;
            for (ArgumentId b : framework.attackers(a)) attack += result.strength[b];
            next[a] = 1.0 / (1.0 + attack);
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

}  // namespace warrant
