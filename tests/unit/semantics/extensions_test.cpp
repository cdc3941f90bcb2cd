#include "semantics/test_frameworks.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using test::Names;
using Extensions = std::vector<Names>;

TEST_CASE("the Nixon diamond has two preferred and stable extensions and three complete ones") {
    Framework nixon = test::letters(2, {{'a', 'b'}, {'b', 'a'}});
    CHECK(test::all_extensions(nixon, Semantics::Complete) == Extensions{{}, {"a"}, {"b"}});
    CHECK(test::all_extensions(nixon, Semantics::Preferred) == Extensions{{"a"}, {"b"}});
    CHECK(test::all_extensions(nixon, Semantics::Stable) == Extensions{{"a"}, {"b"}});
    CHECK(test::all_extensions(nixon, Semantics::SemiStable) == Extensions{{"a"}, {"b"}});
    CHECK(test::all_extensions(nixon, Semantics::Grounded) == Extensions{{}});
}

TEST_CASE("an odd cycle has no stable extension and only the empty preferred one") {
    Framework cycle = test::letters(3, {{'a', 'b'}, {'b', 'c'}, {'c', 'a'}});
    CHECK(test::all_extensions(cycle, Semantics::Stable).empty());
    CHECK_FALSE(find_extension(cycle, Semantics::Stable).has_value());
    CHECK(test::all_extensions(cycle, Semantics::Preferred) == Extensions{{}});
    CHECK(test::all_extensions(cycle, Semantics::SemiStable) == Extensions{{}});
}

TEST_CASE("an even cycle of four splits into two stable extensions") {
    Framework cycle = test::letters(4, {{'a', 'b'}, {'b', 'c'}, {'c', 'd'}, {'d', 'a'}});
    CHECK(test::all_extensions(cycle, Semantics::Preferred) == Extensions{{"a", "c"}, {"b", "d"}});
    CHECK(test::all_extensions(cycle, Semantics::Stable) == Extensions{{"a", "c"}, {"b", "d"}});
}

TEST_CASE("a self-attacking argument is in no extension and blocks stability") {
    Framework framework = test::letters(2, {{'a', 'a'}, {'a', 'b'}});
    CHECK(test::all_extensions(framework, Semantics::Preferred) == Extensions{{}});
    CHECK(test::all_extensions(framework, Semantics::Stable).empty());
}

TEST_CASE("floating reinstatement: d is in every preferred extension but not in the grounded one") {
    Framework floating = test::letters(4, {{'a', 'b'}, {'b', 'a'}, {'a', 'c'}, {'b', 'c'}, {'c', 'd'}});
    CHECK(test::all_extensions(floating, Semantics::Preferred) == Extensions{{"a", "d"}, {"b", "d"}});
    CHECK(test::all_extensions(floating, Semantics::Grounded) == Extensions{{}});
    CHECK(sceptically_accepted(floating, Semantics::Preferred, 3));
    CHECK_FALSE(sceptically_accepted(floating, Semantics::Grounded, 3));
}

TEST_CASE("semi-stable semantics prefers the extension with the larger range when no stable one exists") {
    // a <-> b, b attacks the self-attacker c, and an unattacked odd cycle d -> e -> f -> d.
    Framework framework = test::letters(6, {{'a', 'b'}, {'b', 'a'}, {'b', 'c'}, {'c', 'c'},
                                            {'d', 'e'}, {'e', 'f'}, {'f', 'd'}});
    CHECK(test::all_extensions(framework, Semantics::Stable).empty());
    CHECK(test::all_extensions(framework, Semantics::Preferred) == Extensions{{"a"}, {"b"}});
    CHECK(test::all_extensions(framework, Semantics::SemiStable) == Extensions{{"b"}});
    CHECK(test::names_of(framework, *find_extension(framework, Semantics::SemiStable)) == Names{"b"});
}

TEST_CASE("Dung's example 1995: the grounded extension of an acyclic framework is its only extension") {
    // Dung (1995), Example 3-4 shape: a attacks b, b attacks c; {a, c} under every semantics.
    Framework framework = test::letters(3, {{'a', 'b'}, {'b', 'c'}});
    for (Semantics semantics : {Semantics::Grounded, Semantics::Complete, Semantics::Preferred, Semantics::Stable,
                                Semantics::SemiStable})
        CHECK(test::all_extensions(framework, semantics) == Extensions{{"a", "c"}});
}

TEST_CASE("enumeration stops at the limit") {
    Framework pairs = test::letters(6, {{'a', 'b'}, {'b', 'a'}, {'c', 'd'}, {'d', 'c'}, {'e', 'f'}, {'f', 'e'}});
    CHECK(enumerate_extensions(pairs, Semantics::Preferred).size() == 8);
    CHECK(enumerate_extensions(pairs, Semantics::Preferred, 3).size() == 3);
    CHECK(enumerate_extensions(pairs, Semantics::Complete).size() == 27);
}

TEST_CASE("credulous and sceptical acceptance differ on the Nixon diamond") {
    Framework nixon = test::letters(2, {{'a', 'b'}, {'b', 'a'}});
    for (Semantics semantics : {Semantics::Complete, Semantics::Preferred, Semantics::Stable, Semantics::SemiStable}) {
        CHECK(credulously_accepted(nixon, semantics, 0));
        CHECK_FALSE(sceptically_accepted(nixon, semantics, 0));
    }
    CHECK_FALSE(credulously_accepted(nixon, Semantics::Grounded, 0));
}

TEST_CASE("without stable extensions every argument is sceptically and none credulously stable-accepted") {
    Framework cycle = test::letters(3, {{'a', 'b'}, {'b', 'c'}, {'c', 'a'}});
    CHECK(sceptically_accepted(cycle, Semantics::Stable, 0));
    CHECK_FALSE(credulously_accepted(cycle, Semantics::Stable, 0));
}
