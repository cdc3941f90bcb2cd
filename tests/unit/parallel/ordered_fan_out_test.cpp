#include "parallel/ordered_fan_out.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <vector>

using warrant::parallel::fan_out_in_order;

TEST_CASE("fan-out hands every result to the consumer in order, on any number of threads") {
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
        for (std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{7}, std::size_t{500}}) {
            std::vector<std::size_t> seen;
            fan_out_in_order(count, [](std::size_t i) { return i * i; }, [&](std::size_t square) { seen.push_back(square); },
                             threads, 3);
            REQUIRE(seen.size() == count);
            for (std::size_t i = 0; i < count; ++i) CHECK(seen[i] == i * i);
        }
    }
}

TEST_CASE("fan-out keeps no more than its window of results ahead of the consumer") {
    constexpr std::size_t kWindow = 4;
    std::atomic<std::size_t> made{0};
    std::size_t consumed = 0, most_ahead = 0;
    fan_out_in_order(
        200,
        [&](std::size_t i) {
            ++made;
            return i;
        },
        [&](std::size_t i) {
            CHECK(i == consumed);
            ++consumed;
            // Pieces made but not yet consumed, this one included.
            most_ahead = std::max(most_ahead, made.load() - consumed + 1);
        },
        2, kWindow);
    CHECK(consumed == 200);
    CHECK(most_ahead <= kWindow + 1);
}

TEST_CASE("an exception thrown while making a piece reaches the caller after the threads end") {
    std::vector<int> seen;
    const auto run = [&] {
        fan_out_in_order(
            100,
            [](std::size_t i) {
                if (i == 37) throw std::runtime_error("piece 37");
                return static_cast<int>(i);
            },
            [&](int i) { seen.push_back(i); }, 2, 4);
    };
    CHECK_THROWS_WITH_AS(run(), "piece 37", std::runtime_error);
    REQUIRE(seen.size() == 37);  // everything before the failing piece, nothing after it
    CHECK(seen.back() == 36);
}

TEST_CASE("an exception thrown by the consumer stops the work and reaches the caller") {
    std::size_t consumed = 0;
    const auto run = [&] {
        fan_out_in_order(
            10000, [](std::size_t i) { return std::string(64, static_cast<char>('a' + i % 26)); },
            [&](const std::string&) {
                if (++consumed == 5) throw std::runtime_error("disk full");
            },
            3, 2);
    };
    CHECK_THROWS_WITH_AS(run(), "disk full", std::runtime_error);
    CHECK(consumed == 5);
}
