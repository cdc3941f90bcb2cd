#include "draft/tokens.hpp"

#include <doctest/doctest.h>

namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (const warrant::draft::Token& token : warrant::draft::tokenize(text, {0, text.size()})) out.push_back(token.lower);
    return out;
}

std::vector<std::string> sentence_texts(std::string_view text) {
    const auto tokens = warrant::draft::tokenize(text, {0, text.size()});
    std::vector<std::string> out;
    for (const auto& [first, last] : warrant::draft::sentences(text, tokens))
        out.emplace_back(text.substr(tokens[first].range.begin, tokens[last - 1].range.end - tokens[first].range.begin));
    return out;
}

}  // namespace

TEST_CASE("a token is a run of word characters or one punctuation mark") {
    CHECK(words("Don't stop, it's \u201cfine\u201d\u2014really.") ==
          std::vector<std::string>{"don", "'", "t", "stop", ",", "it", "'", "s", "\u201c", "fine", "\u201d", "\u2014", "really", "."});
    CHECK(words("Caf\u00e9 na\u00efve") == std::vector<std::string>{"caf\u00e9", "na\u00efve"});
}

TEST_CASE("sentences end at a full stop before a capital, not inside an abbreviation") {
    CHECK(sentence_texts("First, e.g. this one. Second is \u201cquoted.\u201d Third?") ==
          std::vector<std::string>{"First, e.g. this one.", "Second is \u201cquoted.\u201d", "Third?"});
}

TEST_CASE("a decimal point ends no sentence; a full stop before a number does") {
    CHECK(sentence_texts("Costs rose by 1.5 percent. Pain fell (P =.001) in most. 2019 was dry.") ==
          std::vector<std::string>{"Costs rose by 1.5 percent.", "Pain fell (P =.001) in most.", "2019 was dry."});
}

TEST_CASE("an initial or a title does not end a sentence; an acronym's last letter can") {
    CHECK(sentence_texts("Michael D. Gordin declares: it holds. Mr. Yang agrees.") ==
          std::vector<std::string>{"Michael D. Gordin declares: it holds.", "Mr. Yang agrees."});
    CHECK(sentence_texts("I am in the U.S. It is far.") == std::vector<std::string>{"I am in the U.S.", "It is far."});
}

TEST_CASE("quotations pair their marks, outermost only, and a mark never closed starts none") {
    const std::string text = "He said \u201cwe \u201cknow\u201d it\u201d and \"so\" but \u201cnever closed.";
    const auto tokens = warrant::draft::tokenize(text, {0, text.size()});
    std::vector<std::string> quoted;
    for (const auto& [open, close] : warrant::draft::quotations(tokens))
        quoted.emplace_back(text.substr(tokens[open].range.begin, tokens[close].range.end - tokens[open].range.begin));
    CHECK(quoted == std::vector<std::string>{"\u201cwe \u201cknow\u201d it\u201d", "\"so\""});
}
