#include "draft/spanning_arborescence.hpp"

#include <doctest/doctest.h>

#include <random>

namespace {

using warrant::draft::kNoArc;
using warrant::draft::maximum_arborescence;
using Scores = std::vector<std::vector<double>>;

// Whether `parent` is a tree rooted at `root` over every node, and its score.
bool spans(const std::vector<long>& parent, std::size_t root) {
    for (std::size_t v = 0; v < parent.size(); ++v) {
        if ((v == root) != (parent[v] < 0)) return false;
        std::size_t steps = 0;
        for (long at = static_cast<long>(v); at != static_cast<long>(root); at = parent[static_cast<std::size_t>(at)])
            if (at < 0 || ++steps > parent.size()) return false;
    }
    return true;
}

double total(const Scores& score, const std::vector<long>& parent) {
    double sum = 0;
    for (std::size_t v = 0; v < parent.size(); ++v)
        if (parent[v] >= 0) sum += score[static_cast<std::size_t>(parent[v])][v];
    return sum;
}

// The best tree by trying every choice of parents.
double best_by_enumeration(const Scores& score, std::size_t root) {
    const std::size_t n = score.size();
    std::vector<long> parent(n, 0);
    parent[root] = -1;
    double best = kNoArc;
    while (true) {
        if (spans(parent, root)) {
            const double sum = total(score, parent);
            if (sum > best) best = sum;
        }
        std::size_t v = 0;
        for (; v < n; ++v) {
            if (v == root) continue;
            if (++parent[v] < static_cast<long>(n)) break;
            parent[v] = 0;
        }
        if (v == n) return best;
    }
}

}  // namespace

TEST_CASE("the arborescence takes each node's best parent when they form no cycle") {
    Scores score(3, std::vector<double>(3, kNoArc));
    score[0][1] = 1;
    score[0][2] = 1;
    score[1][2] = 5;
    CHECK(maximum_arborescence(score, 0) == std::vector<long>{-1, 0, 1});
}

TEST_CASE("the arborescence opens a cycle where entering it costs least") {
    // 1 and 2 prefer each other (10 each); the root reaches 1 for 4 and 2 for 1.
    Scores score(3, std::vector<double>(3, kNoArc));
    score[1][2] = 10;
    score[2][1] = 10;
    score[0][1] = 4;
    score[0][2] = 1;
    CHECK(maximum_arborescence(score, 0) == std::vector<long>{-1, 0, 1});
}

TEST_CASE("a node the root cannot reach has no parent") {
    Scores score(3, std::vector<double>(3, kNoArc));
    score[0][1] = 1;
    score[2][1] = 3;
    CHECK(maximum_arborescence(score, 0) == std::vector<long>{-1, 2, -1});
}

TEST_CASE("the arborescence is the best spanning tree, as trying every tree finds it") {
    std::mt19937 random(7);
    std::uniform_real_distribution<double> value(-3, 3);
    std::bernoulli_distribution missing(0.2);
    for (int trial = 0; trial < 300; ++trial) {
        const std::size_t n = 2 + static_cast<std::size_t>(trial % 5);  // 2 to 6 nodes
        Scores score(n, std::vector<double>(n, kNoArc));
        for (std::size_t u = 0; u < n; ++u)
            for (std::size_t v = 1; v < n; ++v)
                if (u != v && (u == 0 || !missing(random))) score[u][v] = value(random);
        const std::vector<long> parent = maximum_arborescence(score, 0);
        REQUIRE(spans(parent, 0));
        CHECK(total(score, parent) == doctest::Approx(best_by_enumeration(score, 0)));
    }
}
