#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using warrant::testing::run_warrant;

TEST_CASE("warrant schemes lists the catalogue, one scheme per line") {
    auto result = run_warrant({"schemes"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.starts_with("expert-opinion         Argument from expert opinion (6 critical questions)\n"));
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 10);
}

TEST_CASE("warrant schemes NAME shows that scheme's critical questions") {
    auto result = run_warrant({"schemes", "position to know"});
    CHECK(result.exit_code == 0);
    CHECK(result.out.starts_with("Argument from position to know   {scheme: position-to-know}\n"));
    CHECK(result.out.find("  CQ2 (honesty): Is a an honest and reliable source?\n") != std::string::npos);
}

TEST_CASE("warrant schemes with an unknown name exits 2 and lists the known ones") {
    auto result = run_warrant({"schemes", "astrology"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.starts_with("warrant schemes: unknown scheme 'astrology'; known schemes:\nexpert-opinion"));
}
