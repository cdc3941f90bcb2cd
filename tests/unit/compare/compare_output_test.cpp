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

TEST_CASE("the text report names the parts, each deduction with its reason and the matches") {
    CHECK(comparison_text({sample()}) ==
          "s.argdown against r.argdown: 42.8 / 100\n"
          "  claims     44.4 of 66.7  (3 in the reference)\n"
          "  evidence   not graded (the reference has none)\n"
          "  relations  0.0 of 33.3  (1 in the reference)\n"
          "  dialectic  not graded (the reference has none)\n"
          "  deductions:\n"
          "    -22.2 claims: the essay's point [C] is not in the map\n"
          "    -33.3 relations: [A] is drawn attacking [B]; in the essay it is supporting it: a reason read as an "
          "objection\n"
          "    -1.7 extra: 1 of the map's 3 claims are not in the essay's argument\n");
}

TEST_CASE("several students get a ranking table after their blocks") {
    std::string text = comparison_text({sample("anna.argdown"), sample("bo.argdown")});
    CHECK(text.ends_with("student        total  claims  evidence  relations  dialectic\n"
                         "anna.argdown    42.8    44.4         -        0.0          -\n"
                         "bo.argdown      42.8    44.4         -        0.0          -\n"));
}

TEST_CASE("the JSON report holds parts, deductions, differences and the weights used") {
    nlohmann::json json = nlohmann::json::parse(comparison_json({sample()}, CompareOptions{}));
    CHECK(json["reference"] == "r.argdown");
    CHECK(json["weights"]["claims"] == 30);
    CHECK(json["weights"]["dialectic"] == 20);
    const nlohmann::json& student = json["students"][0];
    CHECK(student["student"] == "s.argdown");
    CHECK(student["status"] == "ok");
    CHECK(student["parts"]["claims"]["possible"] == 66.667);
    CHECK(student["parts"].size() == 2);
    CHECK(student["missing_claims"] == nlohmann::json::array({"C"}));
    CHECK(student["extra_claims"] == nlohmann::json::array({"X"}));
    CHECK(student["wrong_kind"][0] ==
          nlohmann::json{{"from", "A"}, {"to", "B"}, {"kind", "support"}, {"student_kind", "attack"}});
    CHECK(student["deductions"][0]["code"] == "missing-claim");
    CHECK(student["matches"].size() == 2);
}

TEST_CASE("the CSV gradebook has a header and one row per student, unreadable ones included") {
    Comparison unreadable;
    unreadable.student_file = "lost.argdown";
    unreadable.reference_file = "r.argdown";
    unreadable.unreadable = true;
    std::string csv = comparison_csv({sample("class 1, anna.argdown"), unreadable});
    CHECK(csv ==
          "student,reference,status,total,claims,evidence,relations,dialectic,syntax_errors,missing_claims,"
          "missing_evidence,citation_differences,wrong_kind,missing_relations,extra_claims,first_error\r\n"
          "\"class 1, anna.argdown\",r.argdown,ok,42.8,44.4,,0.0,,0,1,0,0,1,0,1,\r\n"
          "lost.argdown,r.argdown,unreadable,0.0,,,,,0,0,0,0,0,0,0,could not read the file\r\n");
}
