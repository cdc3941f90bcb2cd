#include "syntax/lexer.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using warrant::syntax::TokenType;

std::vector<TokenType> types_of(std::string_view text) {
    std::vector<warrant::Diagnostic> diagnostics;
    warrant::syntax::LineIndex lines(text);
    warrant::ParseLimits limits;
    std::string file = "t.argdown";
    std::vector<TokenType> types;
    for (const auto& token : warrant::syntax::Lexer(text, file, limits, lines, diagnostics).tokenize()) types.push_back(token.type);
    return types;
}

}  // namespace

TEST_CASE("a statement definition is one token followed by its text") {
    CHECK(types_of("[A]: text") == std::vector{TokenType::StatementDefinition, TokenType::Freestyle, TokenType::Eof});
}

TEST_CASE("a relation line opens an indent and the end of input closes it") {
    CHECK(types_of("[A]\n  + [B]") == std::vector{TokenType::StatementReference, TokenType::Indent, TokenType::Relation,
                                                  TokenType::StatementReference, TokenType::Dedent, TokenType::Eof});
}

TEST_CASE("a plus sign inside a line is text, not a relation") {
    CHECK(types_of("a + b") == std::vector{TokenType::Freestyle, TokenType::Eof});
}

TEST_CASE("comments are dropped and an empty line separates paragraphs") {
    CHECK(types_of("a // note\n\n<!-- x -->b") == std::vector{TokenType::Freestyle, TokenType::Emptyline, TokenType::Freestyle, TokenType::Eof});
}

TEST_CASE("an inference line switches to inference tokens until its closing dashes") {
    CHECK(types_of("(1) a\n-- r1, r2 --\n(2) b") ==
          std::vector{TokenType::StatementNumber, TokenType::Freestyle, TokenType::InferenceStart, TokenType::Freestyle,
                      TokenType::ListDelimiter, TokenType::Freestyle, TokenType::InferenceEnd, TokenType::StatementNumber,
                      TokenType::Freestyle, TokenType::Eof});
}

TEST_CASE("CRLF and lone CR line endings both separate paragraphs") {
    const auto expected = std::vector{TokenType::Freestyle, TokenType::Emptyline, TokenType::Freestyle, TokenType::Eof};
    CHECK(types_of("a\r\n\r\nb") == expected);
    CHECK(types_of("a\r\rb") == expected);
}

TEST_CASE("bold and italic markers become range tokens") {
    CHECK(types_of("**b** _i_") == std::vector{TokenType::BoldStart, TokenType::Freestyle, TokenType::BoldEnd,
                                               TokenType::ItalicStart, TokenType::Freestyle, TokenType::ItalicEnd, TokenType::Eof});
}

TEST_CASE("a shortcode inside a word is its own token") {
    CHECK(types_of("p.^.q") == std::vector{TokenType::Freestyle, TokenType::SpecialChar, TokenType::Freestyle, TokenType::Eof});
}
