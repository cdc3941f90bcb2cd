#include "support/test_maps.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace warrant;
using warrant::test::MapBuilder;

namespace {

LoadResult loaded_map() {
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
    CheckReport report = check_loaded(loaded_map());
    CHECK(test::codes(report.findings) == std::vector<std::string>{"W010", "W111", "W101", "W102"});
    CHECK(report.count(Severity::Warning) == 4);
    CHECK(report.count(Severity::Error) == 0);
    CHECK(report.claims == 3);
    CHECK(report.grounded_claims == 1);
    CHECK(report.claim_grounding ==
          std::vector<std::pair<std::string, bool>>{{"T", true}, {"Bare", false}, {"Other", false}});
}

TEST_CASE("a check report parses back from JSON with code, severity, message, span and related") {
    const auto json = nlohmann::json::parse(check_report_json(check_loaded(loaded_map()), true));
    CHECK(json["file"] == "test.argdown");
    REQUIRE(json["findings"].size() == 4);
    const auto& first = json["findings"][1];
    CHECK(first["code"] == "W111");
    CHECK(first["severity"] == "warning");
    CHECK(first["message"] == "evidence [Q] cites 'atwood' without a page");
    CHECK(first["span"] == nlohmann::json{{"file", "test.argdown"}, {"line", 3}, {"column", 1}, {"end_line", 3}, {"end_column", 10}});
    CHECK(first["related"] == nlohmann::json::array({"Q"}));
    CHECK(json["summary"] == nlohmann::json{{"errors", 0}, {"warnings", 4}, {"notes", 0}, {"claims", 3}, {"grounded", 1}});
    CHECK(json["grounding"] == nlohmann::json{{"T", true}, {"Bare", false}, {"Other", false}});
}

TEST_CASE("a single-file JSON report is one line, the multi-file one wraps the files") {
    const CheckReport report = check_loaded(loaded_map());
    const std::string line = check_report_json(report, false);
    CHECK(std::count(line.begin(), line.end(), '\n') == 1);
    CHECK_FALSE(nlohmann::json::parse(line).contains("grounding"));
    const auto all = nlohmann::json::parse(check_reports_json({report, report}, false));
    CHECK(all["warrant"] == 1);
    CHECK(all["files"].size() == 2);
    CHECK(all["files"][1]["summary"]["warnings"] == 4);
}

TEST_CASE("an unreadable file gives a report with its I/O error and no analysis") {
    LoadResult loaded = load_file("/nonexistent/map.argdown");
    CheckReport report = check_loaded(loaded);
    CHECK(report.io_failed);
    CHECK(test::codes(report.findings) == std::vector<std::string>{"E000"});
    CHECK(report.claims == 0);
}
