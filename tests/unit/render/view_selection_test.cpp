#include "render/render_fixtures.hpp"
#include "render/view_selection.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::testing::teaching_map;

TEST_CASE("the chain of the thesis follows its argument's premise down to the evidence") {
    const ArgumentMap map = teaching_map();
    CHECK(render::grounding_chain(map, 0) == std::vector<bool>{true, true, false, true, false, true, true, false});
}

TEST_CASE("the chain view also draws the sources its evidence cites") {
    RenderOptions options;
    options.view = RenderView::Chain;
    options.focus = "[Ustopia]";
    const auto selection = render::select_view(teaching_map(), options);
    CHECK(selection.error.empty());
    CHECK(selection.drawn == std::vector<bool>{true, true, false, true, true, true, true, false});
}

TEST_CASE("an unknown focus title is an error naming the title") {
    RenderOptions options;
    options.view = RenderView::Chain;
    options.focus = "Nowhere";
    CHECK(render::select_view(teaching_map(), options).error == "no statement or argument titled 'Nowhere' in the map");
}

TEST_CASE("the chain view without a focus is an error") {
    RenderOptions options;
    options.view = RenderView::Chain;
    CHECK(render::select_view(teaching_map(), options).error ==
          "the chain view needs a focus: the title of the claim to ground");
}

TEST_CASE("nodes with relations into two poles are bridges, the argument between them too") {
    CHECK(render::bridge_nodes(teaching_map()) == std::vector<bool>{false, true, true, false, false, true, true, false});
}

TEST_CASE("hiding evidence leaves out evidence and source nodes") {
    RenderOptions options;
    options.hide_evidence = true;
    CHECK(render::select_view(teaching_map(), options).drawn ==
          std::vector<bool>{true, true, true, false, false, true, true, true});
}

TEST_CASE("an edge between two different poles crosses poles, one to a pole-less node does not") {
    const ArgumentMap map = teaching_map();
    int crossing = 0;
    for (EdgeId e : boost::make_iterator_range(boost::edges(map.graph)))
        if (render::crosses_poles(map, e)) {
            ++crossing;
            CHECK(map.graph[e].kind == EdgeKind::Contradictory);
        }
    CHECK(crossing == 1);
}

TEST_CASE("sections whose parents form a cycle still render, boxed as far as the cycle allows") {
    ArgumentMap map = teaching_map();
    map.sections = {{"s1", 1, "One", "s2", {}}, {"s2", 2, "Two", "s1", {}}};
    RenderOptions options;
    options.group_by_section = true;
    CHECK(render_map(map, options, RenderFormat::Dot).ok());
}
