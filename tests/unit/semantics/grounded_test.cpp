#include "semantics/test_frameworks.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using test::Names;

TEST_CASE("grounded semantics reinstates every second argument of a chain") {
    Framework chain = test::letters(4, {{'a', 'b'}, {'b', 'c'}, {'c', 'd'}});
    CHECK(grounded_labelling(chain) == std::vector<Label>{Label::In, Label::Out, Label::In, Label::Out});
    CHECK(test::names_of(chain, grounded_extension(chain)) == Names{"a", "c"});
}

TEST_CASE("grounded semantics leaves the Nixon diamond undecided") {
    Framework nixon = test::letters(2, {{'a', 'b'}, {'b', 'a'}});
    CHECK(grounded_labelling(nixon) == std::vector<Label>{Label::Undec, Label::Undec});
}

TEST_CASE("a self-attacking argument is undecided and so is what it alone attacks") {
    Framework framework = test::letters(3, {{'a', 'a'}, {'a', 'b'}, {'c', 'b'}});
    CHECK(grounded_labelling(framework) == std::vector<Label>{Label::Undec, Label::Out, Label::In});
}

TEST_CASE("an argument attacked from an odd cycle is undecided, one attacked by an unattacked argument is out") {
    Framework framework = test::letters(5, {{'a', 'b'}, {'b', 'c'}, {'c', 'a'}, {'c', 'd'}, {'e', 'd'}});
    CHECK(grounded_labelling(framework) ==
          std::vector<Label>{Label::Undec, Label::Undec, Label::Undec, Label::Out, Label::In});
}

TEST_CASE("labels print as IN, OUT and UNDEC") {
    CHECK(to_string(Label::In) == "IN");
    CHECK(to_string(Label::Out) == "OUT");
    CHECK(to_string(Label::Undec) == "UNDEC");
}

TEST_CASE("semantics are named in lower case with a hyphen") {
    CHECK(to_string(Semantics::SemiStable) == "semi-stable");
    CHECK(semantics_from_string("preferred") == Semantics::Preferred);
    CHECK_FALSE(semantics_from_string("ideal").has_value());
}
