#include "draft/essay_text.hpp"

#include <algorithm>
#include <cctype>

namespace warrant::draft {
namespace {

// The model knows English: a paragraph whose letters are mostly outside ASCII (an abstract in
// Arabic, a quotation in Greek) is not mined. Latin letters with accents are two bytes, so a
// French name or a "café" does not tip the balance.
bool mostly_latin(const std::vector<Token>& tokens) {
    std::size_t ascii = 0, other = 0;
    for (const Token& token : tokens) {
        if (!token.word) continue;
        for (char c : token.lower) (static_cast<unsigned char>(c) < 0x80 ? ascii : other) += std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    }
    return ascii >= other;
}

}  // namespace

EssayText read_essay(std::string_view text, const EssayLayout& layout) {
    EssayText essay{text, {}, {}};
    for (const Token& token : tokenize(text, layout.title))
        if (token.word) essay.title_words.push_back(token.lower);
    for (std::size_t i = 0; i < layout.paragraphs.size(); ++i) {
        const TextRange range = layout.paragraphs[i];
        ParagraphText paragraph{range, layout.paragraph_heading[i], tokenize(text, range), {}, {}};
        std::erase_if(paragraph.tokens, [&](const Token& token) { return inside(token.range, layout.furniture); });
        if (paragraph.tokens.empty() || !mostly_latin(paragraph.tokens)) continue;
        paragraph.sentences = sentences(text, paragraph.tokens);
        paragraph.quotations = quotations(paragraph.tokens);
        essay.paragraphs.push_back(std::move(paragraph));
    }
    return essay;
}

bool has_headings(const EssayText& essay) {
    return std::any_of(essay.paragraphs.begin(), essay.paragraphs.end(), [](const ParagraphText& paragraph) { return paragraph.section != 0; });
}

std::size_t sentence_number(const ParagraphText& paragraph, std::size_t token) {
    const auto found = std::partition_point(paragraph.sentences.begin(), paragraph.sentences.end(),
                                            [&](const auto& sentence) { return sentence.second <= token; });
    const std::size_t number = static_cast<std::size_t>(found - paragraph.sentences.begin());
    return number == paragraph.sentences.size() && number > 0 ? number - 1 : number;
}

std::pair<std::size_t, std::size_t> sentence_holding(const ParagraphText& paragraph, std::size_t token) {
    if (paragraph.sentences.empty()) return {0, 0};
    return paragraph.sentences[sentence_number(paragraph, token)];
}

}  // namespace warrant::draft
