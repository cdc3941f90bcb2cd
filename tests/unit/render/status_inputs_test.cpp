#include "render/render_fixtures.hpp"

#include "warrant/render.hpp"
#include "warrant/semantics.hpp"

#include <doctest/doctest.h>

using namespace warrant;

TEST_CASE("acceptability labels of a framework land on the framework's vertices") {
    const ArgumentMap map = warrant::testing::teaching_map();
    const Framework framework = derive_framework(map);
    std::vector<Label> labels(framework.size(), Label::Undec);
    labels[0] = Label::In;
    labels[1] = Label::Out;
    const auto by_vertex = acceptability_by_vertex(framework, labels);
    CHECK(by_vertex.size() == framework.size());
    CHECK(by_vertex.at(framework.vertices[0]) == Acceptability::In);
    CHECK(by_vertex.at(framework.vertices[1]) == Acceptability::Out);
    CHECK(by_vertex.at(framework.vertices[2]) == Acceptability::Undec);
}
