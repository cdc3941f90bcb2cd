#include "draft/citations.hpp"
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

namespace {

using warrant::testing::read_file;

using namespace warrant::draft;

std::vector<std::string> described(std::string_view text) {
    const EssayLayout layout = read_layout(text);
    std::vector<std::string> out;
    for (const FoundCitation& c : find_citations(text, layout, read_works_cited(text, layout)))
        out.push_back(c.key + " " + c.page + ": " + std::string(slice(text, c.quoted)));
    return out;
}

}  // namespace

TEST_CASE("the seed essay's parenthetical citations carry the source and page of the hand-made map") {
    const std::string essay = read_file(warrant::testing::seed_essay_path());
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
    // Issue #21's target is nine in ten; 74 of 75 are reached (see draft_command_test.cpp for the one missed).
    CHECK(right * 100 >= cited * 98);
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

TEST_CASE("a signal phrase between the quotation and its page names the speaker") {
    const std::string text =
        "A Reading of Ishiguro\u2019s Novel\n\n"
        "This dream may turn into a dystopia \u201cif the cost of utopia is too high,\u201d as Kenneth Hanshew argues (18).\n";
    CHECK(described(text) == std::vector<std::string>{"hanshew 18: if the cost of utopia is too high"});
}

TEST_CASE("a scholar introduced in full is known later by surname, and a sentence's first word is not a name") {
    const std::string text =
        "A Reading of Ishiguro\u2019s Novel\n\n"
        "Therefore, Michael D. Gordin declares that \u201cdystopia is not the opposite\u201d (1). "
        "For example, Gordin writes, \u201cEvery utopia comes with its dystopia\u201d (2).\n";
    CHECK(described(text) == std::vector<std::string>{"gordin 1: dystopia is not the opposite",
                                                      "gordin 2: Every utopia comes with its dystopia"});
}

TEST_CASE("a character who speaks a quotation gives its page to the work the essay is about") {
    const std::string text =
        "A Reading of Ishiguro\u2019s Novel\n\n"
        "Health matters at Hailsham. Kathy declares, \u201cwe had a medical every week\u201d (13). "
        "As Miss Emily says to Kathy, the aim was to prove that the clones \u201chad souls at all\u201d (260). "
        "Miss Emily is aware of this dream of Kathy\u2019s and says, \u201cI saw a little girl\u201d (272).\n";
    CHECK(described(text) == std::vector<std::string>{"ishiguro 13: we had a medical every week",
                                                      "ishiguro 260: had souls at all", "ishiguro 272: I saw a little girl"});
}

TEST_CASE("a scholar's possessive names the source, and the next page of the sentence keeps it") {
    const std::string text =
        "A Reading of Ishiguro\u2019s Novel\n\n"
        "The word utopia began when Thomas More introduced it. One key element in More\u2019s utopia was health, "
        "described as \u201cthe greatest of all bodily pleasures\u201d (86) because \u201cthe pleasure of eating\u201d (87). "
        "Kathy\u2019s words say \u201cwe had to have some form of medical\u201d (13).\n";
    CHECK(described(text) == std::vector<std::string>{"more 86: the greatest of all bodily pleasures",
                                                      "more 87: the pleasure of eating",
                                                      "ishiguro 13: we had to have some form of medical"});
}

TEST_CASE("a block quotation takes the speaker of the paragraph that introduces it") {
    const std::string text =
        "A Reading of Ishiguro\u2019s Novel\n"
        "Therefore, Michael D. Gordin declares:\n"
        "Despite the name, dystopia is not simply the opposite of utopia. It is a utopia gone wrong.(1)\n"
        "Kathy adds:\n"
        "Since each of us was copied from a normal person, there must be a model.(139)\n";
    CHECK(described(text) == std::vector<std::string>{
                                 "gordin 1: Despite the name, dystopia is not simply the opposite of utopia. It is a utopia gone wrong.",
                                 "ishiguro 139: Since each of us was copied from a normal person, there must be a model."});
}
