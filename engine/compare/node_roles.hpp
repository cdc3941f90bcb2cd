// The role each node plays in a map's argument, read from its structure, not its words: what
// compare matches first (a student's only objection is the reference's only objection,
// whatever either says). Private to the engine.
#pragma once

#include "warrant/model.hpp"

#include <string_view>
#include <vector>

namespace warrant::grading {

enum class Role {
    Thesis,     // the map's #thesis (or, when none is declared, the root most of the map hangs on)
    Reason,     // a claim given for the thesis or for another reason
    Objection,  // a counter-position: #counter, or a claim that attacks the thesis or a reason
    Answer,     // a claim that answers an objection (drawn as attacking it, or wrongly as supporting it)
    Evidence,
    Argument,
    Source,
};
std::string_view to_string(Role role);

// One role per vertex. Polarity errors keep roles: an answer drawn as a support of its
// objection is still the answer (so compare can say it is drawn the wrong way), and an
// objection tagged #counter but drawn as a reason is still the objection.
std::vector<Role> node_roles(const ArgumentMap& map);

// How far two roles say the same place in an argument: 1 the same role, 0.5 the roles a
// polarity error swaps (an objection drawn as a reason, an answer drawn under a reason), 0
// otherwise.
double role_agreement(Role a, Role b);

// Whether grading counts a relation of this kind: every kind but a citation, which is graded
// with the evidence it belongs to.
bool graded_relation(EdgeKind kind);

}  // namespace warrant::grading
