#include "draft/citations.hpp"
#include "support/source_tree.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

namespace {

using namespace warrant::draft;

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string> described(std::string_view text) {
    const EssayLayout layout = read_layout(text);
    std::vector<std::string> out;
    for (const FoundCitation& c : find_citations(text, layout, read_works_cited(text, layout)))
        out.push_back(c.key + " " + c.page + ": " + std::string(slice(text, c.quoted)));
    return out;
}

}  // namespace

TEST_CASE("the seed essay's parenthetical citations carry the source and page of the hand-made map") {
    const std::string essay = read_all(warrant::testing::source_dir() + "/../shared/seeds/000_ea0b22133c31ef23.txt");
    // The hand-made map's evidence with a page: each is one parenthetical citation of the essay.
    const warrant::LoadResult hand = warrant::load_file(warrant::testing::source_dir() + "/graphs/ustopia.argdown");
    std::map<std::pair<std::string, std::string>, int> expected;
    int cited = 0;
    for (warrant::Vertex v : boost::make_iterator_range(boost::vertices(hand.map.graph))) {
        const warrant::Node& node = hand.map.graph[v];
        if (node.kind != warrant::NodeKind::Evidence || node.page.empty()) continue;
        ++expected[{node.source, node.page}];
        ++cited;
    }
    const EssayLayout layout = read_layout(essay);
    int right = 0;
    for (const FoundCitation& c : find_citations(essay, layout, {}))
        if (auto it = expected.find({c.key, c.page}); it != expected.end() && it->second > 0) {
            --it->second;
            ++right;
        }
    CHECK(cited >= 70);
    // Issue #21's target is nine in ten; 65 of 75 today (see draft_command_test.cpp for the misses).
    CHECK(right * 100 >= cited * 85);
    MESSAGE(right << " of " << cited << " citations with the right source and page");
}

TEST_CASE("a page-only citation takes the scholar named before it, not a character") {
    const std::string text =
        "A Reading of Ishiguro\u2019s Novel\n\n"
        "Daniele Fioretti agrees, claiming that dystopias warn \u201cto prevent the catastrophe\u201d (36). "
        "Miss Emily explains, \u201cwas considered a shining beacon\u201d (258).\n";
    CHECK(described(text) == std::vector<std::string>{"fioretti 36: to prevent the catastrophe",
                                                      "ishiguro 258: was considered a shining beacon"});
}

TEST_CASE("ibid. takes the source of the citation before") {
    const std::string text = "Title\n\nOne says \u201cA\u201d (Wear 103). Another says \u201cB\u201d (ibid. 104). \u201cC\u201d (Ibid.).\n";
    CHECK(described(text) == std::vector<std::string>{"wear 103: A", "wear 104: B", "wear 104: C"});
}

TEST_CASE("a Works Cited list becomes the sources, two works by one author told apart") {
    const std::string text =
        "Essay\n\nShe writes \u201cA\u201d (Atwood, Oryx 12) and \u201cB\u201d (Atwood, Handmaid 3) and \u201cC\u201d (Wear 5).\n\n"
        "Works Cited\n\n"
        "Atwood, Margaret. Oryx and Crake. McClelland and Stewart, 2003.\n"
        "---. The Handmaid\u2019s Tale. McClelland and Stewart, 1985.\n"
        "Wear, Sarah Klitenic. \u201cProclus on Evil.\u201d Philosophy, 2011.\n";
    const EssayLayout layout = read_layout(text);
    const std::vector<SourceRecord> sources = read_works_cited(text, layout);
    REQUIRE(sources.size() == 3);
    CHECK(sources[0].key == "atwood_2003");
    CHECK(sources[0].work == "Oryx and Crake");
    CHECK(sources[1].key == "atwood_1985");
    CHECK(sources[1].author == "Atwood, Margaret");
    CHECK(sources[2].key == "wear");
    CHECK(sources[2].work == "Proclus on Evil");
    CHECK(sources[2].year == "2011");
    CHECK(described(text) == std::vector<std::string>{"atwood_2003 12: A", "atwood_1985 3: B", "wear 5: C"});
}

TEST_CASE("an APA citation after a named author takes that author") {
    const std::string text = "Essay\n\nSmith (2019, p. 4) argues that \u201cschools fail\u201d (Smith, 2019, p. 5).\n";
    CHECK(described(text) == std::vector<std::string>{"smith 4: Smith", "smith 5: schools fail"});
}
