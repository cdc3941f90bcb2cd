#include "analysis/analysis_runs.hpp"

namespace warrant::analysis {
namespace {

constexpr std::size_t kParts = 6;
std::atomic<std::size_t> runs[kParts];

}  // namespace

void count_run(AnalysisPart part) { runs[static_cast<std::size_t>(part)].fetch_add(1, std::memory_order_relaxed); }

AnalysisRuns analysis_runs() {
    const auto count = [](AnalysisPart part) { return runs[static_cast<std::size_t>(part)].load(std::memory_order_relaxed); };
    return {count(AnalysisPart::Grounding), count(AnalysisPart::Cycles), count(AnalysisPart::Schemes),
            count(AnalysisPart::Checks),    count(AnalysisPart::Chains), count(AnalysisPart::Acceptability)};
}

}  // namespace warrant::analysis
