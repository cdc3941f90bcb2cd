#include "render/render_fixtures.hpp"

#include "render/dot_graph.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::testing::support_chain_map;

TEST_CASE("auto layout picks sfdp above the node threshold and says so in a note") {
    const DotGraph built = build_dot_graph(support_chain_map(kSfdpNodeThreshold + 1), {});
    CHECK(built.engine == LayoutEngine::Sfdp);
    CHECK(built.drawn_nodes == 1501);
    CHECK(built.notes == std::vector<std::string>{
                             "layout: sfdp, because the view draws 1501 nodes (more than 1500); --layout dot forces "
                             "dot, which is much slower at this size"});
}

TEST_CASE("auto layout keeps dot at the threshold") {
    const DotGraph built = build_dot_graph(support_chain_map(kSfdpNodeThreshold), {});
    CHECK(built.engine == LayoutEngine::Dot);
    CHECK(built.notes.empty());
}

TEST_CASE("an explicit layout engine is kept whatever the size") {
    RenderOptions options;
    options.layout = LayoutEngine::Dot;
    CHECK(build_dot_graph(support_chain_map(kSfdpNodeThreshold + 1), options).engine == LayoutEngine::Dot);
}

TEST_CASE("sfdp on a view with clusters notes that it cannot draw them") {
    RenderOptions options;
    options.view = RenderView::Dialectic;
    options.layout = LayoutEngine::Sfdp;
    CHECK(build_dot_graph(warrant::testing::teaching_map(), options).notes ==
          std::vector<std::string>{"layout: sfdp does not draw clusters; poles and sections are not boxed"});
}

TEST_CASE("rendering an unknown focus fails with the error and no bytes") {
    RenderOptions options;
    options.view = RenderView::Chain;
    options.focus = "Nowhere";
    const RenderResult result = render_map(warrant::testing::teaching_map(), options, RenderFormat::Svg);
    CHECK(result.error == "no statement or argument titled 'Nowhere' in the map");
    CHECK(result.bytes.empty());
}

TEST_CASE("formats are named by their extension, case-insensitively, and .gv is DOT") {
    CHECK(render_format_from_path("out/map.SVG") == RenderFormat::Svg);
    CHECK(render_format_from_path("map.gv") == RenderFormat::Dot);
    CHECK(render_format_from_path("map.pdf") == RenderFormat::Pdf);
    CHECK(render_format_from_path("dir.v2/map") == std::nullopt);
    CHECK(render_format_from_path("map.jpeg") == std::nullopt);
}
