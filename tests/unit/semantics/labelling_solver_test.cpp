// The SAT encoding of complete labellings, tested on its own: the core it builds, the clauses it
// adds, and the labellings it reads back from the solver.
#include "semantics/labelling_solver.hpp"
#include "semantics/test_frameworks.hpp"

#include <doctest/doctest.h>

#include <set>
#include <vector>

using namespace warrant;
using warrant::semantics::LabellingSolver;

namespace {

// Every labelling the solver finds, each blocked once found, as strings of I/O/U per argument.
std::set<std::string> all_labellings(LabellingSolver& solver, std::size_t arguments) {
    std::set<std::string> found;
    while (solver.solve()) {
        const std::vector<Label> labelling = solver.labelling();
        std::string word;
        std::vector<int> blocking;
        for (ArgumentId a = 0; a < arguments; ++a) {
            word += labelling[a] == Label::In ? 'I' : labelling[a] == Label::Out ? 'O' : 'U';
            if (solver.in_literal(a) == 0) continue;  // outside the core: fixed by the grounded labelling
            blocking.push_back(labelling[a] == Label::In ? -solver.in_literal(a) : solver.in_literal(a));
            blocking.push_back(labelling[a] == Label::Out ? -solver.out_literal(a) : solver.out_literal(a));
        }
        found.insert(word);
        if (blocking.empty()) break;  // no core: the grounded labelling is the only one
        solver.add_clause(blocking);
    }
    return found;
}

}  // namespace

TEST_CASE("the solver's core is what the grounded labelling leaves undecided") {
    // a attacks b; c and d attack each other: a IN, b OUT by grounded; c, d undecided.
    const Framework framework = test::letters(4, {{'a', 'b'}, {'c', 'd'}, {'d', 'c'}});
    LabellingSolver solver(framework);
    CHECK(solver.core() == std::vector<ArgumentId>{2, 3});
    CHECK(solver.in_literal(0) == 0);
    CHECK(solver.in_literal(2) != 0);
    CHECK(solver.in_literal(2) != solver.out_literal(2));
}

TEST_CASE("the complete labellings of a mutual attack are the three a SAT enumeration finds") {
    const Framework framework = test::letters(3, {{'a', 'b'}, {'b', 'a'}, {'b', 'c'}});
    LabellingSolver solver(framework);
    CHECK(all_labellings(solver, 3) == std::set<std::string>{"UUU", "IOI", "OIO"});
}

TEST_CASE("requiring stability leaves only the labellings without an undecided argument") {
    const Framework framework = test::letters(3, {{'a', 'b'}, {'b', 'a'}, {'b', 'c'}});
    LabellingSolver solver(framework);
    solver.require_stable();
    CHECK(all_labellings(solver, 3) == std::set<std::string>{"IOI", "OIO"});
}

TEST_CASE("an odd cycle has only the all-undecided labelling and no stable one") {
    const Framework framework = test::letters(3, {{'a', 'b'}, {'b', 'c'}, {'c', 'a'}});
    LabellingSolver complete(framework);
    CHECK(all_labellings(complete, 3) == std::set<std::string>{"UUU"});
    LabellingSolver stable(framework);
    stable.require_stable();
    CHECK_FALSE(stable.solve());
}

TEST_CASE("assumptions restrict one solve without adding a clause") {
    const Framework framework = test::letters(2, {{'a', 'b'}, {'b', 'a'}});
    LabellingSolver solver(framework);
    REQUIRE(solver.solve({solver.in_literal(0)}));
    CHECK(solver.labelling() == std::vector<Label>{Label::In, Label::Out});
    REQUIRE(solver.solve({solver.in_literal(1)}));
    CHECK(solver.labelling() == std::vector<Label>{Label::Out, Label::In});
    CHECK_FALSE(solver.solve({solver.in_literal(0), solver.in_literal(1)}));
    CHECK(solver.solve());
}
