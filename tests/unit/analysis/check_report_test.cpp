#include "support/test_maps.hpp"
#include "warrant/schemes.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <sstream>
#include <tuple>

using namespace warrant;
using warrant::test::MapBuilder;

namespace {

LoadResult checked_map() {
    MapBuilder m;
    Vertex t = m.thesis("T");
    m.support(m.evidence("Q", "atwood", ""), t);
    Vertex bare = m.claim("Bare");
    m.support(bare, m.claim("Other"));
    LoadResult loaded;
    loaded.map = m.map;
    loaded.diagnostics.push_back({Severity::Warning, "W010", "unknown kind \"x\" on \"T\"", {"test.argdown", 2, 1, 2, 5}, {"T"}});
    return loaded;
}

}  // namespace

TEST_CASE("a check report folds the load diagnostics in before the analysis findings") {
    CheckReport report = check_loaded(checked_map());
    // [Bare] -> [Other] leads nowhere near [T]: W123.
    CHECK(test::codes(report.findings) == std::vector<std::string>{"W010", "W111", "W101", "W102", "W123"});
    CHECK(report.count(Severity::Warning) == 5);
    CHECK(report.count(Severity::Error) == 0);
    CHECK(report.claims == 3);
    CHECK(report.grounded_claims == 1);
    CHECK(report.claim_grounding ==
          std::vector<std::pair<std::string, bool>>{{"T", true}, {"Bare", false}, {"Other", false}});
}

TEST_CASE("a check report parses back from JSON with code, severity, message, span and related") {
    const auto json = nlohmann::json::parse(check_report_json(check_loaded(checked_map()), true));
    CHECK(json["file"] == "test.argdown");
    REQUIRE(json["findings"].size() == 5);
    const auto& first = json["findings"][1];
    CHECK(first["code"] == "W111");
    CHECK(first["severity"] == "warning");
    CHECK(first["message"] == "evidence [Q] cites 'atwood' without a page");
    CHECK(first["span"] == nlohmann::json{{"file", "test.argdown"}, {"line", 3}, {"column", 1}, {"end_line", 3}, {"end_column", 10}});
    CHECK(first["related"] == nlohmann::json::array({"Q"}));
    CHECK(json["summary"] == nlohmann::json{{"errors", 0}, {"warnings", 5}, {"notes", 0}, {"claims", 3}, {"grounded", 1}});
    CHECK(json["grounding"] == nlohmann::json{{"T", true}, {"Bare", false}, {"Other", false}});
}

TEST_CASE("a JSON report with more findings than one run keeps them all, in order, escaped") {
    CheckReport report;
    report.file = "big.argdown";
    for (int i = 0; i < 3000; ++i)
        report.findings.push_back({Severity::Warning, "W101", "claim [S" + std::to_string(i) + "] says \"x\"\t\xFF",
                                   {"big.argdown", i + 1, 1, i + 1, 5}, {"S" + std::to_string(i)}});
    for (bool pretty : {false, true}) {
        const auto json = nlohmann::json::parse(pretty ? check_reports_json({report}, false) : check_report_json(report, false));
        const auto& findings = pretty ? json["files"][0]["findings"] : json["findings"];
        REQUIRE(findings.size() == 3000);
        for (int i = 0; i < 3000; ++i) {
            CHECK(findings[i]["span"]["line"] == i + 1);
            CHECK(findings[i]["message"] == "claim [S" + std::to_string(i) + "] says \"x\"\t\xEF\xBF\xBD");
        }
        CHECK((pretty ? json["files"][0]["summary"] : json["summary"])["warnings"] == 3000);
    }
    std::ostringstream streamed;
    write_check_report_json(streamed, report, false);
    CHECK(streamed.str() == check_report_json(report, false));
}

TEST_CASE("a single-file JSON report is one line, the multi-file one wraps the files") {
    const CheckReport report = check_loaded(checked_map());
    const std::string line = check_report_json(report, false);
    CHECK(std::count(line.begin(), line.end(), '\n') == 1);
    CHECK_FALSE(nlohmann::json::parse(line).contains("grounding"));
    const auto all = nlohmann::json::parse(check_reports_json({report, report}, false));
    CHECK(all["warrant"] == 1);
    CHECK(all["files"].size() == 2);
    CHECK(all["files"][1]["summary"]["warnings"] == 5);
}

TEST_CASE("an unreadable file gives a report with its I/O error and no analysis") {
    LoadResult loaded = load_file("/nonexistent/map.argdown");
    CheckReport report = check_loaded(loaded);
    CHECK(report.io_failed);
    CHECK(test::codes(report.findings) == std::vector<std::string>{"E000"});
    CHECK(report.claims == 0);
}

TEST_CASE("the checks running side by side give the findings one after another would") {
    // Findings from several checks, many at once: unsupported claims, a cycle, an unanswered
    // counter-position, evidence without a page.
    MapBuilder m;
    Vertex t = m.thesis("T");
    for (int i = 0; i < 5000; ++i) m.support(m.claim("C" + std::to_string(i)), t);  // enough nodes for threads
    Vertex a = m.claim("A"), b = m.claim("B");
    m.support(a, b);
    m.support(b, a);
    m.support(b, t);
    m.attack(m.counter("K"), t);
    m.support(m.evidence("Q", "atwood", ""), a);
    const GroundingResult grounding = compute_grounding(m.map);
    std::vector<Diagnostic> one_by_one;
    check_structure(m.map, one_by_one);
    check_support(m.map, grounding, one_by_one);
    check_circular_support(m.map, one_by_one);
    check_counter_positions(m.map, grounding, one_by_one);
    check_citations(m.map, grounding, one_by_one);
    for (Diagnostic& d : critical_question_findings(m.map)) one_by_one.push_back(std::move(d));
    // What check_map promises: position order, whole-file findings last, ties in check order.
    const auto key = [](const Diagnostic& d) {
        return std::make_tuple(d.span.known() ? d.span.line : INT_MAX, d.span.column, d.code);
    };
    std::stable_sort(one_by_one.begin(), one_by_one.end(), [&](const Diagnostic& x, const Diagnostic& y) { return key(x) < key(y); });
    const std::vector<Diagnostic> together = check_map(m.map, grounding);
    REQUIRE(together.size() == one_by_one.size());
    CHECK(together.size() > 5000);
    for (std::size_t i = 0; i < together.size(); ++i) {
        CHECK(together[i].code == one_by_one[i].code);
        CHECK(together[i].message == one_by_one[i].message);
        CHECK(together[i].related == one_by_one[i].related);
    }
}
