#include "semantics/map_fixture.hpp"
#include "warrant/evaluation.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

// [A] attacks [B], [B] attacks [C]; <Arg> has premise [P] and attacks [A] only in bipolar
// mode, through its premise: [P] supports <Arg>, <Arg> attacks [A].
ArgumentMap small_map() {
    ArgumentMap map;
    Vertex a = test::statement(map, "A"), b = test::statement(map, "B"), c = test::statement(map, "C");
    test::relate(map, a, EdgeKind::Attack, b);
    test::relate(map, b, EdgeKind::Attack, c);
    return map;
}

std::vector<std::string> verdicts(const MapEvaluation& evaluation) {
    std::vector<std::string> all;
    for (const NodeVerdict& node : evaluation.nodes) all.push_back(node.name + "=" + node.verdict);
    return all;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("grounded evaluation labels every node by title") {
    MapEvaluation evaluation = evaluate_map(small_map(), {});
    CHECK(evaluation.error.empty());
    CHECK(verdicts(evaluation) == Strings{"A=IN", "B=OUT", "C=IN"});
    CHECK(evaluation_text(evaluation) ==
          "grounded semantics: 3 arguments, 2 attacks\n  IN         [A]\n  OUT        [B]\n  IN         [C]\n");
}

TEST_CASE("extension semantics give accepted, credulous or rejected and list extensions with --all") {
    ArgumentMap map;
    Vertex a = test::statement(map, "A"), b = test::statement(map, "B"), c = test::statement(map, "C");
    test::relate(map, a, EdgeKind::Contradictory, b);
    test::relate(map, b, EdgeKind::Attack, c);
    EvaluationOptions options;
    options.semantics = "preferred";
    options.all_extensions = true;
    MapEvaluation evaluation = evaluate_map(map, options);
    CHECK(verdicts(evaluation) == Strings{"A=credulous", "B=credulous", "C=credulous"});
    CHECK(evaluation.extensions == std::vector<Strings>{{"A", "C"}, {"B"}});
    options.semantics = "stable";
    test::relate(map, c, EdgeKind::Attack, c);
    CHECK(verdicts(evaluate_map(map, options)) == Strings{"A=rejected", "B=accepted", "C=rejected"});
}

TEST_CASE("stable evaluation without any stable extension says none") {
    ArgumentMap map;
    Vertex a = test::statement(map, "A");
    test::relate(map, a, EdgeKind::Attack, a);
    EvaluationOptions options;
    options.semantics = "stable";
    CHECK(verdicts(evaluate_map(map, options)) == Strings{"A=none"});
}

TEST_CASE("gradual evaluation reports strengths and JSON carries them") {
    EvaluationOptions options;
    options.semantics = "h-categoriser";
    MapEvaluation evaluation = evaluate_map(small_map(), options);
    CHECK(evaluation.gradual);
    CHECK(evaluation.converged);
    CHECK(evaluation_json(evaluation).find("\"title\": \"C\",\n      \"kind\": \"claim\",\n      \"strength\": 0.666666667") !=
          std::string::npos);
}

TEST_CASE("an explanation is attached for a titled node and an unknown title is an error") {
    EvaluationOptions options;
    options.explain = "C";
    MapEvaluation evaluation = evaluate_map(small_map(), options);
    CHECK(evaluation.explanation == Strings{"C is IN because every attacker of it is OUT: B.",
                                            "B is OUT because A attacks it and A is IN.",
                                            "A is IN because nothing attacks A."});
    options.explain = "Nope";
    CHECK(evaluate_map(small_map(), options).error == "no statement or argument titled 'Nope' to explain");
    options.explain.clear();
    options.semantics = "ideal";
    CHECK(evaluate_map(small_map(), options).error == "unknown semantics 'ideal'");
}

TEST_CASE("bipolar evaluation lets a supporter's attack count") {
    // [P] supports [S]; [S] attacks [T]: in bipolar mode [P] attacks [T] as well (no change in
    // labels here), and [X] attacking [P] also attacks [S] (secondary), so [S] goes OUT.
    ArgumentMap map;
    Vertex p = test::statement(map, "P"), s = test::statement(map, "S"), t = test::statement(map, "T");
    Vertex x = test::statement(map, "X");
    test::relate(map, p, EdgeKind::Support, s);
    test::relate(map, s, EdgeKind::Attack, t);
    test::relate(map, x, EdgeKind::Attack, p);
    CHECK(verdicts(evaluate_map(map, {})) == Strings{"P=OUT", "S=IN", "T=OUT", "X=IN"});
    EvaluationOptions options;
    options.bipolar = true;
    CHECK(verdicts(evaluate_map(map, options)) == Strings{"P=OUT", "S=OUT", "T=IN", "X=IN"});
}
