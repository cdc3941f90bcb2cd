// The slide views of the essay, measured as a class sees them: fitted to 1920x1080.
#include "render/svg_figures.hpp"
#include "support/source_tree.hpp"

#include "warrant/parse.hpp"
#include "warrant/render.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::testing::measure_svg;
using warrant::testing::SvgFigures;

namespace {

const ArgumentMap& essay() {
    static const LoadResult loaded = load_file(warrant::testing::source_dir() + "/graphs/ustopia.argdown");
    return loaded.map;
}

SvgFigures slide_of(RenderOptions options) {
    options.fit = PageFit::Slide;
    add_status_view_inputs(essay(), options);
    const RenderResult svg = render_map(essay(), options, RenderFormat::Svg);
    REQUIRE(svg.ok());
    return measure_svg(svg.bytes);
}

std::size_t claims_drawn(const ArgumentMap& map, const SvgFigures& figures) {
    std::size_t claims = 0;
    for (const std::string& id : figures.node_ids) {
        if (id.size() < 2 || id[0] != 'n') continue;
        const NodeKind kind = map.node(std::stoul(id.substr(1))).kind;
        claims += kind == NodeKind::Claim || kind == NodeKind::CounterPosition || kind == NodeKind::Argument;
    }
    return claims;
}

}  // namespace

TEST_CASE("the essay's dialectic overview fits one slide with text a class can read") {
    const SvgFigures figures = slide_of(dialectic_overview_options());
    CHECK(figures.aspect_ratio() >= 1.5);
    CHECK(figures.aspect_ratio() <= 2.0);
    CHECK(figures.smallest_text() >= 14);
    CHECK(figures.median_text() >= 18);
    CHECK(claims_drawn(essay(), figures) >= 8);
}

TEST_CASE("the essay's dialectic overview names the bridging critics and counts the evidence") {
    const SvgFigures figures = slide_of(dialectic_overview_options());
    for (const char* name : {"Atwood", "Gordin", "Sargent", "Proclus", "utopia", "dystopia", "ustopia"})
        CHECK_MESSAGE(figures.all_text.find(name) != std::string::npos, name << " is not on the slide");
    CHECK(figures.all_text.find("quotations: Ishiguro") != std::string::npos);
    CHECK(figures.all_text.find("#ustopia") == std::string::npos);
}

TEST_CASE("the essay's thesis chain and status view fit a slide") {
    RenderOptions chain;
    chain.view = RenderView::Chain;
    chain.focus = "Thesis";
    RenderOptions status;
    status.view = RenderView::Status;
    for (const RenderOptions& options : {chain, status}) {
        const SvgFigures figures = slide_of(options);
        CAPTURE(to_string(options.view));
        CHECK(figures.aspect_ratio() >= 1.3);
        CHECK(figures.aspect_ratio() <= 2.2);
        CHECK(figures.smallest_text() >= 14);
    }
}

TEST_CASE("a chain slide of a claim grounded by evidence alone draws the evidence in rows of a slide's shape") {
    // [Ustopia] rests on three pieces of evidence and no claim: one box and a badge made a strip (7.3).
    RenderOptions chain;
    chain.view = RenderView::Chain;
    chain.focus = "Ustopia";
    const SvgFigures figures = slide_of(chain);
    CHECK(figures.aspect_ratio() >= 1.3);
    CHECK(figures.aspect_ratio() <= 2.2);
    CHECK(figures.smallest_text() >= 14);
    std::size_t evidence = 0;
    for (const std::string& id : figures.node_ids)
        evidence += id.size() > 1 && id[0] == 'n' && essay().node(std::stoul(id.substr(1))).kind == NodeKind::Evidence;
    CHECK(evidence == 3);
}
