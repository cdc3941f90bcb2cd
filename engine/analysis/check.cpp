// Running every check on a map: the findings `warrant check` prints.
#include "analysis/disconnected_branches.hpp"
#include "analysis/citation_fixes.hpp"
#include "analysis/finding.hpp"
#include "analysis/source_key_fixes.hpp"
#include "parallel/ordered_fan_out.hpp"
#include "warrant/essay.hpp"
#include "warrant/schemes.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <tuple>

namespace warrant {
namespace {

// The checks, each on its own: given the grounding they read the map and nothing else, so they
// run side by side on every core. Their order here fixes the order of equal-keyed findings.
using Check = void (*)(const ArgumentMap&, const GroundingResult&, std::vector<Diagnostic>&);
constexpr Check kChecks[] = {
    [](const ArgumentMap& map, const GroundingResult&, std::vector<Diagnostic>& out) { check_structure(map, out); },
    [](const ArgumentMap& map, const GroundingResult&, std::vector<Diagnostic>& out) { check_disconnected_branches(map, out); },
    check_unsupported,
    check_ungrounded,
    [](const ArgumentMap& map, const GroundingResult&, std::vector<Diagnostic>& out) { check_circular_support(map, out); },
    check_counter_positions,
    check_citations,
    [](const ArgumentMap& map, const GroundingResult&, std::vector<Diagnostic>& out) {
        for (Diagnostic& finding : critical_question_findings(map)) out.push_back(std::move(finding));
    },
};

std::vector<std::vector<Diagnostic>> run_checks(const ArgumentMap& map, const GroundingResult& grounding) {
    // Below this many nodes the checks take well under a millisecond: a thread would cost more
    // than it saves (a class's batch is thousands of small maps).
    constexpr std::size_t kNodesWorthThreads = 4096;
    std::vector<std::vector<Diagnostic>> parts;
    parallel::fan_out_in_order(
        std::size(kChecks),
        [&](std::size_t i) {
            std::vector<Diagnostic> found;
            kChecks[i](map, grounding, found);
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

// Every check's findings, appended to `out` in position order.
void append_checks(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out) {
    std::vector<std::vector<Diagnostic>> parts = run_checks(map, grounding);
    append_by_position(parts, out);
}

}  // namespace

std::vector<Diagnostic> check_map(const ArgumentMap& map, const GroundingResult& grounding) {
    std::vector<Diagnostic> findings;
    append_checks(map, grounding, findings);
    return findings;
}

CheckReport check_loaded(const LoadResult& loaded) {
    CheckReport report;
    report.file = loaded.map.file;
    report.io_failed = loaded.io_failed;
    report.findings = loaded.diagnostics;
    if (loaded.io_failed) return report;
    const GroundingResult grounding = compute_grounding(loaded.map);
    append_checks(loaded.map, grounding, report.findings);
    add_source_key_fixes(loaded.source_text, report.findings);
    analysis::add_citation_fixes(loaded.source_text, report.findings);
    if (is_drafted_essay(loaded)) word_findings_for_essay(loaded, report.findings);
    report.claims = grounding.claims;
    report.grounded_claims = grounding.grounded_claims;
    for (Vertex v = 0; v < loaded.map.node_count(); ++v)
        if (analysis::is_claim_or_thesis(loaded.map.node(v).kind))
            report.claim_grounding.emplace_back(loaded.map.node(v).title, grounding.is_grounded(v));
    return report;
}

std::size_t CheckReport::count(Severity severity) const {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                  [severity](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace warrant
