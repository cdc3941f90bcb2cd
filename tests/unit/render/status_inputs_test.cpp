#include "warrant/analysis.hpp"
#include "warrant/parse.hpp"
#include "warrant/render.hpp"

#include <doctest/doctest.h>

using namespace warrant;

TEST_CASE("the status view colours each node by what the check analyses found") {
    LoadResult loaded = parse_argdown(
        "===\nsources:\n  ishiguro: {author: Kazuo Ishiguro}\n===\n\n"
        "[Grounded]: g\n  + [Quote]: \"q\" {source: ishiguro, page: 3}\n\n"
        "[Ungrounded]: u\n  + [Bare]: b\n\n"
        "[Loop A]: a\n  + [Loop B]: b\n    + [Loop A]\n",
        "status.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    const ArgumentMap& map = loaded.map;
    const auto status = status_by_vertex(map, compute_grounding(map), find_support_cycles(map));
    const auto of = [&](const char* title) { return status.at(*map.find_statement(title)); };
    CHECK(of("Grounded") == NodeStatus::Grounded);
    CHECK(of("Quote") == NodeStatus::Grounded);
    CHECK(of("Ungrounded") == NodeStatus::Ungrounded);
    CHECK(of("Bare") == NodeStatus::Unsupported);
    CHECK(of("Loop A") == NodeStatus::Circular);
    CHECK(of("Loop B") == NodeStatus::Circular);
    CHECK(status.count(*map.find_statement("ishiguro")) == 0);
}

TEST_CASE("the status view's inputs come from the analyses, and only for the status view") {
    LoadResult loaded = parse_argdown("[Claim]: c\n  - [Attacker]: a\n", "inputs.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    const ArgumentMap& map = loaded.map;
    RenderOptions options;
    add_status_view_inputs(map, options);
    CHECK(options.status.empty());
    options.view = RenderView::Status;
    add_status_view_inputs(map, options);
    const Vertex claim = *map.find_statement("Claim"), attacker = *map.find_statement("Attacker");
    CHECK(options.status == std::map<Vertex, NodeStatus>{{claim, NodeStatus::Unsupported}, {attacker, NodeStatus::Unsupported}});
    CHECK(options.acceptability == std::map<Vertex, Label>{{claim, Label::Out}, {attacker, Label::In}});
}
