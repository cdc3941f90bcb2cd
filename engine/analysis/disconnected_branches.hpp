// W123, disconnected branches (private to engine/analysis; run by check.cpp with the others).
#pragma once

#include "warrant/analysis.hpp"

#include <vector>

namespace warrant {

void check_disconnected_branches(const ArgumentMap& map, std::vector<Diagnostic>& out);

}  // namespace warrant
