// Every surface computes a map's analyses once: check, the pipeline's check over files, the
// report, the status view and the language server, counted on the essay's own map.
#include "analysis/analysis_runs.hpp"
#include "lsp/document_analysis.hpp"
#include "lsp/features.hpp"
#include "support/source_tree.hpp"
#include "warrant/batch.hpp"
#include "warrant/compare.hpp"
#include "warrant/map_analysis.hpp"
#include "warrant/render.hpp"
#include "warrant/report.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <thread>
#include <vector>

using namespace warrant;
using analysis::AnalysisRuns;

namespace {

const std::string& essay_path() {
    static const std::string path = testing::source_dir() + "/graphs/ustopia.argdown";
    return path;
}

std::string essay_text() {
    std::ifstream in(essay_path());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The runs `surface` made, each part counted apart.
template <typename Surface>
AnalysisRuns runs_of(Surface&& surface) {
    const AnalysisRuns before = analysis::analysis_runs();
    surface();
    const AnalysisRuns after = analysis::analysis_runs();
    return {after.grounding - before.grounding, after.cycles - before.cycles, after.schemes - before.schemes,
            after.checks - before.checks,       after.chains - before.chains, after.acceptability - before.acceptability};
}

std::size_t nodes_of_kind(const ArgumentMap& map, std::initializer_list<NodeKind> kinds) {
    std::size_t count = 0;
    for (Vertex v = 0; v < map.node_count(); ++v)
        count += std::find(kinds.begin(), kinds.end(), map.node(v).kind) != kinds.end();
    return count;
}

std::size_t chained_nodes(const ArgumentMap& map) {
    return nodes_of_kind(map, {NodeKind::Thesis, NodeKind::Claim, NodeKind::CounterPosition});
}

Vertex first_thesis(const ArgumentMap& map) {
    for (Vertex v = 0; v < map.node_count(); ++v)
        if (map.node(v).kind == NodeKind::Thesis) return v;
    return 0;
}

}  // namespace

TEST_CASE("check analyses the map once: one grounding, one cycle search, one scheme assessment, one run of the checks") {
    const LoadResult loaded = load_file(essay_path());
    REQUIRE_FALSE(loaded.has_errors());
    CheckReport report;
    const AnalysisRuns runs = runs_of([&] { report = check_loaded(loaded); });
    CHECK(runs.grounding == 1);
    CHECK(runs.cycles == 1);
    CHECK(runs.schemes == 1);
    CHECK(runs.checks == 1);
    CHECK(runs.chains == 0);
    CHECK(runs.acceptability == 0);
    CHECK(report.claims == 67);  // as the golden check output says
}

TEST_CASE("check over files analyses each map once") {
    CheckOptions options;
    options.jobs = 2;
    CheckRun run;
    const AnalysisRuns runs = runs_of([&] { run = check_files({essay_path(), essay_path()}, options); });
    REQUIRE(run.reports.size() == 2);
    CHECK(runs.grounding == 2);
    CHECK(runs.cycles == 2);
    CHECK(runs.schemes == 2);
    CHECK(runs.checks == 2);
}

TEST_CASE("the report reads one analysis: grounding and cycles once (not once for the checks and again for the page), a chain per claim") {
    const LoadResult loaded = load_file(essay_path());
    const AnalysisRuns runs = runs_of([&] { (void)report_inputs(loaded); });
    CHECK(runs.grounding == 1);
    CHECK(runs.cycles == 1);
    CHECK(runs.schemes == 1);
    CHECK(runs.checks == 1);
    CHECK(runs.chains == chained_nodes(loaded.map));
    CHECK(chained_nodes(loaded.map) == 74);
}

TEST_CASE("the status view computes grounding, cycles and acceptability once, and no checks") {
    const LoadResult loaded = load_file(essay_path());
    RenderOptions options;
    options.view = RenderView::Status;
    const AnalysisRuns runs = runs_of([&] { add_status_view_inputs(MapAnalysis(loaded), options); });
    CHECK(runs.grounding == 1);
    CHECK(runs.cycles == 1);
    CHECK(runs.acceptability == 1);
    CHECK(runs.checks == 0);
    CHECK(runs.schemes == 0);
    CHECK(options.status.size() == loaded.map.node_count() - nodes_of_kind(loaded.map, {NodeKind::Source}));

    RenderOptions other;  // another view asks for nothing
    CHECK(runs_of([&] { add_status_view_inputs(MapAnalysis(loaded), other); }).grounding == 0);
}

TEST_CASE("the language server analyses a document once, and hovering the same claim twice makes its chain once") {
    std::shared_ptr<const lsp::DocumentAnalysis> document;
    std::optional<lsp::HoverInfo> first, second;
    const AnalysisRuns runs = runs_of([&] {
        document = lsp::analyse_document(essay_text(), essay_path(), 1);
        const lsp::RequestContext context{*document, "file://" + essay_path()};
        const lsp::NameOccurrence* claim = nullptr;
        for (const lsp::NameOccurrence& occurrence : document->occurrences) {
            const std::optional<Vertex> v = lsp::node_named(document->loaded.map, occurrence);
            if (v && document->loaded.map.node(*v).kind == NodeKind::Claim) {
                claim = &occurrence;
                break;
            }
        }
        REQUIRE(claim != nullptr);
        first = lsp::hover_info(context, claim->begin);
        second = lsp::hover_info(context, claim->begin);
    });
    CHECK(runs.grounding == 1);
    CHECK(runs.cycles == 1);
    CHECK(runs.schemes == 1);
    CHECK(runs.checks == 1);
    CHECK(runs.chains == 1);
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->markdown == second->markdown);
    CHECK(first->markdown.find("\n\ndepth ") != std::string::npos);  // the chain's summary, read from its fields
}

TEST_CASE("compare checks each student's map once, through the same analysis as check") {
    const std::string sleep = testing::source_dir() + "/tests/data/class/sleep/";
    const LoadResult reference = load_file(sleep + "reference.argdown");
    std::vector<LoadResult> students;
    for (const char* name : {"ana.argdown", "ben.argdown", "chloe.argdown"}) students.push_back(load_file(sleep + name));
    std::vector<Comparison> comparisons;
    const AnalysisRuns runs = runs_of([&] { comparisons = compare_class(students, reference.map); });
    REQUIRE(comparisons.size() == 3);
    CHECK(runs.checks == 3);
    CHECK(runs.grounding == 3);
    CHECK(runs.cycles == 3);
    CHECK(runs.schemes == 3);
    CHECK(comparisons[0].findings.size() == check_loaded(students[0]).findings.size());
}

TEST_CASE("threads that ask one analysis for the same parts at once share one computation") {
    const LoadResult loaded = load_file(essay_path());
    const MapAnalysis analysis(loaded);
    const Vertex thesis = first_thesis(loaded.map);
    const AnalysisRuns runs = runs_of([&] {
        std::vector<std::jthread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                (void)analysis.report();
                (void)analysis.chain(thesis);
                (void)analysis.acceptability();
            });
    });
    CHECK(runs.grounding == 1);
    CHECK(runs.checks == 1);
    CHECK(runs.chains == 1);
    CHECK(runs.acceptability == 1);
    CHECK(&analysis.chain(thesis) == &analysis.chain(thesis));
}
