// Growing a complete labelling to a maximal one (private to the engine): the iterative
// maximisation of the ICCMA SAT solvers. Each round asks the solver for a labelling that keeps
// everything the current one covers and covers one more argument; when it cannot, the current
// one is maximal. Covers means IN (preferred) or IN-or-OUT, the range (semi-stable).
#pragma once

#include "semantics/labelling_solver.hpp"

#include <optional>
#include <vector>

namespace warrant::semantics {

enum class Growth { InSet, Range };

// Solves once under `first_assumptions`, then grows without them. nullopt when the first
// solve is unsatisfiable. Growth::Range needs solver.require_range_variables().
std::optional<std::vector<Label>> grow_to_maximal(LabellingSolver& solver, Growth growth,
                                                  const std::vector<int>& first_assumptions = {});

// The literal that says "a is covered" under `growth`, and whether `label` covers.
int growth_literal(const LabellingSolver& solver, Growth growth, ArgumentId a);
bool covers(Growth growth, Label label);

// A clause that rules out every labelling covering no more than `labels` covers
// (empty when `labels` covers the whole core: then nothing larger exists).
std::vector<int> beyond_clause(const LabellingSolver& solver, Growth growth, const std::vector<Label>& labels);

// Clauses and assumptions that pin the covered set to exactly that of `labels`.
std::vector<int> exactly_assumptions(const LabellingSolver& solver, Growth growth, const std::vector<Label>& labels);

}  // namespace warrant::semantics
