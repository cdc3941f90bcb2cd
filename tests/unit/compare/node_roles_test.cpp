// Roles from structure (engine/compare/node_roles.cpp).
#include "compare/node_roles.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::grading::Role;

namespace {

Role role_of(const LoadResult& loaded, const char* title) {
    return grading::node_roles(loaded.map)[*loaded.map.find_statement(title)];
}

}  // namespace

TEST_CASE("roles follow the structure: reasons, the objection, its answer, evidence") {
    const LoadResult loaded = parse_argdown("[T]: t #thesis\n"
                                            "  + [R]: r\n"
                                            "    + [Q]: q {source: s, page: \"1\"}\n"
                                            "  - [O]: o\n"
                                            "    - [A]: a\n"
                                            "    + [B]: b\n",
                                            "m.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    CHECK(role_of(loaded, "T") == Role::Thesis);
    CHECK(role_of(loaded, "R") == Role::Reason);
    CHECK(role_of(loaded, "Q") == Role::Evidence);
    CHECK(role_of(loaded, "O") == Role::Objection);
    CHECK(role_of(loaded, "A") == Role::Answer);
    CHECK(role_of(loaded, "B") == Role::Answer);  // an answer drawn as a support keeps its role
}

TEST_CASE("a map without #thesis takes the claim the most hangs on as its thesis; #counter drawn as a reason stays an objection") {
    const LoadResult loaded = parse_argdown("[Loose]: l\n\n"
                                            "[T]: t\n"
                                            "  + [R]: r\n"
                                            "    + [S]: s\n"
                                            "  + [O]: o #counter\n",
                                            "m.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    CHECK(role_of(loaded, "T") == Role::Thesis);
    CHECK(role_of(loaded, "Loose") == Role::Reason);
    CHECK(role_of(loaded, "O") == Role::Objection);
}

TEST_CASE("roles a polarity error swaps agree by half, others not at all") {
    CHECK(grading::role_agreement(Role::Objection, Role::Objection) == 1.0);
    CHECK(grading::role_agreement(Role::Objection, Role::Reason) == 0.5);
    CHECK(grading::role_agreement(Role::Answer, Role::Objection) == 0.5);
    CHECK(grading::role_agreement(Role::Thesis, Role::Reason) == 0.0);
    CHECK(grading::role_agreement(Role::Evidence, Role::Reason) == 0.0);
}
