#include "warrant/compare.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace warrant;

namespace {

// Student "s.argdown" drew A -attack-> B where the reference "r.argdown" has A -support-> B,
// left out claim C and added claim X.
Comparison sample(std::string student_file = "s.argdown") {
    ArgumentMap reference;
    reference.file = "r.argdown";
    Node node;
    node.title = "A";
    Vertex a = reference.add_node(node);
    node.title = "B";
    Vertex b = reference.add_node(node);
    node.title = "C";
    reference.add_node(node);
    reference.add_edge(a, b, Edge{EdgeKind::Support, {}});
    ArgumentMap student;
    student.file = std::move(student_file);
    node.title = "A";
    Vertex sa = student.add_node(node);
    node.title = "B";
    Vertex sb = student.add_node(node);
    node.title = "X";
    student.add_node(node);
    student.add_edge(sa, sb, Edge{EdgeKind::Attack, {}});
    return compare_maps(student, reference);
}

}  // namespace

TEST_CASE("the text report names scores, missing and extra claims and wrong kinds") {
    CHECK(comparison_text({sample()}) ==
          "s.argdown against r.argdown: 33.3 / 100\n"
          "  claims     P 0.67  R 0.67  F1 0.67  (2 matched; 3 drawn, 3 in the reference)\n"
          "  evidence   none in either map (not graded)\n"
          "  relations  P 0.00  R 0.00  F1 0.00  (0 matched; 1 drawn, 1 in the reference)\n"
          "  missing claims:\n"
          "    [C]\n"
          "  extra claims:\n"
          "    [X]\n"
          "  wrong kind:\n"
          "    [A] -support-> [B] drawn as attack\n");
}

TEST_CASE("several students get a ranking table after their blocks") {
    std::string text = comparison_text({sample("anna.argdown"), sample("bo.argdown")});
    CHECK(text.ends_with("student        total  claims  evidence  relations\n"
                         "anna.argdown    33.3    0.67         -       0.00\n"
                         "bo.argdown      33.3    0.67         -       0.00\n"));
}

TEST_CASE("the JSON report holds scores, differences and the weights used") {
    nlohmann::json json = nlohmann::json::parse(comparison_json({sample()}, CompareOptions{}));
    CHECK(json["reference"] == "r.argdown");
    CHECK(json["weights"]["claims"] == 0.4);
    CHECK(json["text_threshold"] == 0.5);
    const nlohmann::json& student = json["students"][0];
    CHECK(student["student"] == "s.argdown");
    CHECK(student["total"] == 33.333);
    CHECK(student["claims"]["f1"] == 0.667);
    CHECK(student["evidence"]["graded"] == false);
    CHECK(student["missing_claims"] == nlohmann::json::array({"C"}));
    CHECK(student["extra_claims"] == nlohmann::json::array({"X"}));
    CHECK(student["wrong_kind"][0] ==
          nlohmann::json{{"from", "A"}, {"to", "B"}, {"kind", "support"}, {"student_kind", "attack"}});
    CHECK(student["matches"].size() == 2);
}

TEST_CASE("the CSV report has a header and one row per student with quoted fields") {
    std::string csv = comparison_csv({sample("class 1, anna.argdown")});
    CHECK(csv ==
          "student,reference,total,claims_precision,claims_recall,claims_f1,evidence_precision,evidence_recall,"
          "evidence_f1,relations_precision,relations_recall,relations_f1,missing_claims,extra_claims,"
          "missing_evidence,extra_evidence,wrong_kind,citation_differences,missing_relations,extra_relations\r\n"
          "\"class 1, anna.argdown\",r.argdown,33.3,0.667,0.667,0.667,1.000,1.000,1.000,0.000,0.000,0.000,"
          "1,1,0,0,1,0,0,0\r\n");
}
