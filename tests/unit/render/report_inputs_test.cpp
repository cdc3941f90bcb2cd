#include "warrant/report.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

const char* const kReportMap = R"(===
title: A week on utopias
===

[Utopia]: Every utopia hides a dystopia. #thesis
  + [Control]: Perfection needs control.
    + [Quote]: "Scratch a utopia." {source: atwood, page: "66"}
  + [Bare]: Nobody backs this claim.
)";

}  // namespace

TEST_CASE("report inputs carry the checks' findings, their explanations, grounding, chains and the drawing") {
    const LoadResult loaded = parse_argdown(kReportMap, "week.argdown");
    const ReportInputs inputs = report_inputs(loaded, ReportOptions{"Week 3"});
    CHECK(inputs.map == &loaded.map);
    CHECK(inputs.title == "Week 3");
    const Vertex bare = *loaded.map.find("Bare");
    bool bare_unsupported = false;
    for (const Diagnostic& d : inputs.findings) bare_unsupported = bare_unsupported || (d.code == "W101" && d.related == std::vector<std::string>{"Bare"});
    CHECK(bare_unsupported);
    CHECK(inputs.explanations.count("W101") == 1);
    CHECK(inputs.grounded == std::map<std::string, bool>{{"Bare", false}, {"Control", true}, {"Utopia", true}});
    CHECK(inputs.chains.size() == 3);
    CHECK(inputs.chains.at(*loaded.map.find("Utopia")).steps.size() == 4);
    CHECK(inputs.chains.at(bare).grounded == false);
    CHECK(inputs.svg.find("<title>n" + std::to_string(bare) + "</title>") != std::string::npos);
    CHECK(inputs.status.at(bare) == NodeStatus::Unsupported);
    CHECK(inputs.notes.empty());
}

TEST_CASE("report inputs of a map larger than the report draws have no drawing and a note saying why") {
    std::string text;
    for (std::size_t i = 0; i <= kReportDrawLimit; ++i) text += "[C" + std::to_string(i) + "]: claim.\n\n";
    const LoadResult loaded = parse_argdown(text, "large.argdown");
    const ReportInputs inputs = report_inputs(loaded);
    CHECK(inputs.svg.empty());
    CHECK(inputs.notes == std::vector<std::string>{"the map has 1501 nodes, more than the report draws (1500); the page leads to them "
                                                   "by search, filters and its node list"});
}
