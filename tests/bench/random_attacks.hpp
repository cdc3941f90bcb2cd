// The random framework model of the semantics benchmarks: every argument 1..n attacks between
// `low` and `high` arguments drawn uniformly (self-attacks possible), from a fixed seed.
#pragma once

#include <algorithm>
#include <random>

namespace warrant::bench {

template <typename OnAttack>
void for_each_random_attack(unsigned long n, unsigned long seed, unsigned long low, unsigned long high, OnAttack on_attack) {
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<unsigned long> target(1, n), degree(low, std::max(low, high));
    for (unsigned long a = 1; a <= n; ++a)
        for (unsigned long k = degree(random); k > 0; --k) on_attack(a, target(random));
}

}  // namespace warrant::bench
