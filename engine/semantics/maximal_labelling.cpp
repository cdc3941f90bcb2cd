// Iterative maximisation with activation literals: each growth clause is switched on for one
// solve and then retired by a unit clause, so the solver keeps what it learnt in between.
#include "semantics/maximal_labelling.hpp"

namespace warrant::semantics {

int growth_literal(const LabellingSolver& solver, Growth growth, ArgumentId a) {
    return growth == Growth::InSet ? solver.in_literal(a) : solver.range_literal(a);
}

bool covers(Growth growth, Label label) {
    return growth == Growth::InSet ? label == Label::In : label != Label::Undec;
}

std::vector<int> beyond_clause(const LabellingSolver& solver, Growth growth, const std::vector<Label>& labels) {
    std::vector<int> clause;
    for (ArgumentId a : solver.core())
        if (!covers(growth, labels[a])) clause.push_back(growth_literal(solver, growth, a));
    return clause;
}

std::vector<int> exactly_assumptions(const LabellingSolver& solver, Growth growth, const std::vector<Label>& labels) {
    std::vector<int> assumptions;
    for (ArgumentId a : solver.core()) {
        const int literal = growth_literal(solver, growth, a);
        assumptions.push_back(covers(growth, labels[a]) ? literal : -literal);
    }
    return assumptions;
}

std::optional<std::vector<Label>> grow_to_maximal(LabellingSolver& solver, Growth growth,
                                                  const std::vector<int>& first_assumptions) {
    if (!solver.solve(first_assumptions)) return std::nullopt;
    std::vector<Label> best = solver.labelling();
    for (;;) {
        std::vector<int> clause = beyond_clause(solver, growth, best);
        if (clause.empty()) return best;
        std::vector<int> assumptions;
        for (ArgumentId a : solver.core())
            if (covers(growth, best[a])) assumptions.push_back(growth_literal(solver, growth, a));
        const int activation = solver.new_variable();
        clause.push_back(-activation);
        solver.add_clause(clause);
        assumptions.push_back(activation);
        const bool grown = solver.solve(assumptions);
        if (grown) best = solver.labelling();  // read the model before a new clause resets it
        solver.add_clause({-activation});
        if (!grown) return best;
    }
}

}  // namespace warrant::semantics
