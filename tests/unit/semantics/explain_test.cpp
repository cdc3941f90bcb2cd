#include "semantics/test_frameworks.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using Sentences = std::vector<std::string>;

TEST_CASE("an IN argument is explained by its OUT attackers and what defeats them") {
    Framework chain = test::letters(3, {{'a', 'b'}, {'b', 'c'}});
    CHECK(explain_grounded(chain, 2) == Sentences{
        "c is IN because every attacker of it is OUT: b.",
        "b is OUT because a attacks it and a is IN.",
        "a is IN because nothing attacks a.",
    });
}

TEST_CASE("an OUT argument is explained by the IN attacker that defeated it first") {
    // d is attacked by c (IN late, reinstated) and by e (IN at once): e is named.
    Framework framework = test::letters(5, {{'a', 'b'}, {'b', 'c'}, {'c', 'd'}, {'e', 'd'}});
    CHECK(explain_grounded(framework, 3) == Sentences{
        "d is OUT because e attacks it and e is IN.",
        "e is IN because nothing attacks e.",
    });
}

TEST_CASE("an UNDEC argument is explained around its cycle once") {
    Framework cycle = test::letters(2, {{'a', 'b'}, {'b', 'a'}});
    CHECK(explain_grounded(cycle, 0) == Sentences{
        "a is UNDEC because b attacks it and b is UNDEC: no attacker of it is IN, and not all are OUT.",
        "b is UNDEC because a attacks it and a is UNDEC: no attacker of it is IN, and not all are OUT.",
    });
    Framework self = test::letters(1, {{'a', 'a'}});
    CHECK(explain_grounded(self, 0) == Sentences{
        "a is UNDEC because a attacks itself: no attacker of it is IN, and not all are OUT.",
    });
}

TEST_CASE("explanations stop at the depth bound") {
    Framework chain = test::letters(6, {{'a', 'b'}, {'b', 'c'}, {'c', 'd'}, {'d', 'e'}, {'e', 'f'}});
    CHECK(explain_grounded(chain, 5, 1).size() == 2);
    CHECK(explain_grounded(chain, 5, 10).size() == 6);
}
