// The parser's hints for a writer's usual mistakes: a title without its colon, a bracket or
// a quotation mark never closed (tabs mixed with spaces are the lexer's: it measures
// indentation). Each names the place of the mistake and, where one is known, the edit that
// fixes it.
#include "syntax/characters.hpp"
#include "syntax/parser_state.hpp"

#include <algorithm>

namespace warrant::syntax {

namespace {

using chars::is_blank;

// The rest of the line from `at`, without its line break.
std::string_view rest_of_line(std::string_view text, std::size_t at) {
    std::string_view rest = text.substr(std::min(at, text.size()));
    return rest.substr(0, std::min(rest.find_first_of("\r\n"), rest.size()));
}

}  // namespace

SourceSpan Parser::point(std::uint32_t offset) const {
    SourceSpan span{file_};
    lines_.find(offset, span.line, span.column);
    span.end_line = span.line;
    span.end_column = span.column;
    return span;
}

void Parser::report_missing_colon(const Token& title) {
    std::string_view written = image(title);
    while (!written.empty() && is_blank(written.back())) written.remove_suffix(1);
    const auto after = static_cast<std::uint32_t>(title.begin + written.size());
    std::string_view rest = rest_of_line(text_, after);
    while (!rest.empty() && is_blank(rest.front())) rest.remove_prefix(1);
    const bool cut = rest.size() > 30;
    if (cut) {
        const std::size_t space = rest.rfind(' ', 30);
        rest = rest.substr(0, space == std::string_view::npos || space == 0 ? 30 : space);
        while (!rest.empty() && (static_cast<unsigned char>(rest.back()) & 0xC0) == 0x80) rest.remove_suffix(1);
        if (!rest.empty() && static_cast<unsigned char>(rest.back()) >= 0xC0) rest.remove_suffix(1);
    }
    SourceSpan span = point(title.begin);
    const SourceSpan insert = point(after);
    span.end_column = insert.column;
    const std::string shown(written);
    std::string message = "missing colon after the title " + shown + ": did you mean `" + shown + ": " +
                          std::string(rest) + (cut ? "…" : "") + "`?";
    diagnostics_.push_back({Severity::Error, "E021", std::move(message), span, {},
                            {{"add ':' after " + shown, insert, ":"}}});
}

// "[Safer roads: Teen crashes…": a '[' or '<' that opens a statement and is never closed on its
// line is plain text to Argdown, so the statement has no title. The likely fix closes it before
// the first colon.
void Parser::report_unclosed_title(const Token& first) {
    const char open = text_[first.begin];
    if (open != '[' && open != '<') return;
    const char close = open == '[' ? ']' : '>';
    const std::string_view line = rest_of_line(text_, first.begin);
    if (line.find(close) != std::string_view::npos) return;
    const std::size_t colon = line.find(':');
    std::vector<Fix> fixes;
    if (colon != std::string_view::npos && colon > 1)
        fixes.push_back({std::string("add '") + close + "' before ':'", point(first.begin + static_cast<std::uint32_t>(colon)),
                         std::string(1, close)});
    SourceSpan span = point(first.begin);
    span.end_column = span.column + 1;
    const std::string what = open == '[' ? "statement" : "argument";
    diagnostics_.push_back({Severity::Warning, "W020",
                            std::string("`") + open + "` is never closed on this line: the " + what +
                                " is read as text, without a title",
                            span, {}, std::move(fixes)});
}

// A quotation mark opened in an element's text and never closed (“ without ”, or an odd
// number of '"'), outside its {metadata}.
void Parser::report_unclosed_quote(std::uint32_t begin, std::uint32_t end) {
    std::string_view written = text_.substr(begin, end - begin);
    if (written.find('"') == std::string_view::npos && written.find("\xE2\x80\x9C") == std::string_view::npos) return;
    if (const std::size_t data = written.find('{'); data != std::string_view::npos) written = written.substr(0, data);
    std::size_t open_at = std::string_view::npos;  // of the innermost quotation still open
    int curly = 0;
    std::size_t straight_at = std::string_view::npos;
    for (std::size_t i = 0; i < written.size(); ++i) {
        if (written[i] == '"') straight_at = straight_at == std::string_view::npos ? i : std::string_view::npos;
        if (written.substr(i, 3) == "\xE2\x80\x9C" && curly++ == 0) open_at = i;
        if (written.substr(i, 3) == "\xE2\x80\x9D" && curly > 0) --curly;
    }
    const std::size_t at = curly > 0 ? open_at : straight_at;
    if (at == std::string_view::npos) return;
    std::size_t close_at = written.size();
    while (close_at > at + 1 && (is_blank(written[close_at - 1]) || written[close_at - 1] == '\n' || written[close_at - 1] == '\r'))
        --close_at;
    const std::string closing = curly > 0 ? "\xE2\x80\x9D" : "\"";
    SourceSpan span = point(begin + static_cast<std::uint32_t>(at));
    span.end_column = span.column + static_cast<int>(curly > 0 ? 3 : 1);
    diagnostics_.push_back({Severity::Warning, "W021", "quotation mark is never closed in this statement", span, {},
                            {{"close the quotation with " + closing, point(begin + static_cast<std::uint32_t>(close_at)), closing}}});
}

// "* [Rested]: …", "• [Rested]", "- [Rested]" (an en dash): a list's bullet where a relation
// belongs. The line is still an error, but the message names the relation signs and the fixes
// put them in place of the bullet. False when the line of `found` does not start with a bullet.
bool Parser::report_bullet_for_relation(const Token& found) {
    std::size_t start = found.begin;
    while (start > 0 && text_[start - 1] != '\n' && text_[start - 1] != '\r') --start;
    while (start < text_.size() && is_blank(text_[start])) ++start;
    const std::string_view line = rest_of_line(text_, start);
    std::size_t bullet = 0;
    for (std::string_view mark : {"*", "\u2022", "\u2013", "\u00b7"})
        if (line.starts_with(mark) && line.size() > mark.size() && is_blank(line[mark.size()])) bullet = mark.size();
    if (bullet == 0) return false;
    SourceSpan span = point(static_cast<std::uint32_t>(start));
    span.end_column = span.column + static_cast<int>(bullet);
    const std::string written(line.substr(0, bullet));
    diagnostics_.push_back({Severity::Error, "E010",
                            "a bullet (`" + written + "`) where a relation belongs: write `+` for a reason that supports the "
                                "statement above, `-` for an objection to it (`+>` and `->` for what this one supports or attacks)",
                            span, {},
                            {{"support the statement above: `+`", span, "+"}, {"attack the statement above: `-`", span, "-"}}});
    return true;
}

}  // namespace warrant::syntax
