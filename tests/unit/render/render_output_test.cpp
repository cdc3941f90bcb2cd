// SVG, PNG and PDF laid out in-process: well-formed, carrying the texts, and reproducible.
#include "render/render_fixtures.hpp"

#include "warrant/parse.hpp"
#include "warrant/render.hpp"

#include <doctest/doctest.h>
#include <pugixml.hpp>

#include <set>

using namespace warrant;
using warrant::testing::teaching_map;

namespace {

std::string rendered(const ArgumentMap& map, const RenderOptions& options, RenderFormat format) {
    const RenderResult result = render_map(map, options, format);
    REQUIRE_MESSAGE(result.ok(), result.error);
    return result.bytes;
}

// The tooltip Graphviz wrote for a node: <g id="nK" class="node"> ... <a xlink:title="...">.
std::string svg_tooltip(const pugi::xml_document& svg, const std::string& id) {
    const pugi::xpath_node anchor = svg.select_node(("//*[@id='" + id + "']//*[@xlink:title]").c_str());
    return anchor ? anchor.node().attribute("xlink:title").value() : "";
}

}  // namespace

TEST_CASE("SVG output is well-formed XML with a group for every node, named n0 to n7") {
    pugi::xml_document svg;
    const std::string bytes = rendered(teaching_map(), {}, RenderFormat::Svg);
    REQUIRE(svg.load_buffer(bytes.data(), bytes.size()).status == pugi::status_ok);
    std::set<std::string> ids;
    for (const pugi::xpath_node& node : svg.select_nodes("//*[@class='node']")) ids.insert(node.node().attribute("id").value());
    for (int i = 0; i < 8; ++i) CHECK(ids.count("n" + std::to_string(i)) == 1);
    CHECK(ids.count("legend_thesis") == 1);
    CHECK(ids.size() == 15);  // 8 map nodes, 6 legend samples (one per kind) and the relations table
}

TEST_CASE("SVG tooltips carry the full text and the quotation's source and page") {
    pugi::xml_document svg;
    const std::string bytes = rendered(teaching_map(), {}, RenderFormat::Svg);
    REQUIRE(svg.load_buffer(bytes.data(), bytes.size()).status == pugi::status_ok);
    CHECK(svg_tooltip(svg, "n3") ==
          "[Harvest quote]\nThe harvest was good that year, and no one asked.\n(Margaret Atwood, In Other Worlds, p. 66)");
    CHECK(svg_tooltip(svg, "n5") == "<Stability>\nOrder makes the ustopia possible.");
}

TEST_CASE("the status view's tooltips name the status and the acceptability label") {
    pugi::xml_document svg;
    const std::string bytes = rendered(teaching_map(), warrant::testing::teaching_status_options(), RenderFormat::Svg);
    REQUIRE(svg.load_buffer(bytes.data(), bytes.size()).status == pugi::status_ok);
    CHECK(svg_tooltip(svg, "n2") ==
          "[Control]\nPlanning needs control, and control needs victims.\nstatus: ungrounded, OUT");
    CHECK(svg_tooltip(svg, "n3").ends_with("\nstatus: unknown"));
}

TEST_CASE("PNG output starts with the PNG signature and holds a real picture") {
    const std::string png = rendered(teaching_map(), {}, RenderFormat::Png);
    CHECK(png.substr(0, 8) == "\x89PNG\r\n\x1a\n");
    CHECK(png.size() > 20000);
}

TEST_CASE("PDF output starts with %PDF- and ends with %%EOF") {
    const std::string pdf = rendered(teaching_map(), {}, RenderFormat::Pdf);
    CHECK(pdf.substr(0, 5) == "%PDF-");
    CHECK(pdf.find("%%EOF") != std::string::npos);
    CHECK(pdf.size() > 5000);
}

TEST_CASE("the PDF creation date is pinned to the epoch") {
    const std::string pdf = rendered(teaching_map(), {}, RenderFormat::Pdf);
    CHECK(pdf.find("/CreationDate (D:19700101000000Z)") != std::string::npos);
}

TEST_CASE("the same map renders to the same bytes twice, in every format") {
    for (RenderFormat format : {RenderFormat::Dot, RenderFormat::Svg, RenderFormat::Png, RenderFormat::Pdf}) {
        CAPTURE(to_string(format));
        RenderOptions options;
        options.view = RenderView::Dialectic;
        CHECK(rendered(teaching_map(), options, format) == rendered(teaching_map(), options, format));
    }
}

TEST_CASE("sfdp lays out and renders the same map as SVG") {
    RenderOptions options;
    options.layout = LayoutEngine::Sfdp;
    const std::string bytes = rendered(teaching_map(), options, RenderFormat::Svg);
    pugi::xml_document svg;
    CHECK(svg.load_buffer(bytes.data(), bytes.size()).status == pugi::status_ok);
    CHECK(svg.select_nodes("//*[@class='node']").size() == 15);
}

TEST_CASE("an empty map renders to an SVG with no nodes and no legend") {
    ArgumentMap empty;
    const std::string bytes = rendered(empty, {}, RenderFormat::Svg);
    pugi::xml_document svg;
    REQUIRE(svg.load_buffer(bytes.data(), bytes.size()).status == pugi::status_ok);
    CHECK(svg.select_nodes("//*[@class='node']").empty());
    CHECK(svg.select_nodes("//*[@class='cluster']").empty());
}

TEST_CASE("a conceded statement says so under its text and in its tooltip") {
    const LoadResult loaded = parse_argdown("[T]: You should buy IBM shares. #thesis\n"
                                            "  - [Numbers]: IBM's numbers haven't been staggering. #concession\n",
                                            "ibm.argdown");
    pugi::xml_document svg;
    const std::string bytes = rendered(loaded.map, {}, RenderFormat::Svg);
    REQUIRE(svg.load_buffer(bytes.data(), bytes.size()).status == pugi::status_ok);
    CHECK(svg_tooltip(svg, "n1").ends_with("\n(conceded by the writer)"));
    CHECK(svg_tooltip(svg, "n0").find("conceded") == std::string::npos);
    CHECK(bytes.find(">conceded by the writer<") != std::string::npos);
}
