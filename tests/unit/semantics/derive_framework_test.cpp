#include "semantics/map_fixture.hpp"
#include "semantics/test_frameworks.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using test::relate;

namespace {

std::vector<std::pair<std::string, std::string>> attacks_of(const Framework& framework) {
    std::vector<std::pair<std::string, std::string>> attacks;
    for (ArgumentId a = 0; a < framework.size(); ++a)
        for (ArgumentId t : framework.targets(a)) attacks.emplace_back(framework.name(a), framework.name(t));
    return attacks;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("a derived framework has statements and arguments but no sources as arguments") {
    ArgumentMap map;
    Vertex evidence = test::statement(map, "E", NodeKind::Evidence);
    Vertex source = test::statement(map, "atwood", NodeKind::Source);
    test::argument(map, "Arg");
    relate(map, evidence, EdgeKind::Cites, source);
    Framework framework = derive_framework(map);
    CHECK(framework.size() == 2);
    CHECK(framework.name(0) == "E");
    CHECK(framework.name(1) == "Arg");
    CHECK(framework.vertices == std::vector<Vertex>{0, 2});
    CHECK(framework.attack_count() == 0);
}

TEST_CASE("attacks, undercuts and contraries attack one way, contradictories both ways") {
    ArgumentMap map;
    Vertex a = test::statement(map, "A"), b = test::statement(map, "B"), c = test::statement(map, "C");
    Vertex d = test::argument(map, "D");
    relate(map, a, EdgeKind::Attack, b);
    relate(map, b, EdgeKind::Contradictory, c);
    relate(map, c, EdgeKind::Undercut, d);
    relate(map, d, EdgeKind::Contrary, a);
    relate(map, a, EdgeKind::Support, c);
    CHECK(attacks_of(derive_framework(map)) == Pairs{{"A", "B"}, {"B", "C"}, {"C", "B"}, {"C", "D"}, {"D", "A"}});
}

TEST_CASE("an argument that shares its title with a statement is named in angle brackets") {
    ArgumentMap map;
    test::statement(map, "Same");
    test::argument(map, "Same");
    Framework framework = derive_framework(map);
    CHECK(framework.name(0) == "Same");
    CHECK(framework.name(1) == "<Same>");
}

TEST_CASE("bipolar mode adds supported attacks from everything that supports an attacker") {
    // P is a premise of <Arg>, whose conclusion C attacks B: P and <Arg> attack B too.
    ArgumentMap map;
    Vertex p = test::statement(map, "P"), c = test::statement(map, "C"), b = test::statement(map, "B");
    Vertex arg = test::argument(map, "Arg");
    relate(map, p, EdgeKind::PremiseOf, arg);
    relate(map, arg, EdgeKind::ConclusionOf, c);
    relate(map, c, EdgeKind::Attack, b);
    CHECK(attacks_of(derive_framework(map, FrameworkMode::Dung)) == Pairs{{"C", "B"}});
    CHECK(attacks_of(derive_framework(map, FrameworkMode::Bipolar)) == Pairs{{"P", "B"}, {"C", "B"}, {"Arg", "B"}});
}

TEST_CASE("bipolar mode adds secondary attacks on everything the attacked argument supports") {
    // X attacks A; A supports B, and B entails C: X attacks B and C too.
    ArgumentMap map;
    Vertex x = test::statement(map, "X"), a = test::statement(map, "A"), b = test::statement(map, "B");
    Vertex c = test::statement(map, "C");
    relate(map, x, EdgeKind::Attack, a);
    relate(map, a, EdgeKind::Support, b);
    relate(map, b, EdgeKind::Entails, c);
    CHECK(attacks_of(derive_framework(map, FrameworkMode::Bipolar)) == Pairs{{"X", "A"}, {"X", "B"}, {"X", "C"}});
}

TEST_CASE("in a support cycle an argument supports itself, so an attack on one reaches all") {
    ArgumentMap map;
    Vertex x = test::statement(map, "X"), a = test::statement(map, "A"), b = test::statement(map, "B");
    relate(map, a, EdgeKind::Support, b);
    relate(map, b, EdgeKind::Support, a);
    relate(map, x, EdgeKind::Attack, a);
    CHECK(attacks_of(derive_framework(map, FrameworkMode::Bipolar)) == Pairs{{"X", "A"}, {"X", "B"}});
}
