// What the checks read besides the map (private to engine/analysis): the analyses a
// MapAnalysis computes once and hands to every check, so no check computes them again.
#pragma once

#include "warrant/analysis.hpp"
#include "warrant/schemes.hpp"

#include <vector>

namespace warrant::analysis {

// Below this many nodes the analyses take well under a millisecond: a thread would cost more
// than it saves (a class's batch is thousands of small maps).
inline constexpr std::size_t kNodesWorthThreads = 4096;

struct CheckInputs {
    const ArgumentMap& map;
    const GroundingResult& grounding;
    const std::vector<SupportCycle>& cycles;
    const std::vector<SchemeAssessment>& schemes;
};

// Every check's findings, appended to `out` in position order (then code, then check order).
void append_checks(const CheckInputs& inputs, std::vector<Diagnostic>& out);

// check_loaded()'s report of a map that loaded (not io_failed): `loaded` null for a map built
// in code, which has no load diagnostics and no source text to read fixes from.
CheckReport check_report(const LoadResult* loaded, const CheckInputs& inputs);

// W103 once per cycle already found, at its first member: "[A] -> [B] -> [A]".
void report_circular_support(const ArgumentMap& map, const std::vector<SupportCycle>& cycles, std::vector<Diagnostic>& out);

}  // namespace warrant::analysis
