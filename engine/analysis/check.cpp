// Running every check on a map: the findings `warrant check` prints.
#include "analysis/analysis_runs.hpp"
#include "analysis/check_inputs.hpp"
#include "analysis/citation_fixes.hpp"
#include "analysis/disconnected_branches.hpp"
#include "analysis/finding.hpp"
#include "analysis/source_key_fixes.hpp"
#include "parallel/ordered_fan_out.hpp"
#include "warrant/schemes.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <tuple>

namespace warrant {
namespace analysis {
namespace {

// The checks, each on its own: given the analyses computed before them they read the map and
// nothing else, so they run side by side on every core. Their order here fixes the order of
// equal-keyed findings.
using Check = void (*)(const CheckInputs&, std::vector<Diagnostic>&);
constexpr Check kChecks[] = {
    [](const CheckInputs& in, std::vector<Diagnostic>& out) { check_structure(in.map, out); },
    [](const CheckInputs& in, std::vector<Diagnostic>& out) { check_disconnected_branches(in.map, out); },
    [](const CheckInputs& in, std::vector<Diagnostic>& out) { check_unsupported(in.map, in.grounding, out); },
    [](const CheckInputs& in, std::vector<Diagnostic>& out) { check_ungrounded(in.map, in.grounding, out); },
    [](const CheckInputs& in, std::vector<Diagnostic>& out) { report_circular_support(in.map, in.cycles, out); },
    [](const CheckInputs& in, std::vector<Diagnostic>& out) { check_counter_positions(in.map, in.grounding, out); },
    [](const CheckInputs& in, std::vector<Diagnostic>& out) { check_citations(in.map, in.grounding, out); },
    [](const CheckInputs& in, std::vector<Diagnostic>& out) {
        for (Diagnostic& finding : critical_question_findings(in.schemes, in.map)) out.push_back(std::move(finding));
    },
};

std::vector<std::vector<Diagnostic>> run_checks(const CheckInputs& inputs) {
    const ArgumentMap& map = inputs.map;
    std::vector<std::vector<Diagnostic>> parts;
    parallel::fan_out_in_order(
        std::size(kChecks),
        [&](std::size_t i) {
            std::vector<Diagnostic> found;
            kChecks[i](inputs, found);
            return found;
        },
        [&](std::vector<Diagnostic>&& found) { parts.push_back(std::move(found)); },
        map.node_count() >= kNodesWorthThreads ? parallel::available_threads() : 1);
    return parts;
}

// Appends the checks' findings to `out` in position order, so they read top to bottom like the
// file; whole-file findings last; ties in check order. The keys are sorted, not the findings,
// and each finding moves once: moving 200k findings through a merge sort cost more than
// finding them.
void append_by_position(std::vector<std::vector<Diagnostic>>& parts, std::vector<Diagnostic>& out) {
    using Key = std::tuple<int, int, std::string_view, std::uint32_t, std::uint32_t>;  // ..., part, index
    std::vector<Key> keys;
    for (std::uint32_t part = 0; part < parts.size(); ++part) {
        for (std::uint32_t i = 0; i < parts[part].size(); ++i) {
            const Diagnostic& d = parts[part][i];
            const int line = d.span.known() ? d.span.line : std::numeric_limits<int>::max();
            keys.emplace_back(line, d.span.column, std::string_view(d.code), part, i);
        }
    }
    std::sort(keys.begin(), keys.end());
    out.reserve(out.size() + keys.size());
    for (const auto& [line, column, code, part, i] : keys) out.push_back(std::move(parts[part][i]));
}

}  // namespace

void append_checks(const CheckInputs& inputs, std::vector<Diagnostic>& out) {
    count_run(AnalysisPart::Checks);
    std::vector<std::vector<Diagnostic>> parts = run_checks(inputs);
    append_by_position(parts, out);
}

CheckReport check_report(const LoadResult* loaded, const CheckInputs& inputs) {
    const ArgumentMap& map = inputs.map;
    CheckReport report;
    report.file = map.file;
    if (loaded) report.findings = loaded->diagnostics;
    append_checks(inputs, report.findings);
    if (loaded) {
        add_source_key_fixes(loaded->source_text, report.findings);
        add_citation_fixes(loaded->source_text, report.findings);
    }
    report.claims = inputs.grounding.claims;
    report.grounded_claims = inputs.grounding.grounded_claims;
    for (Vertex v = 0; v < map.node_count(); ++v)
        if (is_claim_or_thesis(map.node(v).kind))
            report.claim_grounding.emplace_back(map.node(v).title, inputs.grounding.is_grounded(v));
    return report;
}

}  // namespace analysis

std::vector<Diagnostic> check_map(const ArgumentMap& map, const GroundingResult& grounding) {
    std::vector<Diagnostic> findings;
    const std::vector<SupportCycle> cycles = find_support_cycles(map);
    const std::vector<SchemeAssessment> schemes = assess_critical_questions(map);
    analysis::append_checks({map, grounding, cycles, schemes}, findings);
    return findings;
}

std::size_t CheckReport::count(Severity severity) const {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                  [severity](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace warrant
