#include "warrant/schemes.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace warrant;

TEST_CASE("the scheme list gives one aligned line per scheme") {
    const std::string list = format_scheme_list();
    CHECK(list.starts_with("expert-opinion         Argument from expert opinion (6 critical questions)\n"));
    CHECK(list.ends_with("commitment             Argument from commitment (3 critical questions)\n"));
    CHECK(std::count(list.begin(), list.end(), '\n') == 10);
}

TEST_CASE("one scheme is shown with premises, conclusion and numbered questions") {
    CHECK(format_scheme(*find_scheme("sign")) ==
          "Argument from sign   {scheme: sign}\n\n"
          "premises:\n"
          "  - Finding A is observed in this situation\n"
          "  - A is generally a sign that B holds\n"
          "conclusion:\n"
          "  B holds in this situation\n\n"
          "critical questions:\n"
          "  CQ1 (correlation): How reliably does the sign A go together with B?\n"
          "  CQ2 (alternatives): Would some other event account for A better than B does?\n\n"
          "Answer a question with a node related to the argument or a premise that says\n"
          "{answers: CQ1} or carries the tag #CQ1.\n");
}
