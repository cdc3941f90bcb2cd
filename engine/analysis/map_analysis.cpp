// MapAnalysis: each analysis of one map computed once, on first use, behind a once_flag, so the
// surfaces that share an analysis (the language server's diagnostics thread and its requests)
// never compute a part twice or see one half made.
#include "warrant/map_analysis.hpp"

#include "analysis/analysis_runs.hpp"
#include "analysis/check_inputs.hpp"

#include <mutex>
#include <system_error>
#include <thread>

namespace warrant {

struct MapAnalysis::Parts {
    Parts(const ArgumentMap& map, const LoadResult* loaded) : map(map), loaded(loaded) {}

    const ArgumentMap& map;
    const LoadResult* loaded;  // null: a map without its load

    std::once_flag grounding_once, cycles_once, schemes_once, report_once, acceptability_once;
    GroundingResult grounding;
    std::vector<SupportCycle> cycles;
    std::vector<SchemeAssessment> schemes;
    CheckReport report;
    std::map<Vertex, Label> acceptability;

    // Chains are asked for one claim at a time (a hover), or for every claim (the report):
    // kept by claim, made under the lock. std::map never moves a value it holds.
    std::mutex chains_mutex;
    std::map<Vertex, SupportChain> chains;
};

MapAnalysis::MapAnalysis(const LoadResult& loaded) : parts_(std::make_unique<Parts>(loaded.map, &loaded)) {}
MapAnalysis::MapAnalysis(const ArgumentMap& map) : parts_(std::make_unique<Parts>(map, nullptr)) {}
MapAnalysis::~MapAnalysis() = default;
MapAnalysis::MapAnalysis(MapAnalysis&&) noexcept = default;
MapAnalysis& MapAnalysis::operator=(MapAnalysis&&) noexcept = default;

const ArgumentMap& MapAnalysis::map() const { return parts_->map; }

const GroundingResult& MapAnalysis::grounding() const {
    std::call_once(parts_->grounding_once, [this] { parts_->grounding = compute_grounding(parts_->map); });
    return parts_->grounding;
}

const std::vector<SupportCycle>& MapAnalysis::cycles() const {
    std::call_once(parts_->cycles_once, [this] { parts_->cycles = find_support_cycles(parts_->map); });
    return parts_->cycles;
}

const std::vector<SchemeAssessment>& MapAnalysis::schemes() const {
    std::call_once(parts_->schemes_once, [this] { parts_->schemes = assess_critical_questions(parts_->map); });
    return parts_->schemes;
}

const CheckReport& MapAnalysis::report() const {
    std::call_once(parts_->report_once, [this] {
        const LoadResult* loaded = parts_->loaded;
        if (loaded && loaded->io_failed) {  // nothing to analyse: the report says why
            parts_->report.file = parts_->map.file;
            parts_->report.io_failed = true;
            parts_->report.findings = loaded->diagnostics;
            return;
        }
        // Computed before the checks fan out and read them; on a large map the cycle search
        // runs beside grounding, as it ran beside the other checks before it was shared.
        {
            std::jthread beside;
            try {
                if (parts_->map.node_count() >= analysis::kNodesWorthThreads) beside = std::jthread([this] { cycles(); });
            } catch (const std::system_error&) {
                // No thread to be had (a process limit): the cycles are found after the rest.
            }
            grounding();
            schemes();
        }
        const analysis::CheckInputs inputs{parts_->map, grounding(), cycles(), schemes()};
        parts_->report = analysis::check_report(loaded, inputs);
    });
    return parts_->report;
}

const SupportChain& MapAnalysis::chain(Vertex claim) const {
    const GroundingResult& grounded = grounding();
    const std::lock_guard lock(parts_->chains_mutex);
    auto found = parts_->chains.find(claim);
    if (found == parts_->chains.end()) found = parts_->chains.emplace(claim, support_chain(parts_->map, claim, grounded)).first;
    return found->second;
}

const std::map<Vertex, Label>& MapAnalysis::acceptability() const {
    std::call_once(parts_->acceptability_once, [this] {
        analysis::count_run(analysis::AnalysisPart::Acceptability);
        const Framework framework = derive_framework(parts_->map);
        parts_->acceptability = acceptability_by_vertex(framework, grounded_labelling(framework));
    });
    return parts_->acceptability;
}

CheckReport check_loaded(const LoadResult& loaded) {
    MapAnalysis analysis(loaded);
    analysis.report();
    return std::move(analysis.parts_->report);  // the analysis ends here: its report moves out whole
}

std::map<Vertex, Label> acceptability_by_vertex(const Framework& framework, const std::vector<Label>& labels) {
    std::map<Vertex, Label> by_vertex;
    for (std::size_t i = 0; i < labels.size() && i < framework.vertices.size(); ++i)
        by_vertex.emplace(framework.vertices[i], labels[i]);
    return by_vertex;
}

}  // namespace warrant
