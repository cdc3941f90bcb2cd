#include "warrant/compare.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

Vertex add_statement(ArgumentMap& map, NodeKind kind, std::string title, std::string text, std::string source = {},
           std::string page = {}) {
    Node node;
    node.kind = kind;
    node.title = std::move(title);
    node.texts.push_back(std::move(text));
    node.source = std::move(source);
    node.page = std::move(page);
    return map.add_node(std::move(node));
}

// The reference: a thesis, a reason with a quotation, an objection. The student paraphrased the
// thesis and the reason in their own titles, gave the quotation a wrong page, left out the
// objection, and wrote a title with markup in it.
Comparison graded_sample() {
    ArgumentMap reference;
    reference.file = "reference.argdown";
    Vertex t = add_statement(reference, NodeKind::Thesis, "Start at nine", "High schools should start at nine.");
    Vertex r = add_statement(reference, NodeKind::Claim, "Biological clock", "Teenagers' body clocks shift later in puberty.");
    Vertex q = add_statement(reference, NodeKind::Evidence, "Melatonin delay", "melatonin is delayed in mid-puberty", "carskadon", "24");
    Vertex o = add_statement(reference, NodeKind::CounterPosition, "Buses", "A later start disrupts bus routes.");
    reference.add_edge(r, t, Edge{EdgeKind::Support, {}});
    reference.add_edge(q, r, Edge{EdgeKind::Support, {}});
    reference.add_edge(o, t, Edge{EdgeKind::Attack, {}});
    ArgumentMap student;
    student.file = "class/anna.argdown";
    Vertex st = add_statement(student, NodeKind::Thesis, "Later <start>", "High schools should start at nine or later.");
    Vertex sr = add_statement(student, NodeKind::Claim, "Teen clocks", "In puberty teenagers' body clocks shift later.");
    Vertex sq = add_statement(student, NodeKind::Evidence, "Melatonin", "melatonin is delayed in mid-puberty", "carskadon", "42");
    student.add_edge(sr, st, Edge{EdgeKind::Support, {}});
    student.add_edge(sq, sr, Edge{EdgeKind::Support, {}});
    Comparison c = compare_maps(student, reference);
    c.findings.push_back({Severity::Warning, "W101", "claim [Teen clocks] is asserted without any support",
                          SourceSpan{"class/anna.argdown", 3, 5, 3, 9}, {"Teen clocks"}, {}});
    return c;
}

}  // namespace

TEST_CASE("the Markdown feedback speaks in the student's titles and quotes what is missing") {
    const std::string page = feedback_markdown(graded_sample());
    CHECK(page.starts_with("# Feedback on anna.argdown\n\n**Your score: "));
    CHECK(page.find("- [Teen clocks] is the essay's [Biological clock]\n") != std::string::npos);
    CHECK(page.find("## What is missing") != std::string::npos);
    CHECK(page.find("  > A later start disrupts bus routes.\n") != std::string::npos);
    CHECK(page.find("[Melatonin] cites carskadon, page 42; the essay cites carskadon, page 24") != std::string::npos);
    CHECK(page.find("[Later \\<start\\>]") != std::string::npos);
}

TEST_CASE("the feedback lists the student's own check findings with their explanation") {
    const std::string page = feedback_markdown(graded_sample());
    const std::size_t at = page.find("- line 3, W101 (warning): claim [Teen clocks] is asserted without any support\n");
    REQUIRE(at != std::string::npos);
    CHECK(page.find("Fix: ", at) != std::string::npos);
}

TEST_CASE("the feedback says how the score was made, part by part") {
    const std::string page = feedback_markdown(graded_sample());
    CHECK(page.find("## How the score was made\n") != std::string::npos);
    CHECK(page.find("- claims: ") != std::string::npos);
    CHECK(page.find("- dialectic: 0.0 of 20.0 points") != std::string::npos);
}

TEST_CASE("the HTML feedback is one self-contained page with every student text escaped") {
    const std::string page = feedback_html(graded_sample());
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    CHECK(page.find("<title>Feedback on anna.argdown</title>") != std::string::npos);
    CHECK(page.find("[Later &lt;start&gt;]") != std::string::npos);
    CHECK(page.find("<start>") == std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("<blockquote>A later start disrupts bus routes.</blockquote>") != std::string::npos);
}

TEST_CASE("feedback file names are the maps' base names, made unique") {
    Comparison a, b, c;
    a.student_file = "p1/anna.argdown";
    b.student_file = "p2/anna.argdown";
    c.student_file = "bo.ad";
    CHECK(feedback_names({a, b, c}) == std::vector<std::string>{"anna", "anna-2", "bo"});
}
