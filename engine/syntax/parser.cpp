// The Argdown parser: document structure, paragraphs and error recovery. A paragraph that
// does not parse is reported once and skipped up to the next empty line, so that every
// broken paragraph of a file is reported.
#include "syntax/parser.hpp"

#include "syntax/parser_state.hpp"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <iterator>
#include <span>
#include <system_error>
#include <thread>
#include <unordered_set>

namespace warrant::syntax {

bool starts_content(TokenType type) {
    switch (type) {
        case TokenType::Freestyle:
        case TokenType::UnusedControlChar:
        case TokenType::EscapedChar:
        case TokenType::SpecialChar:
        case TokenType::Link:
        case TokenType::BoldStart:
        case TokenType::ItalicStart:
        case TokenType::Tag:
        case TokenType::StatementMention:
        case TokenType::ArgumentMention: return true;
        default: return false;
    }
}

bool starts_statement(TokenType type) {
    return type == TokenType::StatementDefinition || type == TokenType::StatementReference || starts_content(type);
}

bool starts_argument(TokenType type) {
    return type == TokenType::ArgumentDefinition || type == TokenType::ArgumentReference;
}

Location Parser::location(std::uint32_t begin, std::uint32_t end) const {
    Location where;
    lines_.locate(begin, where.line, where.column);
    lines_.locate(end, where.end_line, where.end_column);
    return where;
}

std::string Parser::describe(const Token& token) const {
    if (token.type == TokenType::Eof) return "end of input";
    if (token.type == TokenType::Indent) return "an indented line";
    if (token.type == TokenType::Dedent) return "the end of an indented block";
    std::string_view shown = image(token);
    if (shown.size() > 40) shown = shown.substr(0, 40);
    while (!shown.empty() && (shown.back() == ' ' || shown.back() == '\t')) shown.remove_suffix(1);
    return std::string(to_string(token.type)) + " '" + std::string(shown) + "'";
}

void Parser::fail(const char* code, std::string message, const Token& at) {
    SourceSpan span{file_};
    lines_.locate(at.begin, span.line, span.column);
    lines_.locate(at.end, span.end_line, span.end_column);
    diagnostics_.push_back({Severity::Error, code, std::move(message), std::move(span), {}});
}

void Parser::recover() {
    while (!at(TokenType::Eof) && !at(TokenType::Emptyline)) take();
    keep_orphans();
}

// Past the rest of a line that did not parse, up to the first token of the next line (or the
// Indent or Dedent that opens it): a bad line inside a relation tree costs only itself.
void Parser::skip_rest_of_line() {
    while (!at(TokenType::Eof) && !at(TokenType::Emptyline) && !at(TokenType::Indent) && !at(TokenType::Dedent)) {
        take();
        if (peek().newline_before) break;
    }
}

void Parser::keep_orphans() {
    for (ElementId orphan : orphans_) tree_.blocks.push_back({BlockKind::Element, orphan});
    orphans_.clear();
}

void Parser::parse_document() {
    if (at(TokenType::Emptyline)) take();
    if (at(TokenType::FrontMatter)) {
        const Token& token = take();
        std::string_view raw = image(token);
        std::size_t open = raw.find_first_not_of('=');
        std::size_t close = raw.find_last_not_of('=');
        tree_.front_matter = open == std::string_view::npos ? "" : std::string(raw.substr(open, close - open + 1));
        tree_.front_matter_span = location(token.begin, token.end);
        shortcodes_ = custom_shortcodes(tree_.front_matter);
        if (!at(TokenType::Emptyline) && !at(TokenType::Eof)) {
            fail("E018", "front matter must be followed by an empty line", peek());
            recover();
        }
    }
    while (!at(TokenType::Eof)) {
        if (at(TokenType::Emptyline)) {
            take();
            continue;
        }
        if (!parse_block()) {
            recover();
            continue;
        }
        keep_orphans();
        if (!at(TokenType::Emptyline) && !at(TokenType::Eof)) {
            if (!report_bullet_for_relation(peek()))
                fail("E010", "unexpected " + describe(peek()) + ": a new paragraph needs an empty line before it", peek());
            if (at(TokenType::Relation) || at(TokenType::Indent)) {
                // Relation lines the tree above could not take (indented to no level of it, often
                // by a tab): their statements and the relations among them are kept.
                std::vector<RelationId> unused;
                parse_relation_tree(std::nullopt, unused, false, true);
                keep_orphans();
                continue;
            }
            recover();
        }
    }
}

bool Parser::parse_block() {
    const Token& first = peek();
    switch (first.type) {
        case TokenType::HeadingStart: return parse_heading();
        case TokenType::StatementNumber: return parse_pcs();
        case TokenType::OrderedListItem:
        case TokenType::UnorderedListItem: return parse_list();
        case TokenType::Indent:
            if (peek(1).type == TokenType::OrderedListItem || peek(1).type == TokenType::UnorderedListItem)
                return parse_list();
            fail("E011", "relation without a statement or argument above it (a relation may not start a paragraph)", first);
            return false;
        case TokenType::Relation:
            fail("E011", "relation without a statement or argument above it (a relation may not start a paragraph)", first);
            return false;
        case TokenType::FrontMatter:
            fail("E018", "front matter (===) may only open the document", first);
            return false;
        case TokenType::InferenceStart:
            fail("E016", "inference line (--) outside a premise-conclusion structure", first);
            return false;
        default: break;
    }
    if (starts_statement(first.type) || starts_argument(first.type)) {
        std::optional<ElementId> element = parse_element_tree(Allowed::Either);
        if (!element) return false;
        tree_.blocks.push_back({BlockKind::Element, *element});
        return true;
    }
    fail("E010", "unexpected " + describe(first) + " at the start of a paragraph", first);
    return false;
}

bool Parser::parse_heading() {
    const Token& start = take();
    Heading heading;
    heading.level = static_cast<int>(start.end - start.begin) - 1;
    std::vector<Mention> mentions;
    if (!parse_content(heading.text, heading.tags, heading.tag_ranges, mentions)) {
        fail("E014", "heading without a title", peek());
        return false;
    }
    // A tag's image keeps the blank after it ("#H3 "); trimming the title's trailing blanks cuts
    // that blank off a last tag too, so its range must end where the text now ends.
    while (!heading.text.empty() && (heading.text.back() == ' ' || heading.text.back() == '\t')) heading.text.pop_back();
    const auto text_end = static_cast<std::uint32_t>(heading.text.size());
    for (TextRange& range : heading.tag_ranges) range.end = std::min(range.end, text_end);
    if (at(TokenType::Data)) parse_metadata(heading.metadata, heading.metadata_span);
    heading.span = location(start.begin, last_end());
    tree_.blocks.push_back({BlockKind::Heading, static_cast<std::uint32_t>(tree_.headings.size())});
    tree_.headings.push_back(std::move(heading));
    return true;
}

// A list is one level of items, indented or not; Argdown has no nested lists.
bool Parser::parse_list() {
    const bool indented = at(TokenType::Indent);
    if (indented) take();
    const TokenType item_type = peek().type;
    std::vector<ElementId> items;
    while (at(item_type)) {
        take();
        std::optional<ElementId> item = parse_element_tree(Allowed::Either);
        if (!item) return false;
        items.push_back(*item);
    }
    if (at(TokenType::Indent) && (peek(1).type == TokenType::OrderedListItem || peek(1).type == TokenType::UnorderedListItem)) {
        fail("E019", "lists cannot be nested", peek());
        return false;
    }
    if (indented) {
        if (!at(TokenType::Dedent)) {
            fail("E010", "unexpected " + describe(peek()) + " in a list", peek());
            return false;
        }
        take();
    }
    tree_.blocks.push_back({BlockKind::List, static_cast<std::uint32_t>(tree_.lists.size())});
    tree_.lists.push_back(std::move(items));
    return true;
}

namespace {

// One pass: the parser's findings go to `diagnostics`, the lexer's to `lexer_diagnostics`.
void lex_and_parse(std::string_view text, const std::string& file_name, const ParseLimits& limits,
                   const LineIndex& lines, Lexing lexing, bool tabs_as_columns, SyntaxTree& tree,
                   std::vector<Diagnostic>& diagnostics, std::vector<Diagnostic>& lexer_diagnostics) {
    TokenStream tokens;
    Lexer lexer(text, file_name, limits, lines, lexer_diagnostics);
    if (tabs_as_columns) lexer.read_tabs_as_editor_columns();
    std::exception_ptr lexer_failure;
    std::jthread lexing_thread;  // joined before the stream, the lexer and the tree go
    if (lexing == Lexing::Concurrent || (lexing == Lexing::BySize && text.size() >= kConcurrentLexingBytes)) {
        try {
            lexing_thread = std::jthread([&] {
                try {
                    lexer.tokenize_into(tokens);
                } catch (...) {
                    lexer_failure = std::current_exception();
                    tokens.close();
                }
            });
        } catch (const std::system_error&) {
            // No thread to be had (a process limit): lex first, as for a small map.
        }
    }
    if (!lexing_thread.joinable()) lexer.tokenize_into(tokens);
    Parser(text, file_name, tokens, lines, diagnostics, tree).parse_document();
    if (lexing_thread.joinable()) lexing_thread.join();
    if (lexer_failure) std::rethrow_exception(lexer_failure);
}

// True when a line that mixes tabs and spaces (W022) is also where the tree broke (E010): read
// as Argdown reads it, a tab was one space.
bool tab_broke_tree(const std::vector<Diagnostic>& lexer_diagnostics, std::span<const Diagnostic> parser_diagnostics) {
    std::unordered_set<int> mixed_lines;  // a set: a hostile map can mix on every line
    for (const Diagnostic& mixed : lexer_diagnostics)
        if (mixed.code == "W022") mixed_lines.insert(mixed.span.line);
    if (mixed_lines.empty()) return false;
    return std::any_of(parser_diagnostics.begin(), parser_diagnostics.end(), [&](const Diagnostic& broken) {
        return broken.code == "E010" && mixed_lines.count(broken.span.line) > 0;
    });
}

}  // namespace

SyntaxTree parse(std::string_view text, const std::string& file_name, const ParseLimits& limits,
                 std::vector<Diagnostic>& diagnostics, Lexing lexing) {
    SyntaxTree tree;
    if (text.size() >= UINT32_MAX) {  // token offsets are 32-bit
        diagnostics.push_back({Severity::Error, "E002", "input is larger than 4 GiB", SourceSpan{file_name, 1, 1, 1, 1}, {}});
        return tree;
    }
    LineIndex lines(text);
    for (std::size_t i = 0; i < lines.line_count(); ++i) {
        std::size_t end = i + 1 < lines.line_count() ? lines.line_start(i + 1) : text.size();
        while (end > lines.line_start(i) && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
        if (end - lines.line_start(i) > limits.max_line_bytes) {
            diagnostics.push_back({Severity::Error, "E003",
                                   "line " + std::to_string(i + 1) + " is longer than the limit of " +
                                       std::to_string(limits.max_line_bytes) + " bytes",
                                   SourceSpan{file_name, static_cast<int>(i + 1), 1, static_cast<int>(i + 1), 1}, {}});
            return tree;
        }
    }
    // The lexer's findings come before the parser's, as when one ran after the other.
    std::vector<Diagnostic> lexer_diagnostics;
    const std::size_t before = diagnostics.size();
    lex_and_parse(text, file_name, limits, lines, lexing, false, tree, diagnostics, lexer_diagnostics);
    if (tab_broke_tree(lexer_diagnostics, std::span<const Diagnostic>(diagnostics).subspan(before))) {
        // The findings stay Argdown's; the tree is read again as an editor shows it (tab stops
        // of 4), as the W022 fix writes it, so the line keeps a place and its relation.
        SyntaxTree recovered;
        std::vector<Diagnostic> ignored, ignored_lexer;
        lex_and_parse(text, file_name, limits, lines, lexing, true, recovered, ignored, ignored_lexer);
        tree = std::move(recovered);
    }
    diagnostics.insert(diagnostics.begin() + static_cast<std::ptrdiff_t>(before),
                       std::make_move_iterator(lexer_diagnostics.begin()), std::make_move_iterator(lexer_diagnostics.end()));
    return tree;
}

}  // namespace warrant::syntax
