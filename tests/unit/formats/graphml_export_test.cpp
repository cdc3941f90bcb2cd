#include "warrant/formats.hpp"

#include <doctest/doctest.h>

TEST_CASE("GraphML carries node and edge kinds and the node fields as attributes") {
    warrant::ArgumentMap map;
    warrant::Node thesis, evidence;
    thesis.kind = warrant::NodeKind::Thesis;
    thesis.title = "T";
    thesis.texts = {"Cities & <towns>"};
    thesis.pole = "utopia";
    evidence.kind = warrant::NodeKind::Evidence;
    evidence.title = "E";
    evidence.source = "atwood";
    evidence.page = "66";
    auto t = map.add_node(thesis);
    auto e = map.add_node(evidence);
    map.add_edge(e, t, {warrant::EdgeKind::Support, {}});
    const std::string graphml = warrant::export_graphml(map);
    CHECK(graphml.find(R"(<key id="key0" for="node" attr.name="kind" attr.type="string" />)") != std::string::npos);
    CHECK(graphml.find(R"(<key id="key1" for="edge" attr.name="kind" attr.type="string" />)") != std::string::npos);
    CHECK(graphml.find(R"(<data key="key0">thesis</data>)") != std::string::npos);
    CHECK(graphml.find("Cities &amp; &lt;towns&gt;") != std::string::npos);
    CHECK(graphml.find(R"(<edge id="e0" source="n1" target="n0">)") != std::string::npos);
    CHECK(graphml.find(R"(<data key="key1">support</data>)") != std::string::npos);
    CHECK(graphml == warrant::export_graphml(map));
}
