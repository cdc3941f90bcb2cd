#include "support/run_warrant.hpp"

#include "warrant/analysis.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using warrant::testing::run_warrant;

TEST_CASE("warrant explain lists every catalogued code, one a line") {
    auto result = run_warrant({"explain"});
    CHECK(result.exit_code == 0);
    CHECK(static_cast<std::size_t>(std::count(result.out.begin(), result.out.end(), '\n')) == warrant::explanations().size());
    CHECK(result.out.find("W101  warning  unsupported claim\n") != std::string::npos);
    CHECK(result.out.find("E000  error    input cannot be read\n") != std::string::npos);
}

TEST_CASE("warrant explain CODE prints what it means, why it matters, an example and the fix") {
    auto result = run_warrant({"explain", "W103"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == warrant::format_explanation(*warrant::find_explanation("W103")));
    CHECK(result.out.find("Why it matters: ") != std::string::npos);
    CHECK(result.out.find("\nFix: ") != std::string::npos);
}

TEST_CASE("warrant explain of an unknown code exits 2") {
    auto result = run_warrant({"explain", "W999"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "warrant explain: unknown code 'W999' ('warrant explain' lists them)\n");
}
