// Running every check on a map: the findings `warrant check` prints.
#include "analysis/finding.hpp"
#include "warrant/schemes.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

namespace warrant {
namespace {

// Position order, so the findings read top to bottom like the file; whole-file findings last.
// The keys are sorted, not the findings: moving 200k findings through a merge sort cost more
// than finding them.
void sort_by_position(std::vector<Diagnostic>& findings) {
    using Key = std::tuple<int, int, std::string_view, std::size_t>;
    std::vector<Key> keys;
    keys.reserve(findings.size());
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Diagnostic& d = findings[i];
        const int line = d.span.known() ? d.span.line : std::numeric_limits<int>::max();
        keys.emplace_back(line, d.span.column, std::string_view(d.code), i);  // the index keeps it stable
    }
    std::sort(keys.begin(), keys.end());
    std::vector<Diagnostic> sorted;
    sorted.reserve(findings.size());
    for (const Key& key : keys) sorted.push_back(std::move(findings[std::get<3>(key)]));
    findings = std::move(sorted);
}

}  // namespace

std::string display_name(const Node& node) {
    return node.kind == NodeKind::Argument ? "<" + node.title + ">" : "[" + node.title + "]";
}

std::vector<Diagnostic> check_map(const ArgumentMap& map, const GroundingResult& grounding) {
    std::vector<Diagnostic> findings;
    check_structure(map, findings);
    check_support(map, grounding, findings);
    check_circular_support(map, findings);
    check_counter_positions(map, grounding, findings);
    check_citations(map, grounding, findings);
    for (Diagnostic& finding : critical_question_findings(map)) findings.push_back(std::move(finding));
    sort_by_position(findings);
    return findings;
}

CheckReport check_loaded(const LoadResult& loaded) {
    CheckReport report;
    report.file = loaded.map.file;
    report.io_failed = loaded.io_failed;
    report.findings = loaded.diagnostics;
    if (loaded.io_failed) return report;
    const GroundingResult grounding = compute_grounding(loaded.map);
    std::vector<Diagnostic> findings = check_map(loaded.map, grounding);
    report.findings.insert(report.findings.end(), std::make_move_iterator(findings.begin()),
                           std::make_move_iterator(findings.end()));
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
