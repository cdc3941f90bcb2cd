// Complete labellings as a SAT instance (private to the engine).
//
// The encoding is the labelling-based one of the ICCMA SAT solvers (Cerutti, Dunne, Giacomin
// & Vallati 2013; Niskanen & Järvisalo's mu-toksia): two variables per argument, in(a) and
// out(a), undec being neither, and for every argument a with attackers B:
//   not both in(a) and out(a)
//   in(a)  <-> every b in B is out          out(a) <-> some b in B is in
// It covers only the core: the arguments the grounded labelling leaves UNDEC. Every complete
// labelling agrees with the grounded one outside the core, a core argument has no IN attacker
// there, and OUT attackers never matter, so the core with the attacks among its members has
// exactly the complete labellings of the whole framework, restricted.
#pragma once

#include "warrant/semantics.hpp"

#include <cstdint>
#include <memory>
#include <vector>

namespace CaDiCaL {
class Solver;
}

namespace warrant::semantics {

class LabellingSolver {
public:
    explicit LabellingSolver(const Framework& framework);
    ~LabellingSolver();
    LabellingSolver(const LabellingSolver&) = delete;
    LabellingSolver& operator=(const LabellingSolver&) = delete;

    const std::vector<Label>& grounded() const { return grounded_; }
    const std::vector<ArgumentId>& core() const { return core_; }

    // Literals of core arguments (positive variables); 0 for arguments outside the core.
    int in_literal(ArgumentId a) const;
    int out_literal(ArgumentId a) const;
    // "a is IN or OUT": range variables, created on first use of require_range_variables().
    int range_literal(ArgumentId a) const;

    void require_stable();          // every core argument IN or OUT
    void require_range_variables();  // defines range_literal() for every core argument

    int new_variable() { return ++variable_count_; }
    void add_clause(const std::vector<int>& literals);

    bool solve(const std::vector<int>& assumptions = {});
    // After a satisfiable solve(): the full labelling (grounded outside the core).
    std::vector<Label> labelling() const;
    Extension extension() const;

private:
    const Framework& framework_;
    std::vector<Label> grounded_;
    std::vector<ArgumentId> core_;
    std::vector<std::uint32_t> core_position_;  // argument -> 1 + index in core_, 0 outside
    std::unique_ptr<CaDiCaL::Solver> solver_;
    int variable_count_ = 0;
    int range_base_ = 0;  // range variable of core index i is range_base_ + i + 1
};

}  // namespace warrant::semantics
