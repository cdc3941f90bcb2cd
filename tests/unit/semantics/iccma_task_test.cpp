#include "semantics/test_frameworks.hpp"
#include "warrant/iccma.hpp"

#include <doctest/doctest.h>

using namespace warrant;

TEST_CASE("ICCMA task names parse into problem and semantics and print back") {
    std::optional<IccmaTask> task = parse_iccma_task("DS-SST");
    REQUIRE(task.has_value());
    CHECK(task->problem == IccmaProblem::DS);
    CHECK(task->semantics == Semantics::SemiStable);
    CHECK(to_string(*task) == "DS-SST");
    CHECK_FALSE(parse_iccma_task("EE-PR").has_value());
    CHECK_FALSE(parse_iccma_task("SE-XX").has_value());
    CHECK_FALSE(parse_iccma_task("SEPR").has_value());
}

TEST_CASE("fifteen ICCMA tasks are supported") {
    std::vector<std::string> tasks = supported_iccma_tasks();
    CHECK(tasks.size() == 15);
    CHECK(tasks.front() == "DC-CO");
    CHECK(tasks.back() == "SE-SST");
}

TEST_CASE("ICCMA answers are a witness line, NO, or YES") {
    Framework framework = Framework::from_attacks(4, {{0, 1}, {1, 2}, {3, 3}});
    CHECK(solve_iccma_task(framework, *parse_iccma_task("SE-GR"), {}) == "w 1 3\n");
    CHECK(solve_iccma_task(framework, *parse_iccma_task("SE-ST"), {}) == "NO\n");
    CHECK(solve_iccma_task(framework, *parse_iccma_task("SE-PR"), {}) == "w 1 3\n");
    CHECK(solve_iccma_task(framework, *parse_iccma_task("DC-PR"), ArgumentId{2}) == "YES\n");
    CHECK(solve_iccma_task(framework, *parse_iccma_task("DS-CO"), ArgumentId{1}) == "NO\n");
    Framework empty_witness = Framework::from_attacks(1, {{0, 0}});
    CHECK(solve_iccma_task(empty_witness, *parse_iccma_task("SE-PR"), {}) == "w\n");
}
