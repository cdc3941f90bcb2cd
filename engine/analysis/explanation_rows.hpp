// The two halves of the `explain` catalogue (private to engine/analysis): one file each, so
// that neither grows past what a reader takes in. explanations() merges them by code.
#pragma once

#include "warrant/analysis.hpp"

#include <vector>

namespace warrant::analysis {

std::vector<Explanation> reading_explanations();  // E0xx, W0xx: reading an input
std::vector<Explanation> check_explanations();    // E1xx, N2xx, W1xx: what check finds

}  // namespace warrant::analysis
