#include "warrant/schemes.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

Vertex add_scheme_node(ArgumentMap& map, NodeKind kind, std::string title, std::map<std::string, std::string> metadata = {},
           std::vector<std::string> tags = {}) {
    Node node;
    node.kind = kind;
    node.title = std::move(title);
    node.metadata = std::move(metadata);
    node.tags = std::move(tags);
    node.span = SourceSpan{"map.argdown", 4, 1, 4, 20};
    return map.add_node(std::move(node));
}

std::vector<std::string> codes(const std::vector<Diagnostic>& findings) {
    std::vector<std::string> out;
    for (const Diagnostic& d : findings) out.push_back(d.code + " " + (d.message.find("CQ") != std::string::npos ? d.message.substr(d.message.find("CQ"), 3) : ""));
    return out;
}

}  // namespace

TEST_CASE("the catalogue holds the ten common Walton schemes with numbered questions") {
    const auto& catalogue = scheme_catalogue();
    REQUIRE(catalogue.size() == 10);
    std::vector<std::string> keys;
    for (const auto& scheme : catalogue) keys.push_back(scheme.key);
    CHECK(keys == std::vector<std::string>{"expert-opinion", "example", "analogy", "sign", "cause-to-effect",
                                           "consequences", "position-to-know", "popular-opinion",
                                           "verbal-classification", "commitment"});
    const ArgumentationScheme& expert = catalogue.front();
    CHECK(expert.name == "Argument from expert opinion");
    CHECK(expert.premises.size() == 2);
    REQUIRE(expert.questions.size() == 6);
    CHECK(expert.questions[1].id == "CQ2");
    CHECK(expert.questions[1].topic == "field");
}

TEST_CASE("a scheme is found by key, by spaced name and by 'argument from' name") {
    REQUIRE(find_scheme("expert-opinion") != nullptr);
    CHECK(find_scheme("Expert Opinion") == find_scheme("expert-opinion"));
    CHECK(find_scheme("argument from expert_opinion") == find_scheme("expert-opinion"));
    CHECK(find_scheme("Cause to Effect")->key == "cause-to-effect");
    CHECK(find_scheme("astrology") == nullptr);
}

TEST_CASE("an argument with a scheme and no answers leaves every critical question as a note") {
    ArgumentMap map;
    add_scheme_node(map, NodeKind::Argument, "Climatologists say so", {{"scheme", "expert-opinion"}});
    std::vector<Diagnostic> findings = critical_question_findings(map);
    REQUIRE(findings.size() == 6);
    CHECK(findings[0].severity == Severity::Note);
    CHECK(findings[0].code == "N210");
    CHECK(findings[0].message ==
          "critical question CQ1 (expertise) of <Climatologists say so> is unanswered: "
          "How credible is E as an expert at all?");
    CHECK(findings[0].span.line == 4);
    CHECK(findings[0].related == std::vector<std::string>{"Climatologists say so"});
}

TEST_CASE("an attack naming a question in metadata answers it") {
    ArgumentMap map;
    Vertex argument = add_scheme_node(map, NodeKind::Argument, "A", {{"scheme", "analogy"}});
    Vertex objection = add_scheme_node(map, NodeKind::CounterPosition, "The cases differ", {{"answers", "CQ1, cq3"}});
    map.add_edge(objection, argument, Edge{EdgeKind::Attack, {}});
    std::vector<SchemeAssessment> assessments = assess_critical_questions(map);
    REQUIRE(assessments.size() == 1);
    REQUIRE(assessments[0].questions.size() == 3);
    CHECK(assessments[0].questions[0].answered_by == std::vector<std::string>{"The cases differ"});
    CHECK(assessments[0].questions[1].answered_by.empty());
    CHECK(assessments[0].questions[2].answered_by == std::vector<std::string>{"The cases differ"});
    CHECK(codes(critical_question_findings(map)) == std::vector<std::string>{"N210 CQ2"});
}

TEST_CASE("an undercut tagged with the question answers it") {
    ArgumentMap map;
    Vertex argument = add_scheme_node(map, NodeKind::Argument, "A", {{"scheme", "sign"}});
    Vertex undercut = add_scheme_node(map, NodeKind::Claim, "Other causes", {}, {"CQ2"});
    map.add_edge(undercut, argument, Edge{EdgeKind::Undercut, {}});
    CHECK(codes(critical_question_findings(map)) == std::vector<std::string>{"N210 CQ1"});
}

TEST_CASE("a relation to one of the argument's premises answers a question too") {
    ArgumentMap map;
    Vertex argument = add_scheme_node(map, NodeKind::Argument, "A", {{"scheme", "popular-opinion"}});
    Vertex premise = add_scheme_node(map, NodeKind::Claim, "Everyone thinks so");
    Vertex poll = add_scheme_node(map, NodeKind::Evidence, "A poll", {{"answers", "CQ1"}});
    map.add_edge(premise, argument, Edge{EdgeKind::PremiseOf, {}});
    map.add_edge(poll, premise, Edge{EdgeKind::Support, {}});
    CHECK(codes(critical_question_findings(map)) == std::vector<std::string>{"N210 CQ2"});
}

TEST_CASE("a node naming a question but unrelated to the argument answers nothing") {
    ArgumentMap map;
    add_scheme_node(map, NodeKind::Argument, "A", {{"scheme", "sign"}});
    add_scheme_node(map, NodeKind::Claim, "Floating", {{"answers", "CQ1"}});
    CHECK(codes(critical_question_findings(map)) == std::vector<std::string>{"N210 CQ1", "N210 CQ2"});
}

TEST_CASE("an unknown scheme is a warning and raises no questions") {
    ArgumentMap map;
    add_scheme_node(map, NodeKind::Argument, "Stars", {{"scheme", "astrology"}});
    std::vector<Diagnostic> findings = critical_question_findings(map);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].severity == Severity::Warning);
    CHECK(findings[0].code == "W190");
    CHECK(findings[0].message == "<Stars> declares the unknown scheme \"astrology\" ('warrant schemes' lists the known ones)");
}

TEST_CASE("AIF's default schemes are known and raise no questions") {
    ArgumentMap map;
    add_scheme_node(map, NodeKind::Argument, "RA", {{"scheme", "Default Inference"}});
    add_scheme_node(map, NodeKind::Argument, "CA", {{"scheme", "Default Conflict"}});
    add_scheme_node(map, NodeKind::Argument, "MA", {{"scheme", "Default Rephrase"}});
    CHECK(critical_question_findings(map).empty());
}

TEST_CASE("an answer naming a question the scheme lacks is a warning") {
    ArgumentMap map;
    Vertex argument = add_scheme_node(map, NodeKind::Argument, "A", {{"scheme", "sign"}});
    Vertex reply = add_scheme_node(map, NodeKind::Claim, "Reply", {{"answers", "CQ1, CQ7"}});
    map.add_edge(reply, argument, Edge{EdgeKind::Attack, {}});
    std::vector<Diagnostic> findings = critical_question_findings(map);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].code == "N210");
    CHECK(findings[1].code == "W191");
    CHECK(findings[1].message == "[Reply] answers CQ7, but scheme sign has 2 critical questions");
    CHECK(findings[1].related == std::vector<std::string>{"A", "Reply"});
}
