// The Argdown lexer's token rules: one function per pattern of Argdown 1.7's lexer. Each
// returns the end offset of its match, or 0 when it does not match at `at`.
#include "syntax/lexer.hpp"

#include "syntax/characters.hpp"
#include "syntax/shortcodes.hpp"

#include <cctype>
#include <cstring>

namespace warrant::syntax {
namespace {

using namespace chars;

std::size_t line_break_length(std::string_view text, std::size_t at) {
    if (at >= text.size() || !is_line_break(text[at])) return 0;
    return (text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n') ? 2 : 1;
}

bool at_line_break(std::string_view text, std::size_t at) { return is_line_break(text[at]); }
bool at_bracket_close(std::string_view text, std::size_t at) { return text[at] == ']'; }
bool at_angle_close(std::string_view text, std::size_t at) { return text[at] == '>'; }
bool at_paren_close(std::string_view text, std::size_t at) { return text[at] == ')'; }
bool at_bracket_colon(std::string_view text, std::size_t at) {
    return text[at] == ']' && at + 1 < text.size() && text[at + 1] == ':';
}
bool at_angle_colon(std::string_view text, std::size_t at) {
    return text[at] == '>' && at + 1 < text.size() && text[at + 1] == ':';
}

// Where a range marker may end: before a blank (consumed), a line break, closing punctuation
// or the end of the input.
std::size_t range_end_suffix(std::string_view text, std::size_t at) {
    if (at >= text.size()) return at;
    if (is_blank(text[at])) return at + 1;
    if (std::strchr("\n\r)}_.,!?;:-*", text[at]) != nullptr && text[at] != '\0') return at;
    return 0;
}

}  // namespace

std::size_t Lexer::find_cached(ScanCache& cache, std::size_t from, Matcher matcher) const {
    if (cache.valid && from >= cache.from && from <= cache.found) return cache.found;
    std::size_t at = from;
    while (at < text_.size() && !matcher(text_, at)) ++at;
    cache = {from, at, true};
    return at;
}

std::size_t Lexer::match_comment(std::size_t at) const {
    std::string_view rest = text_.substr(at);
    if (rest.starts_with("<!--")) {
        std::size_t close = rest.find("-->", 4);
        return close == std::string_view::npos ? 0 : at + close + 3;
    }
    if (rest.starts_with("/*")) {
        std::size_t close = rest.find("*/", 2);
        return close == std::string_view::npos ? 0 : at + close + 2;
    }
    if (rest.starts_with("//")) {
        std::size_t line_end = find_cached(line_break_cache_, at, at_line_break);
        return line_end < text_.size() ? line_end : 0;  // Argdown needs the line break after it
    }
    return 0;
}

// "@include(file)" on a line of its own: a directive of Argdown's command line tool, which
// splices in another file before parsing. load_file() does that (formats/argdown_include);
// text parsed without a file to resolve it from keeps it, and the lexer skips it like a comment.
std::size_t Lexer::match_include(std::size_t at) const {
    if (!(tokens_.empty() || tokens_.back().type == TokenType::Emptyline || newline_seen_)) return 0;
    std::string_view rest = text_.substr(at);
    if (!rest.starts_with("@include(")) return 0;
    std::size_t line_end = find_cached(line_break_cache_, at, at_line_break);
    std::size_t close = rest.find(')');
    if (close == std::string_view::npos || at + close >= line_end) return 0;
    return at + close + 1;
}

// Argdown's /===+[\s\S]*?===+/: the front matter closes at the first "===" after the opening
// run, so a lone '=' or "==" inside the YAML ("a = b") is text. A run of six or more '=' with
// no "===" after it is an empty front matter, as the pattern's backtracking makes it.
std::size_t Lexer::match_front_matter(std::size_t at) const {
    std::string_view rest = text_.substr(at);
    if (!rest.starts_with("===")) return 0;
    std::size_t i = 3;
    while (i < rest.size() && rest[i] == '=') ++i;
    std::size_t close = rest.find("===", i);
    if (close == std::string_view::npos) return i >= 6 ? at + i : 0;
    i = close + 3;
    while (i < rest.size() && rest[i] == '=') ++i;
    return at + i;
}

// Argdown measures indentation in characters, a tab counting as one: a tree indented with tabs
// on some lines and spaces on others hangs its lines under other parents than an editor shows.
// An editor (VS Code, Argdown's own, and most others) shows a tab up to the next multiple of 4
// columns: the fix re-indents a tab in a map indented with spaces to those columns, and
// recovery (read_tabs_as_editor_columns) measures every line so.
std::size_t Lexer::indentation_width(std::size_t begin, std::size_t end) {
    if (begin == end) return 0;
    if (indent_char_ == 0) indent_char_ = text_[begin];
    // Only a mixed line (its fix) and recovery need the editor's columns: most lines never count them.
    const auto editor_columns = [&] {
        std::size_t columns = 0;
        for (std::size_t i = begin; i < end; ++i)
            columns = text_[i] == '\t' ? (columns / kTabStop + 1) * kTabStop : columns + 1;
        return columns;
    };
    for (std::size_t i = begin; i < end; ++i) {
        if (text_[i] == indent_char_) continue;
        SourceSpan span{file_};
        lines_.find(static_cast<std::uint32_t>(i), span.line, span.column);
        span.end_line = span.line;
        span.end_column = span.column + 1;
        std::vector<Fix> fixes;
        if (indent_char_ == ' ') {
            const std::size_t columns = editor_columns();
            SourceSpan whole = span;
            lines_.find(static_cast<std::uint32_t>(begin), whole.line, whole.column);
            lines_.find(static_cast<std::uint32_t>(end), whole.end_line, whole.end_column);
            fixes.push_back({"indent with " + std::to_string(columns) + " spaces, as an editor shows the tab", whole,
                             std::string(columns, ' ')});
        }
        diagnostics_.push_back({Severity::Warning,
                                "W022",
                                std::string("indentation mixes tabs and spaces: this line uses ") +
                                    (text_[i] == '\t' ? "a tab" : "a space") +
                                    " where the map's first indented line used " +
                                    (indent_char_ == '\t' ? "tabs" : "spaces") + " (a tab counts as one space)",
                                span,
                                {},
                                std::move(fixes)});
        break;
    }
    return tabs_as_columns_ ? editor_columns() : end - begin;
}

// A line that starts, after its indentation, with a relation symbol, a blank and a title, or
// with "(n)".
bool Lexer::looks_like_element_line(std::size_t at) const {
    while (at < text_.size() && is_blank(text_[at])) ++at;
    const std::string_view rest = text_.substr(at, 4);
    for (std::string_view symbol : {"+>", "->", "<+", "<-", "><", "_>", "<_", "+", "-"})
        if (rest.starts_with(symbol) && rest.size() > symbol.size() && is_blank(rest[symbol.size()])) {
            std::size_t title = at + symbol.size();
            while (title < text_.size() && is_blank(text_[title])) ++title;
            return title < text_.size() && (text_[title] == '[' || text_[title] == '<');
        }
    std::size_t digits = at + (at < text_.size() && text_[at] == '(' ? 1 : 0);
    while (digits < text_.size() && is_digit(text_[digits])) ++digits;
    return digits > at + 1 && digits < text_.size() && text_[digits] == ')';
}

std::size_t Lexer::match_emptyline(std::size_t at) const {
    if (!tokens_.empty() && tokens_.back().type == TokenType::Emptyline) return 0;
    std::size_t i = at + line_break_length(text_, at);
    while (i < text_.size() && is_blank(text_[i])) ++i;
    std::size_t breaks = 0;
    while (std::size_t length = line_break_length(text_, i)) {
        i += length;
        ++breaks;
    }
    if (breaks == 0 || i >= text_.size()) return 0;  // trailing line breaks are no empty line
    return i;
}

bool Lexer::match_relation(std::size_t at) {
    if (!(tokens_.empty() || tokens_.back().type == TokenType::Emptyline || after_newline())) return false;
    std::size_t i = at;
    while (i < text_.size() && is_blank(text_[i])) ++i;
    std::string_view rest = text_.substr(i);
    struct Rule {
        std::string_view symbol;
        RelationSymbol meaning;
    };
    // In the reference's order: "+>" before "+", "<+" before "<-".
    static constexpr Rule kRules[] = {
        {"+>", RelationSymbol::IncomingSupport}, {"->", RelationSymbol::IncomingAttack},
        {"<+", RelationSymbol::OutgoingSupport}, {"+", RelationSymbol::OutgoingSupport},
        {"<-", RelationSymbol::OutgoingAttack},  {"-", RelationSymbol::OutgoingAttack},
        {"><", RelationSymbol::Contradiction},   {"_>", RelationSymbol::IncomingUndercut},
        {"<_", RelationSymbol::OutgoingUndercut}, {"_ ", RelationSymbol::OutgoingUndercut},
        {"_\t", RelationSymbol::OutgoingUndercut},
    };
    for (const Rule& rule : kRules) {
        if (!rest.starts_with(rule.symbol)) continue;
        indent_to(indentation_width(at, i), at);
        std::size_t length = rule.symbol.back() == ' ' || rule.symbol.back() == '\t' ? 1 : rule.symbol.size();
        push(TokenType::Relation, at, i + length);
        tokens_.back().symbol = rule.meaning;
        return true;
    }
    return false;
}

bool Lexer::match_list_item(std::size_t at) {
    if (!(tokens_.empty() || tokens_.back().type == TokenType::Emptyline || after_newline())) return false;
    std::size_t i = at;
    while (i < text_.size() && is_blank(text_[i])) ++i;
    TokenType type;
    std::size_t end = i;
    if (end < text_.size() && is_digit(text_[end])) {
        while (end < text_.size() && is_digit(text_[end])) ++end;
        if (end >= text_.size() || text_[end] != '.') return false;
        ++end;
        type = TokenType::OrderedListItem;
    } else if (end < text_.size() && text_[end] == '*') {
        ++end;
        type = TokenType::UnorderedListItem;
    } else {
        return false;
    }
    if (end >= text_.size() || !is_space(text_[end])) return false;
    indent_to(indentation_width(at, i), at);
    push(type, at, end);
    return true;
}

// At the start of any line, as in the reference: a heading on the line straight after other
// text is a heading token there, which then cannot continue that paragraph (E010).
std::size_t Lexer::match_heading(std::size_t at) const {
    if (!(tokens_.empty() || tokens_.back().type == TokenType::Emptyline || newline_seen_)) return 0;
    std::size_t i = at;
    while (i < text_.size() && text_[i] == '#') ++i;
    if (i == at || i >= text_.size() || text_[i] != ' ') return 0;
    return i + 1;
}

std::size_t Lexer::match_statement_number(std::size_t at) const {
    if (!(tokens_.empty() || tokens_.back().type == TokenType::Emptyline || newline_seen_)) return 0;
    std::size_t i = at;
    while (i < text_.size() && is_blank(text_[i])) ++i;
    if (i >= text_.size() || text_[i] != '(') return 0;
    std::size_t digits = ++i;
    while (i < text_.size() && is_digit(text_[i])) ++i;
    if (i == digits || i >= text_.size() || text_[i] != ')') return 0;
    return i + 1;
}

// Bold and italic markers. An end marker only closes the innermost open range of its kind and
// must touch the text before it; the reference tries all ends before any start.
bool Lexer::match_range(std::size_t at) {
    const char marker = text_[at];
    const bool doubled = at + 1 < text_.size() && text_[at + 1] == marker;
    const Range bold = marker == '*' ? Range::AsteriskBold : Range::UnderscoreBold;
    const Range italic = marker == '*' ? Range::AsteriskItalic : Range::UnderscoreItalic;
    const bool may_end = !ranges_.empty() && !tokens_.empty() && !skipped_since_token_;
    // Ends in the reference's order: ** , __ , * , _ .
    for (Range range : {bold, italic}) {
        const std::size_t width = range == bold ? 2 : 1;
        if (range == bold && !doubled) continue;
        if (!may_end || ranges_.back() != range) continue;
        if (std::size_t end = range_end_suffix(text_, at + width)) {
            ranges_.pop_back();
            push(range == bold ? TokenType::BoldEnd : TokenType::ItalicEnd, at, end);
            return true;
        }
    }
    for (Range range : {bold, italic}) {
        const std::size_t width = range == bold ? 2 : 1;
        if (range == bold && !doubled) continue;
        if (at + width < text_.size() && is_space(text_[at + width])) continue;
        ranges_.push_back(range);
        push(range == bold ? TokenType::BoldStart : TokenType::ItalicStart, at, at + width);
        return true;
    }
    return false;
}

std::size_t Lexer::match_link(std::size_t at) const {
    std::size_t close = find_cached(bracket_close_cache_, at + 1, at_bracket_close);
    if (close == at + 1 || close + 1 >= text_.size() || text_[close + 1] != '(') return 0;
    std::size_t paren = find_cached(paren_close_cache_, close + 2, at_paren_close);
    if (paren == close + 2 || paren >= text_.size()) return 0;
    std::size_t end = paren + 1;
    if (end < text_.size() && is_blank(text_[end])) ++end;
    return end;
}

std::size_t Lexer::match_tag(std::size_t at) const {
    if (text_[at] != '#' || at + 1 >= text_.size()) return 0;
    std::size_t end = at + 1;
    if (text_[end] == '(') {
        std::size_t paren = find_cached(paren_close_cache_, end + 1, at_paren_close);
        if (paren == end + 1 || paren >= text_.size()) return 0;
        end = paren + 1;
    } else {
        while (end < text_.size()) {
            std::size_t length = tag_char_length(text_, end);
            if (length == 0) break;
            end += length;
        }
        if (end == at + 1) return 0;
    }
    if (end < text_.size() && is_blank(text_[end])) ++end;
    return end;
}

// [Title] / <Title>, or with `definition` [Title]: / <Title>: — the shortest title (at least
// one character) on the same line.
std::size_t Lexer::match_bracketed(std::size_t at, char open, char close, bool definition) const {
    if (text_[at] != open || at + 2 >= text_.size()) return 0;
    const bool square = open == '[';
    std::size_t line_end = find_cached(line_break_cache_, at + 1, at_line_break);
    std::size_t found = definition
        ? find_cached(square ? bracket_colon_cache_ : angle_colon_cache_, at + 2, square ? at_bracket_colon : at_angle_colon)
        : find_cached(square ? bracket_close_cache_ : angle_close_cache_, at + 2, square ? at_bracket_close : at_angle_close);
    if (found >= line_end || found >= text_.size()) return 0;
    return found + (definition ? 2 : 1);
}

std::size_t Lexer::match_freestyle(std::size_t at) const {
    std::size_t end = at;
    while (end < text_.size()) {
        const char c = text_[end];
        if (!is_special_or_fence(c)) {  // the common case: one table lookup a byte
            ++end;
            continue;
        }
        if (is_special(c)) break;
        // A shortcode inside a word ("p.^.q") still counts.
        if (end > at && match_special_char(text_, end)) break;
        ++end;
    }
    return end == at ? 0 : end;
}

}  // namespace warrant::syntax
