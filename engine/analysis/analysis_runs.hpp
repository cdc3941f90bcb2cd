// How many times each analysis has run in this process (private to the engine): what the tests
// read to show that every surface analyses a map once. A relaxed atomic add per run; the
// grounding passes a support chain makes to find its weakest links are not counted, they are
// part of the chain.
#pragma once

#include <atomic>
#include <cstddef>

namespace warrant::analysis {

struct AnalysisRuns {
    std::size_t grounding = 0;      // compute_grounding() of a whole map
    std::size_t cycles = 0;         // find_support_cycles()
    std::size_t schemes = 0;        // assess_critical_questions()
    std::size_t checks = 0;         // every check of a map, run together
    std::size_t chains = 0;         // support_chain(), one per claim
    std::size_t acceptability = 0;  // the grounded labelling of a map's framework
};

enum class AnalysisPart { Grounding, Cycles, Schemes, Checks, Chains, Acceptability };

void count_run(AnalysisPart part);
// The counts so far; a test subtracts the counts before from the counts after.
AnalysisRuns analysis_runs();

}  // namespace warrant::analysis
