#include "semantics/test_frameworks.hpp"

#include <doctest/doctest.h>

using namespace warrant;

TEST_CASE("a framework lists each argument's attackers and targets") {
    Framework framework = test::letters(3, {{'a', 'b'}, {'c', 'b'}, {'b', 'c'}});
    CHECK(framework.size() == 3);
    CHECK(framework.attack_count() == 3);
    CHECK(std::vector<ArgumentId>(framework.attackers(1).begin(), framework.attackers(1).end()) == std::vector<ArgumentId>{0, 2});
    CHECK(std::vector<ArgumentId>(framework.targets(1).begin(), framework.targets(1).end()) == std::vector<ArgumentId>{2});
    CHECK(framework.attackers(0).empty());
}

TEST_CASE("an unnamed framework names arguments by their 1-based numbers") {
    Framework framework = Framework::from_attacks(3, {{0, 2}});
    CHECK(framework.name(0) == "1");
    CHECK(framework.name(2) == "3");
    CHECK(framework.find("3") == ArgumentId{2});
    CHECK_FALSE(framework.find("0").has_value());
    CHECK_FALSE(framework.find("4").has_value());
    CHECK_FALSE(framework.find("x").has_value());
}

TEST_CASE("a named framework finds arguments by name") {
    Framework framework = test::letters(2, {});
    CHECK(framework.find("b") == ArgumentId{1});
    CHECK_FALSE(framework.find("2").has_value());
}

TEST_CASE("conflict-freeness and admissibility follow Dung's definitions") {
    Framework framework = test::letters(3, {{'a', 'b'}, {'b', 'c'}});
    CHECK(is_conflict_free(framework, {0, 2}));
    CHECK_FALSE(is_conflict_free(framework, {0, 1}));
    CHECK(is_admissible(framework, {0, 2}));
    CHECK_FALSE(is_admissible(framework, {2}));  // nothing defends c against b
    CHECK(is_admissible(framework, {}));
}
