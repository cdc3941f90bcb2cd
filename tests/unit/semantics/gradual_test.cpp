#include "semantics/map_fixture.hpp"
#include "semantics/test_frameworks.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace warrant;
using doctest::Approx;

TEST_CASE("the h-categoriser halves an attacked argument and gives its target two thirds") {
    GradualResult result = h_categoriser(test::letters(3, {{'a', 'b'}, {'b', 'c'}}));
    CHECK(result.converged);
    CHECK(result.strength[0] == Approx(1.0).epsilon(1e-9));
    CHECK(result.strength[1] == Approx(0.5).epsilon(1e-9));
    CHECK(result.strength[2] == Approx(2.0 / 3.0).epsilon(1e-9));
}

TEST_CASE("the h-categoriser gives mutual attackers the golden ratio's conjugate") {
    GradualResult result = h_categoriser(test::letters(2, {{'a', 'b'}, {'b', 'a'}}));
    CHECK(result.converged);
    CHECK(result.strength[0] == Approx((std::sqrt(5.0) - 1) / 2).epsilon(1e-8));
    CHECK(result.strength[1] == Approx((std::sqrt(5.0) - 1) / 2).epsilon(1e-8));
}

TEST_CASE("DF-QuAD weakens a claim whose attack outweighs its support") {
    // A (0.8) attacks C (0.5), B (0.6) supports C: 0.5 - 0.5 * (0.8 - 0.6) = 0.4.
    ArgumentMap map;
    Vertex a = test::statement(map, "A"), b = test::statement(map, "B"), c = test::statement(map, "C");
    map.node(a).metadata["weight"] = "0.8";
    map.node(b).metadata["weight"] = "0.6";
    test::relate(map, a, EdgeKind::Attack, c);
    test::relate(map, b, EdgeKind::Support, c);
    BipolarFramework framework = derive_bipolar_framework(map);
    CHECK(framework.base_score == std::vector<double>{0.8, 0.6, 0.5});
    GradualResult result = df_quad(framework);
    CHECK(result.converged);
    CHECK(result.strength[2] == Approx(0.4).epsilon(1e-12));
}

TEST_CASE("DF-QuAD aggregates two supporters by probabilistic sum") {
    // Two supporters of 0.5 give 1 - 0.5 * 0.5 = 0.75; 0.5 + 0.5 * 0.75 = 0.875.
    ArgumentMap map;
    Vertex p = test::statement(map, "P"), q = test::statement(map, "Q"), c = test::statement(map, "C");
    test::relate(map, p, EdgeKind::Support, c);
    test::relate(map, q, EdgeKind::Entails, c);
    GradualResult result = df_quad(derive_bipolar_framework(map));
    CHECK(result.strength[2] == Approx(0.875).epsilon(1e-12));
}

TEST_CASE("DF-QuAD propagates along a premise-conclusion chain") {
    // P (1.0) -> <Arg> (0.5) -> C (0.5): <Arg> = 0.5 + 0.5 * 1 = 1, C = 0.5 + 0.5 * 1 = 1.
    ArgumentMap map;
    Vertex p = test::statement(map, "P"), c = test::statement(map, "C"), arg = test::argument(map, "Arg");
    map.node(p).metadata["weight"] = "1";
    test::relate(map, p, EdgeKind::PremiseOf, arg);
    test::relate(map, arg, EdgeKind::ConclusionOf, c);
    GradualResult result = df_quad(derive_bipolar_framework(map));
    CHECK(result.strength == std::vector<double>{1.0, 1.0, 1.0});
}

TEST_CASE("an unparsable or out-of-range weight gives the default or the nearest bound") {
    ArgumentMap map;
    map.node(test::statement(map, "A")).metadata["weight"] = "heavy";
    map.node(test::statement(map, "B")).metadata["weight"] = "1.7";
    map.node(test::statement(map, "C")).metadata["weight"] = "-2";
    CHECK(derive_bipolar_framework(map).base_score == std::vector<double>{0.5, 1.0, 0.0});
}
