// Finding and enumerating extensions. Grounded is polynomial; the other semantics are SAT
// calls on the labelling encoding (labelling_solver.hpp), never a subset search.
#include "semantics/labelling_solver.hpp"
#include "semantics/maximal_labelling.hpp"

#include <algorithm>

namespace warrant {
namespace {

using semantics::Growth;
using semantics::LabellingSolver;

Extension in_set(const std::vector<Label>& labels) {
    Extension extension;
    for (ArgumentId a = 0; a < labels.size(); ++a)
        if (labels[a] == Label::In) extension.push_back(a);
    return extension;
}

// Rules out exactly this labelling: some core argument must change its IN status. A complete
// labelling is determined by its IN set, so this blocks one extension. Empty for an empty core.
std::vector<int> not_this_extension(const LabellingSolver& solver, const std::vector<Label>& labels) {
    std::vector<int> clause;
    for (ArgumentId a : solver.core()) clause.push_back(labels[a] == Label::In ? -solver.in_literal(a) : solver.in_literal(a));
    return clause;
}

// Every labelling the solver admits under `assumptions`, blocking each one found. Returns
// false when the core is empty (nothing more can differ) so callers stop too.
bool collect_labellings(LabellingSolver& solver, const std::vector<int>& assumptions, std::size_t limit,
                        std::vector<Extension>& found) {
    while (found.size() < limit && solver.solve(assumptions)) {
        std::vector<Label> labels = solver.labelling();
        found.push_back(in_set(labels));
        std::vector<int> clause = not_this_extension(solver, labels);
        if (clause.empty()) return false;
        solver.add_clause(clause);
    }
    return true;
}

std::vector<Extension> enumerate_preferred(const Framework& framework, std::size_t limit) {
    LabellingSolver solver(framework);
    std::vector<Extension> found;
    while (found.size() < limit) {
        auto labels = semantics::grow_to_maximal(solver, Growth::InSet);
        if (!labels) break;
        found.push_back(in_set(*labels));
        std::vector<int> clause = semantics::beyond_clause(solver, Growth::InSet, *labels);
        if (clause.empty()) break;
        solver.add_clause(clause);  // no later extension is a subset of this one
    }
    return found;
}

// For each maximal range (Caminada 2006; Baroni et al. 2011), every complete labelling that has it.
std::vector<Extension> enumerate_semi_stable(const Framework& framework, std::size_t limit) {
    LabellingSolver solver(framework);
    solver.require_range_variables();
    std::vector<Extension> found;
    while (found.size() < limit) {
        auto labels = semantics::grow_to_maximal(solver, Growth::Range);
        if (!labels) break;
        if (!collect_labellings(solver, semantics::exactly_assumptions(solver, Growth::Range, *labels), limit, found)) break;
        std::vector<int> clause = semantics::beyond_clause(solver, Growth::Range, *labels);
        if (clause.empty()) break;
        solver.add_clause(clause);
    }
    return found;
}

}  // namespace

std::optional<Extension> find_extension(const Framework& framework, Semantics semantics) {
    switch (semantics) {
        case Semantics::Grounded:
        case Semantics::Complete: return grounded_extension(framework);
        case Semantics::Stable: {
            LabellingSolver solver(framework);
            solver.require_stable();
            if (!solver.solve()) return std::nullopt;
            return solver.extension();
        }
        case Semantics::Preferred: {
            LabellingSolver solver(framework);
            return in_set(*semantics::grow_to_maximal(solver, Growth::InSet));
        }
        case Semantics::SemiStable: {
            LabellingSolver solver(framework);
            solver.require_range_variables();
            return in_set(*semantics::grow_to_maximal(solver, Growth::Range));
        }
    }
    return std::nullopt;
}

std::vector<Extension> enumerate_extensions(const Framework& framework, Semantics semantics, std::size_t limit) {
    std::vector<Extension> found;
    if (limit == 0) return found;
    switch (semantics) {
        case Semantics::Grounded: found.push_back(grounded_extension(framework)); break;
        case Semantics::Complete:
        case Semantics::Stable: {
            LabellingSolver solver(framework);
            if (semantics == Semantics::Stable) solver.require_stable();
            collect_labellings(solver, {}, limit, found);
            break;
        }
        case Semantics::Preferred: found = enumerate_preferred(framework, limit); break;
        case Semantics::SemiStable: found = enumerate_semi_stable(framework, limit); break;
    }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace warrant
