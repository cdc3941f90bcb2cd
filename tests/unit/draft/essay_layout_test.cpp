#include "draft/essay_layout.hpp"
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace {

using warrant::testing::read_file;

}  // namespace

TEST_CASE("an AAE2 essay has its title and one paragraph a line") {
    const std::string text = read_file(warrant::testing::shared_dir() + "/corpora/aae2-essays/train/essay001.txt");
    const warrant::draft::EssayLayout layout = warrant::draft::read_layout(text);
    CHECK(warrant::draft::slice(text, layout.title) == "Should students be taught to compete or to cooperate?");
    CHECK(layout.paragraphs.size() == 4);  // five lines: the title and four paragraphs
    CHECK(layout.headings.empty());
}

TEST_CASE("a double-spaced PDF extract keeps its numbered headings as sections") {
    const std::string text = read_file(warrant::testing::seed_essay_path());
    const warrant::draft::EssayLayout layout = warrant::draft::read_layout(text);
    std::vector<std::string> numbered;
    for (const auto& heading : layout.headings)
        if (heading.title[0] >= '0' && heading.title[0] <= '9') numbered.push_back(heading.title);
    CHECK(numbered == std::vector<std::string>{"1. Utopia/Dystopia", "2. Never Let Me Go Portraying a Ustopia",
                                               "3. Utopian Elements in Never Let me Go", "3.1. Hailsham as a \u2018good place\u2019",
                                               "3.2. Health as Utopian and Dystopian", "3.3. Friendship",
                                               "3.4.  Teacher-student Relationships", "3.5.  Perceptiveness and Hard work",
                                               "4.5.  Hopes and Dreams", "5. Conclusion"});
    CHECK(layout.headings[layout.headings.size() - 1].level == 1);
    // 27 paragraphs of prose, "Cloning" (the keywords' second line) among them; the page
    // furniture (the Arabic abstract, "295", the date's digits one a line, the author's name)
    // is none of them: 56 before it was left out.
    CHECK(layout.paragraphs.size() == 27);
}

TEST_CASE("a Markdown essay's blank lines separate paragraphs and a Works Cited list is apart") {
    const std::string text = "# On Walls\n\nWalls keep\nout rain.\n\nRoofs keep out\nsnow.\n\n## Works Cited\n\nFrost, Robert. Mending Wall. 1914.\n";
    const warrant::draft::EssayLayout layout = warrant::draft::read_layout(text);
    REQUIRE(layout.paragraphs.size() == 2);
    CHECK(warrant::draft::slice(text, layout.paragraphs[1]) == "Roofs keep out\nsnow.");
    REQUIRE(layout.references.size() == 1);
    CHECK(warrant::draft::slice(text, layout.references[0]) == "Frost, Robert. Mending Wall. 1914.");
}

TEST_CASE("a page break inside a sentence of a PDF extract does not end the paragraph") {
    const std::string text = read_file(warrant::testing::seed_essay_path());
    const warrant::draft::EssayLayout layout = warrant::draft::read_layout(text);
    // Each pair is the end of a line and the start of the indented line after it, across a page break.
    const std::vector<std::pair<std::string, std::string>> breaks = {
        {"concerning personal and", "societal faults, to stimulate reform."},              // a lower-case start
        {"but also because", "she\u2019s so afraid something will happen"},                // inside a quotation
        {"restrained from doing wrong\u201d", "(Ferns 42). Over time"},                    // a citation
        {"a top priority among the guardians of", "Hailsham. Kathy declares"}};            // a line broken mid-sentence
    for (const auto& [before, after] : breaks) {
        const std::size_t at = text.find(after);
        REQUIRE(at != std::string::npos);
        const auto holds = [&](const warrant::draft::TextRange& p) { return p.begin <= at && at < p.end; };
        const auto paragraph = std::find_if(layout.paragraphs.begin(), layout.paragraphs.end(), holds);
        REQUIRE(paragraph != layout.paragraphs.end());
        CHECK_MESSAGE(warrant::draft::slice(text, *paragraph).find(before) != std::string_view::npos, after);
    }
    // A block quotation still stands apart from the sentence that introduces it.
    const std::size_t quote = text.find("Despite the name, dystopia");
    const auto block = std::find_if(layout.paragraphs.begin(), layout.paragraphs.end(),
                                    [&](const warrant::draft::TextRange& p) { return p.begin == quote; });
    CHECK(block != layout.paragraphs.end());
}
