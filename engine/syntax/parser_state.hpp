// The Argdown parser's internals (private to engine/syntax): a recursive-descent parser over
// the token stream whose only nesting that input controls — relation trees — runs on an
// explicit stack. Split over parser.cpp (document, paragraphs, errors) and
// parser_elements.cpp (statements, arguments, relation trees, premise-conclusion structures).
#pragma once

#include "syntax/lexer.hpp"
#include "syntax/shortcodes.hpp"
#include "syntax/syntax_tree.hpp"
#include "warrant/diagnostic.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::syntax {

enum class Allowed { Statement, Argument, Either };

class Parser {
public:
    Parser(std::string_view text, const std::string& file_name, TokenStream& tokens,
           const LineIndex& lines, std::vector<Diagnostic>& diagnostics, SyntaxTree& tree)
        : text_(text), file_(file_name), tokens_(tokens), lines_(lines), diagnostics_(diagnostics), tree_(tree) {}

    void parse_document();

private:
    // parser.cpp
    bool parse_block();
    bool parse_heading();
    bool parse_list();
    void recover();
    void skip_rest_of_line();
    void keep_orphans();
    void fail(const char* code, std::string message, const Token& at);
    std::string describe(const Token& token) const;

    // parser_elements.cpp
    std::optional<ElementId> parse_element_tree(Allowed allowed);
    std::optional<ElementId> parse_element_head(Allowed allowed);

    // parser_hints.cpp
    void report_missing_colon(const Token& title);
    void report_unclosed_title(const Token& first);
    void report_unclosed_quote(std::uint32_t begin, std::uint32_t end);
    bool report_bullet_for_relation(const Token& found);
    SourceSpan point(std::uint32_t offset) const;
    bool parse_relation_tree(std::optional<ElementId> root, std::vector<RelationId>& root_relations, bool undercuts_only,
                             bool root_lost = false);
    void append_text(const Token& token, std::string& text) const;
    bool parse_content(std::string& text, std::vector<std::string>& tags, std::vector<TextRange>& tag_ranges,
                       std::vector<Mention>& mentions);
    void parse_metadata(std::string& metadata, Location& span);
    bool parse_pcs();
    bool parse_inference(Pcs& pcs);

    // Past the end of the stream, peek() and take() return its last token, Eof.
    const Token& peek(std::size_t ahead = 0) const { return tokens_[pos_ + ahead]; }
    bool at(TokenType type) const { return peek().type == type; }
    const Token& take() {
        const Token& token = tokens_[pos_];
        if (token.type != TokenType::Eof) ++pos_;  // Eof comes once, last
        return token;
    }
    std::string_view image(const Token& token) const { return text_.substr(token.begin, token.end - token.begin); }
    Location location(std::uint32_t begin, std::uint32_t end) const;
    std::uint32_t last_end() const { return pos_ > 0 ? tokens_[pos_ - 1].end : 0; }

    std::string_view text_;
    const std::string& file_;
    TokenStream& tokens_;  // reading may wait for the lexer: not const
    const LineIndex& lines_;
    std::vector<Diagnostic>& diagnostics_;
    SyntaxTree& tree_;
    std::size_t pos_ = 0;
    // Elements whose parent line was lost to an error: kept as paragraphs of their own, after
    // the block they were found in (see parse_relation_tree()).
    std::vector<ElementId> orphans_;
    ShortcodeTable shortcodes_;  // the front matter's `model: shortcodes:`
};

bool starts_content(TokenType type);
bool starts_statement(TokenType type);
bool starts_argument(TokenType type);

}  // namespace warrant::syntax
