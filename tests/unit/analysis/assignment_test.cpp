#include "analysis/assignment.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <random>

using warrant::analysis::max_weight_assignment;

namespace {

double total(const std::vector<double>& w, std::size_t columns, const std::vector<std::optional<std::size_t>>& a) {
    double sum = 0;
    for (std::size_t r = 0; r < a.size(); ++r)
        if (a[r]) sum += w[r * columns + *a[r]];
    return sum;
}

// The best total over every injection of the smaller side into the larger, by brute force.
double best_total(const std::vector<double>& w, std::size_t rows, std::size_t columns) {
    std::vector<std::size_t> perm(std::max(rows, columns));
    std::iota(perm.begin(), perm.end(), 0);
    double best = 0;
    do {
        double sum = 0;
        for (std::size_t r = 0; r < rows; ++r)
            if (perm[r] < columns) sum += w[r * columns + perm[r]];
        best = std::max(best, sum);
    } while (std::next_permutation(perm.begin(), perm.end()));
    return best;
}

}  // namespace

TEST_CASE("the assignment prefers the better total over the greedy best pair") {
    // Greedy would take (0,0) = 10 and leave (1,1) = 1; the optimum is 9 + 8.
    const std::vector<double> w = {10, 9, 8, 1};
    const auto a = max_weight_assignment(w, 2, 2);
    CHECK(a[0] == std::optional<std::size_t>(1));
    CHECK(a[1] == std::optional<std::size_t>(0));
}

TEST_CASE("pairs of weight zero are left unassigned") {
    const std::vector<double> w = {0, 0, 5, 0, 0, 0};
    const auto a = max_weight_assignment(w, 2, 3);
    CHECK(a[0] == std::optional<std::size_t>(2));
    CHECK_FALSE(a[1]);
}

TEST_CASE("the assignment is optimal on random rectangular matrices") {
    std::mt19937 random(7);
    for (int trial = 0; trial < 200; ++trial) {
        const std::size_t rows = 1 + random() % 6, columns = 1 + random() % 6;
        std::vector<double> w(rows * columns);
        for (double& x : w) x = random() % 3 == 0 ? 0.0 : static_cast<double>(random() % 100) / 10.0;
        const auto a = max_weight_assignment(w, rows, columns);
        std::vector<bool> taken(columns, false);
        for (const auto& column : a)
            if (column) {
                CHECK_FALSE(taken[*column]);
                taken[*column] = true;
            }
        CHECK(total(w, columns, a) == doctest::Approx(best_total(w, rows, columns)));
    }
}
