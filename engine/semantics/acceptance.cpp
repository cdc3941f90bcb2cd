// Credulous and sceptical acceptance of one argument. The grounded labelling answers every
// argument it decides (IN: in every complete extension; OUT: in none); SAT handles the rest.
#include "semantics/labelling_solver.hpp"
#include "semantics/maximal_labelling.hpp"

namespace warrant {
namespace {

using semantics::Growth;
using semantics::LabellingSolver;

// Is there a semi-stable extension in which `argument` is IN (want_in) or not IN (!want_in)?
// Find a maximal range reachable from a labelling with the wanted status, then ask whether
// some labelling with exactly that range has the status; if not, exclude the range and retry.
bool semi_stable_witness(LabellingSolver& solver, ArgumentId argument, bool want_in) {
    solver.require_range_variables();
    const int wanted = want_in ? solver.in_literal(argument) : -solver.in_literal(argument);
    for (;;) {
        auto labels = semantics::grow_to_maximal(solver, Growth::Range, {wanted});
        if (!labels) return false;
        std::vector<int> exact = semantics::exactly_assumptions(solver, Growth::Range, *labels);
        exact.push_back(wanted);
        if (solver.solve(exact)) return true;
        std::vector<int> clause = semantics::beyond_clause(solver, Growth::Range, *labels);
        if (clause.empty()) return false;
        solver.add_clause(clause);
    }
}

// A preferred extension without `argument` exists iff growing some complete labelling without
// it ends outside it; preferred extensions that contain it are excluded one by one.
bool preferred_without(LabellingSolver& solver, ArgumentId argument) {
    for (;;) {
        auto labels = semantics::grow_to_maximal(solver, Growth::InSet, {-solver.in_literal(argument)});
        if (!labels) return false;
        if ((*labels)[argument] != Label::In) return true;
        std::vector<int> clause = semantics::beyond_clause(solver, Growth::InSet, *labels);
        if (clause.empty()) return false;
        solver.add_clause(clause);
    }
}

}  // namespace

bool credulously_accepted(const Framework& framework, Semantics semantics, ArgumentId argument) {
    if (semantics == Semantics::Grounded) return grounded_labelling(framework)[argument] == Label::In;
    LabellingSolver solver(framework);
    const Label grounded = solver.grounded()[argument];
    if (semantics == Semantics::Stable) {
        solver.require_stable();
        if (grounded == Label::Out) return false;
        return solver.solve(grounded == Label::In ? std::vector<int>{} : std::vector<int>{solver.in_literal(argument)});
    }
    if (grounded != Label::Undec) return grounded == Label::In;
    // Credulous preferred = credulous complete = credulous admissible (Dung 1995, Thm. 25).
    if (semantics == Semantics::SemiStable) return semi_stable_witness(solver, argument, true);
    return solver.solve({solver.in_literal(argument)});
}

bool sceptically_accepted(const Framework& framework, Semantics semantics, ArgumentId argument) {
    if (semantics == Semantics::Grounded || semantics == Semantics::Complete)
        return grounded_labelling(framework)[argument] == Label::In;
    LabellingSolver solver(framework);
    const Label grounded = solver.grounded()[argument];
    if (semantics == Semantics::Stable) {
        solver.require_stable();
        if (grounded == Label::In) return true;
        return !solver.solve(grounded == Label::Out ? std::vector<int>{} : std::vector<int>{-solver.in_literal(argument)});
    }
    if (grounded != Label::Undec) return grounded == Label::In;
    if (semantics == Semantics::SemiStable) return !semi_stable_witness(solver, argument, false);
    return !preferred_without(solver, argument);
}

}  // namespace warrant
