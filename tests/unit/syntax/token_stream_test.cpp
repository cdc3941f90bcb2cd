#include "syntax/parser.hpp"
#include "support/source_tree.hpp"
#include "syntax/token_stream.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using warrant::syntax::Lexing;
using warrant::syntax::Token;
using warrant::syntax::TokenStream;
using warrant::syntax::TokenType;

namespace {

Token token_at(std::uint32_t offset, TokenType type = TokenType::Freestyle) {
    Token token;
    token.begin = offset;
    token.end = offset + 1;
    token.type = type;
    return token;
}

// Everything the parser made, written out: two trees with the same text are the same tree.
std::string describe(const warrant::syntax::SyntaxTree& tree, const std::vector<warrant::Diagnostic>& diagnostics) {
    std::ostringstream out;
    const auto at = [&](const warrant::syntax::Location& l) {
        out << l.line << ':' << l.column << '-' << l.end_line << ':' << l.end_column << ' ';
    };
    out << "front " << tree.front_matter << '\n';
    for (const auto& block : tree.blocks) out << "block " << int(block.kind) << ' ' << block.index << '\n';
    for (const auto& heading : tree.headings) out << "heading " << heading.level << ' ' << heading.text << '\n';
    for (const auto& element : tree.elements) {
        out << "element " << int(element.kind) << int(element.form) << " [" << element.title << "] " << element.text << ' ';
        at(element.span);
        for (const auto& tag : element.markup().tags) out << '#' << tag << ' ';
        out << element.markup().metadata;
        for (auto relation : element.relations) out << " r" << relation;
        out << '\n';
    }
    for (const auto& relation : tree.relations) {
        out << "relation " << int(relation.symbol) << ' ' << relation.indentation << ' ' << relation.target << ' ';
        at(relation.span);
        out << '\n';
    }
    for (const auto& pcs : tree.pcs) out << "pcs " << pcs.members.size() << ' ' << pcs.inferences.size() << '\n';
    for (const auto& d : diagnostics)
        out << d.code << ' ' << d.span.line << ':' << d.span.column << ' ' << d.message << '\n';
    return out.str();
}

std::string parsed(std::string_view text, Lexing lexing, warrant::ParseLimits limits = {}) {
    std::vector<warrant::Diagnostic> diagnostics;
    const auto tree = warrant::syntax::parse(text, "t.argdown", limits, diagnostics, lexing);
    return describe(tree, diagnostics);
}

}  // namespace

TEST_CASE("a token stream hands tokens from one thread to another in order, then Eof") {
    constexpr std::uint32_t kTokens = 3 * TokenStream::kChunk + 5;
    TokenStream stream;
    std::thread lexer([&] {
        std::vector<Token> chunk;
        for (std::uint32_t i = 0; i < kTokens; ++i) {
            chunk.push_back(token_at(i));
            if (chunk.size() == TokenStream::kChunk) stream.put(std::exchange(chunk, {}));
        }
        chunk.push_back(token_at(kTokens, TokenType::Eof));
        stream.put(std::move(chunk));
        stream.close();
    });
    for (std::uint32_t i = 0; i < kTokens; ++i) {
        const Token& token = stream[i];
        if (token.begin != i || token.type != TokenType::Freestyle) FAIL("token " << i << " is out of place");
    }
    CHECK(stream[kTokens].type == TokenType::Eof);
    CHECK(stream[kTokens + 1000].begin == kTokens);  // past the end: the last token again
    lexer.join();
}

TEST_CASE("a stream closed without Eof (a failed lexer) still ends in Eof") {
    TokenStream stream;
    stream.put(std::vector<Token>(TokenStream::kChunk, token_at(7)));
    stream.close();
    CHECK(stream[TokenStream::kChunk - 1].begin == 7);
    CHECK(stream[TokenStream::kChunk].type == TokenType::Eof);
    CHECK(stream[TokenStream::kChunk + 50].type == TokenType::Eof);

    TokenStream empty;
    empty.close();
    CHECK(empty[0].type == TokenType::Eof);
}

TEST_CASE("lexing on its own thread makes the same tree and findings as lexing first") {
    // Many chunks of tokens, with lexer findings (too deep) and parser findings (a relation
    // opening a paragraph) spread over the whole input and at the chunk edges.
    std::string text = "===\ntitle: big\n===\n\n# Heading #h\n\n";
    for (int i = 0; i < 4000; ++i) {
        text += "[S" + std::to_string(i) + "]: Statement *" + std::to_string(i) + "* with a #tag {k: " + std::to_string(i) + "}\n";
        text += "  + <A" + std::to_string(i) + ">: an argument\n    - [S" + std::to_string(i + 1) + "]\n";
        if (i % 97 == 0) text += "      + too\n        + deep\n";
        text += "\n";
        if (i % 113 == 0) text += "+ [Orphan]: a relation with nothing above it\n\n";
        if (i % 251 == 0) text += "(1) [P" + std::to_string(i) + "]: a premise\n----\n(2) a conclusion\n\n";
    }
    warrant::ParseLimits shallow;
    shallow.max_depth = 2;
    const std::string sequential = parsed(text, Lexing::Sequential, shallow);
    CHECK(sequential.find("E012") != std::string::npos);
    CHECK(sequential.find("E011") != std::string::npos);
    CHECK(parsed(text, Lexing::Concurrent, shallow) == sequential);
    CHECK(parsed(text, Lexing::BySize, shallow) == sequential);
}

TEST_CASE("every map of the Argdown corpus parses the same with the lexer on its own thread") {
    const auto inputs = std::filesystem::path(warrant::testing::source_dir()) / ".." / "shared" / "argdown-corpus" / "inputs";
    REQUIRE(std::filesystem::is_directory(inputs));
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(inputs)) {
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK_MESSAGE(parsed(text, Lexing::Concurrent) == parsed(text, Lexing::Sequential), entry.path().filename().string());
        ++files;
    }
    CHECK(files >= 100);
}
