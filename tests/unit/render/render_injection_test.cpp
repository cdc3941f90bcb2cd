// Titles and texts cannot inject DOT or SVG markup, and non-Latin scripts survive.
#include "render/label_text.hpp"
#include "render/render_fixtures.hpp"

#include "warrant/render.hpp"

#include <doctest/doctest.h>
#include <graphviz/cgraph.h>
#include <pugixml.hpp>

#include <memory>

using namespace warrant;
using namespace warrant::testing;

namespace {

std::string rendered(RenderFormat format) {
    const RenderResult result = render_map(hostile_map(), {}, format);
    REQUIRE_MESSAGE(result.ok(), result.error);
    return result.bytes;
}

std::string attribute(Agnode_t* node, const char* name) {
    const char* value = agget(node, const_cast<char*>(name));
    return value != nullptr ? value : "";
}

// All text an SVG group shows, line after line.
std::string shown_text(const pugi::xml_document& svg, const std::string& id) {
    std::string text;
    for (const pugi::xpath_node& line : svg.select_nodes(("//*[@id='" + id + "']//*[local-name()='text']").c_str()))
        text += std::string(line.node().child_value()) + "\n";
    return text;
}

}  // namespace

TEST_CASE("a title that tries to close the DOT attribute list stays one node with that literal label") {
    const std::string dot = rendered(RenderFormat::Dot);
    std::unique_ptr<Agraph_t, decltype(&agclose)> reread(agmemread(dot.c_str()), &agclose);
    REQUIRE(reread != nullptr);
    CHECK(agnode(reread.get(), const_cast<char*>("evil"), 0) == nullptr);
    Agnode_t* hostile = agnode(reread.get(), const_cast<char*>("n0"), 0);
    REQUIRE(hostile != nullptr);
    CHECK(attribute(hostile, "label") ==
          "<B>&quot;]; evil [label=&quot;x</B><BR/>&lt;script&gt;alert(1)&lt;/script&gt; &amp; a \\<BR/>backslash<BR/>and a newline");
    CHECK(attribute(hostile, "tooltip") == render::escape_esc_string("[" + kInjectionTitle + "]\n" + kInjectionText));
    int map_nodes = 0;
    for (Agnode_t* node = agfstnode(reread.get()); node != nullptr; node = agnxtnode(reread.get(), node))
        if (std::string(agnameof(node)).rfind("n", 0) == 0) ++map_nodes;
    CHECK(map_nodes == 2);
}

TEST_CASE("the SVG of a hostile title contains no script element, only its text") {
    const std::string bytes = rendered(RenderFormat::Svg);
    pugi::xml_document svg;
    REQUIRE(svg.load_buffer(bytes.data(), bytes.size()).status == pugi::status_ok);
    CHECK(svg.select_nodes("//*[local-name()='script']").empty());
    CHECK(shown_text(svg, "n0") == "\"]; evil [label=\"x\n<script>alert(1)</script> & a \\\nbackslash\nand a newline\n");
}

TEST_CASE("Arabic text survives into the SVG, wrapped between words") {
    const std::string bytes = rendered(RenderFormat::Svg);
    pugi::xml_document svg;
    REQUIRE(svg.load_buffer(bytes.data(), bytes.size()).status == pugi::status_ok);
    CHECK(shown_text(svg, "n1") == "يوتوبيا\nكل يوتوبيا تحمل في داخلها\nديستوبيا كامنة\n");
}

TEST_CASE("a file name with quotes and angle brackets becomes the graph's label as text") {
    const std::string bytes = rendered(RenderFormat::Svg);
    pugi::xml_document svg;
    REQUIRE(svg.load_buffer(bytes.data(), bytes.size()).status == pugi::status_ok);
    CHECK(shown_text(svg, "graph0").find("\"quoted\" <file>.argdown\n") != std::string::npos);
}

TEST_CASE("hostile titles stay escaped in the folded slide view") {
    RenderOptions options = dialectic_overview_options();
    const RenderResult svg = render_map(warrant::testing::hostile_map(), options, RenderFormat::Svg);
    REQUIRE(svg.ok());
    CHECK(svg.bytes.find("<script>") == std::string::npos);
    CHECK(svg.bytes.find("&lt;script&gt;") != std::string::npos);
}
