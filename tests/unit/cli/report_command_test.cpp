#include "support/run_warrant.hpp"

#include <doctest/doctest.h>

using warrant::testing::run_warrant;

TEST_CASE("report of a missing file is an I/O error with exit code 2") {
    auto result = run_warrant({"report", "/nonexistent/map.argdown", "-o", "/tmp/never.html"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("error[E000]") != std::string::npos);
}
