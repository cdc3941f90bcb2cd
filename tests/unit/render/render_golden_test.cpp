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

TEST_CASE("golden: the folded dialectic stacks poles as columns beside the bridges, evidence as badges") {
    RenderOptions options = dialectic_overview_options();
    const RenderResult result = render_map(warrant::testing::pole_columns_map(), options, RenderFormat::Dot);
    REQUIRE(result.ok());
    check_golden("dialectic-slide.dot", result.bytes);
}

TEST_CASE("golden: the folded chain ranks the focus's grounds by distance, on a slide") {
    RenderOptions options;
    options.view = RenderView::Chain;
    options.focus = "Thesis";
    options.fit = PageFit::Slide;
    const RenderResult result = render_map(warrant::testing::pole_columns_map(), options, RenderFormat::Dot);
    REQUIRE(result.ok());
    check_golden("chain-slide.dot", result.bytes);
}

TEST_CASE("the folded dialectic is the same bytes twice, in SVG too") {
    const ArgumentMap map = warrant::testing::pole_columns_map();
    const RenderResult first = render_dialectic_overview_svg(map), second = render_dialectic_overview_svg(map);
    REQUIRE(first.ok());
    CHECK(first.bytes == second.bytes);
    CHECK(first.bytes.find("Two poles &amp; a bridge") != std::string::npos);
    CHECK(first.bytes.find("1 quotation: Kumar 12") != std::string::npos);
    CHECK(first.bytes.find(">The thesis.</text>") != std::string::npos);      // the label: no tags
    CHECK(first.bytes.find("xlink:title=\"[Thesis]&#10;The thesis. #a #b\"") != std::string::npos);  // the tooltip: all
}
