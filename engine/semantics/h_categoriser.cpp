// The h-categoriser (Besnard & Hunter 2001; its fixpoint and convergence: Pu, Luo, Zhang &
// Luo 2014). Jacobi sweeps from s = 1: the iterates alternate around the unique fixpoint and
// close in on it, so the tolerance bounds the distance to it.
#include "semantics/jacobi_iteration.hpp"

namespace warrant {

GradualResult h_categoriser(const Framework& framework, const GradualOptions& options) {
    return semantics::iterate_jacobi(std::vector<double>(framework.size(), 1.0), options,
                                     [&](ArgumentId a, const std::vector<double>& strength) {
                                         double attack = 0;
                                         for (ArgumentId b : framework.attackers(a)) attack += strength[b];
                                         return 1.0 / (1.0 + attack);
                                     });
}

}  // namespace warrant
