// Golden DOT for each view of the teaching map. DOT is the unlaid graph, so these files change
// only when what we draw changes, not with Graphviz's layout.
#include "render/golden_file.hpp"
#include "render/render_fixtures.hpp"

#include "warrant/render.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::testing::check_golden;
using warrant::testing::teaching_map;

namespace {

std::string dot_of(const RenderOptions& options) {
    const RenderResult result = render_map(teaching_map(), options, RenderFormat::Dot);
    REQUIRE(result.ok());
    return result.bytes;
}

}  // namespace

TEST_CASE("golden: the map view draws every node and relation") {
    check_golden("map.dot", dot_of(RenderOptions{}));
}

TEST_CASE("golden: the dialectic view boxes each pole and highlights bridges") {
    RenderOptions options;
    options.view = RenderView::Dialectic;
    check_golden("dialectic.dot", dot_of(options));
}

TEST_CASE("golden: the chain view draws only what grounds the focus") {
    RenderOptions options;
    options.view = RenderView::Chain;
    options.focus = "Ustopia";
    check_golden("chain.dot", dot_of(options));
}

TEST_CASE("golden: the status view fills by status and badges acceptability") {
    check_golden("status.dot", dot_of(warrant::testing::teaching_status_options()));
}

TEST_CASE("golden: grouping by section nests section boxes, left to right, without evidence") {
    RenderOptions options;
    options.group_by_section = true;
    options.direction = RankDirection::LeftToRight;
    options.hide_evidence = true;
    check_golden("sections.dot", dot_of(options));
}
