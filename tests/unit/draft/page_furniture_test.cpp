#include "draft/essay_layout.hpp"
#include "draft/page_furniture.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

// The furniture of a text, as the lines' texts.
std::vector<std::string> furniture_of(const std::string& text) {
    std::vector<warrant::draft::TextRange> lines;
    for (std::size_t at = 0; at <= text.size();) {
        std::size_t end = std::min(text.find('\n', at), text.size());
        std::size_t begin = at, stop = end;
        while (begin < stop && text[begin] == ' ') ++begin;
        while (stop > begin && text[stop - 1] == ' ') --stop;
        lines.push_back({begin, stop});
        at = end + 1;
    }
    const auto furniture = warrant::draft::page_furniture(text, lines);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (furniture[i]) out.push_back(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    return out;
}

}  // namespace

TEST_CASE("page numbers, text in another script, running headers and the name beside them are furniture") {
    const std::string text =
        "A Title Line Of The Paper\n\nThe essay begins here and it goes on\nfor a while.\nA Title Line Of The Paper\n"
        "It goes on after the header, and ends.\n295\n\u0627\u0644\u0639\u062f\u062f \u0627\u0644\u0639\n"
        "Dr. Jane Q. Public\nwants to prove that it continues.\n(36).\n";
    CHECK(furniture_of(text) == std::vector<std::string>{"A Title Line Of The Paper", "295", "\u0627\u0644\u0639\u062f\u062f \u0627\u0644\u0639",
                                                         "Dr. Jane Q. Public"});
}

TEST_CASE("a page break inside a sentence: the sentence reads on without the furniture") {
    const std::string text = "Title\n\nThe first paragraph is here, and Miss Emily\n\n295\n\nDr. Jane Q. Public\n\nwants to prove it.\n";
    CHECK(furniture_of(text) == std::vector<std::string>{"295", "Dr. Jane Q. Public"});
    const auto layout = warrant::draft::read_layout(text);
    REQUIRE(layout.paragraphs.size() == 1);
    CHECK(warrant::draft::squeeze_without(text, layout.paragraphs[0], layout.furniture) ==
          "The first paragraph is here, and Miss Emily wants to prove it.");
}

TEST_CASE("a text of one short paragraph is its body, not its title") {
    const std::string text = "Hunting is good for the environment because overpopulated species can be thinned out.";
    const auto layout = warrant::draft::read_layout(text);
    CHECK(layout.title.end == 0);
    REQUIRE(layout.paragraphs.size() == 1);
    CHECK(layout.paragraphs[0].end == text.size() );
}
