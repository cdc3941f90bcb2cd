// The queue labelling behind grounded semantics (private to the engine), with an optional
// record of the order in which labels were decided: explanations follow that order so that
// every IN argument is justified by arguments decided before it.
#pragma once

#include "warrant/semantics.hpp"

#include <cstdint>
#include <vector>

namespace warrant::semantics {

// `decided_at`, when given, receives for each labelled argument its position in the order of
// decisions (1, 2, ...) and 0 for UNDEC arguments.
std::vector<Label> label_grounded(const Framework& framework, std::vector<std::uint32_t>* decided_at);

}  // namespace warrant::semantics
