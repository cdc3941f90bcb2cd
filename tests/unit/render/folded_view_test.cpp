#include "render/folded_view.hpp"
#include "render/render_fixtures.hpp"

#include <doctest/doctest.h>

using namespace warrant;
using warrant::render::fold_view;
using warrant::render::FoldedView;
using warrant::testing::pole_columns_map;

namespace {

RenderOptions folded_dialectic() {
    RenderOptions options;
    options.view = RenderView::Dialectic;
    options.fold = true;
    return options;
}

std::vector<std::vector<Vertex>> columns_of(const FoldedView& folded) {
    std::vector<std::vector<Vertex>> columns;
    for (const auto& column : folded.columns) columns.push_back(column.claims);
    return columns;
}

}  // namespace

TEST_CASE("the folded dialectic puts the thesis on top, poles as ranked columns and the bridge apart") {
    const FoldedView folded = fold_view(pole_columns_map(), folded_dialectic());
    CHECK(folded.roots == std::vector<Vertex>{0});
    REQUIRE(folded.columns.size() == 2);
    CHECK(folded.columns[0].pole == "a");
    CHECK(folded.columns[1].pole == "b");
    CHECK(columns_of(folded) == std::vector<std::vector<Vertex>>{{1, 4, 2}, {3}});
    CHECK(folded.bridges == std::vector<Vertex>{5});
    CHECK(folded.badges == std::map<Vertex, std::string>{{1, "1 quotation: Kumar 12"}, {4, "1 quotation: Kumar 3"}});
    CHECK(folded.hidden_reasons.empty());
    CHECK(folded.notes.empty());
}

TEST_CASE("a shallower fold counts what it leaves out on the claim it leads to") {
    RenderOptions options = folded_dialectic();
    options.depth = 1;
    const FoldedView folded = fold_view(pole_columns_map(), options);
    CHECK(columns_of(folded) == std::vector<std::vector<Vertex>>{{1, 2}, {3}});
    CHECK(folded.badges.at(1) == "2 quotations: Kumar 3, 12");
    CHECK(folded.hidden_reasons == std::map<Vertex, std::size_t>{{1, 1}});
}

TEST_CASE("one pole can be drawn alone, with the bridges that reach it") {
    RenderOptions options = folded_dialectic();
    options.pole = "b";
    const FoldedView folded = fold_view(pole_columns_map(), options);
    CHECK(columns_of(folded) == std::vector<std::vector<Vertex>>{{3}});
    CHECK(folded.bridges == std::vector<Vertex>{5});
    options.pole = "c";
    CHECK(fold_view(pole_columns_map(), options).error == "no pole named 'c' (the map declares 2)");
}

TEST_CASE("evidence can be drawn, counted or hidden") {
    RenderOptions options = folded_dialectic();
    options.evidence = EvidenceShown::Show;
    FoldedView folded = fold_view(pole_columns_map(), options);
    CHECK(folded.evidence == std::vector<Vertex>{7, 8});
    CHECK(folded.badges.empty());
    options.evidence = EvidenceShown::Hide;
    folded = fold_view(pole_columns_map(), options);
    CHECK(folded.evidence.empty());
    CHECK(folded.badges.empty());
}

TEST_CASE("a dialectic without poles says so and centres on the thesis") {
    ArgumentMap map = pole_columns_map();
    map.poles.clear();
    const FoldedView folded = fold_view(map, folded_dialectic());
    CHECK(folded.notes == std::vector<std::string>{"the map declares no poles (front matter `poles:`), so the dialectic view "
                                                   "draws a thesis-centred overview instead"});
    CHECK(columns_of(folded) == std::vector<std::vector<Vertex>>{{1, 4, 2, 3, 5}});
    CHECK(folded.bridges.empty());
}

TEST_CASE("the folded chain starts from its focus and follows only grounds") {
    RenderOptions options;
    options.view = RenderView::Chain;
    options.focus = "A1";
    options.fold = true;
    const FoldedView folded = fold_view(pole_columns_map(), options);
    CHECK(folded.roots == std::vector<Vertex>{1});
    CHECK(columns_of(folded) == std::vector<std::vector<Vertex>>{{4, 5}});
}

TEST_CASE("the evidence badge groups by cited author, pages in order, and names whom a source reports") {
    ArgumentMap map = pole_columns_map();
    map.front_matter["sources.kumar.reports"] = "Thomas More, in translation";
    CHECK(warrant::render::evidence_badge(map, {8, 7}) == "2 quotations: Thomas More via Kumar 3, 12");
    map.node(8).texts = {"a paraphrase"};
    CHECK(warrant::render::evidence_badge(map, {8}) == "1 citation: Thomas More via Kumar 3");
    map.node(7).example = true;
    CHECK(warrant::render::evidence_badge(map, {7}) == "1 example");
    CHECK(warrant::render::evidence_badge(map, {8, 7}) == "1 citation: Thomas More via Kumar 3; 1 example");
}
