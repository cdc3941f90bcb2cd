// Moving a map must move it, not copy it (Boost's adjacency_list has no move operations of its
// own), and must leave every node, edge, property and index entry where it was.
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <utility>

namespace {

const char* const kMovedMap = R"(===
title: moved
poles: [utopia, dystopia]
sources:
  - {key: atwood, author: Atwood}
===

# Part #utopia

[T]: The thesis. #thesis
  + [C]: A claim.
    + [E]: "A quote." {source: atwood, page: 3}
  - [K]: A counter. #counter

<A>: An argument.

(1) [C]
----
(2) [T]
)";

}  // namespace

TEST_CASE("moving a map keeps its graph, its index and every other member") {
    warrant::LoadResult loaded = warrant::parse_argdown(kMovedMap, "moved.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    const std::string before = warrant::export_json(loaded.map);
    const std::size_t edges = loaded.map.edge_count();
    const auto* first_node = &loaded.map.graph[0];

    warrant::ArgumentMap moved(std::move(loaded.map));
    CHECK(&moved.graph[0] == first_node);  // the vertex storage changed hands: nothing was copied
    CHECK(moved.edge_count() == edges);
    CHECK(warrant::export_json(moved) == before);
    REQUIRE(moved.find("[E]"));
    CHECK(moved.node(*moved.find("[E]")).source == "atwood");

    warrant::ArgumentMap assigned;
    assigned = std::move(moved);
    CHECK(warrant::export_json(assigned) == before);
    // Edge properties are reached through the out- and in-edge lists of the moved graph.
    for (auto e : boost::make_iterator_range(boost::edges(assigned.graph))) {
        const auto from = boost::source(e, assigned.graph);
        bool found_in_out_edges = false;
        for (auto out : boost::make_iterator_range(boost::out_edges(from, assigned.graph)))
            found_in_out_edges |= &assigned.graph[out] == &assigned.graph[e];
        CHECK(found_in_out_edges);
    }
}
