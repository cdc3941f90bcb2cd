// The Argdown lexer's metadata rule: a statement's or argument's `{key: value}` block, which
// may run over several lines as Argdown's YAML does, and the hint when its '{' never closes.
#include "syntax/lexer.hpp"

#include "syntax/characters.hpp"

#include <cctype>

namespace warrant::syntax {

using namespace chars;

// Argdown's metadata pattern /{((?!}\s[^,}])(.|\n))*}(?!\s*(,|}))/: the longest '{...}'
// that does not run past a '}' followed by a space and more text, and whose closing '}'
// is not followed by ',' or '}' (those close a nested flow collection).
std::size_t Lexer::match_data(std::size_t at) {
    if (text_[at] != '{') return 0;
    const auto blocked = [&](std::size_t j) {
        if (text_[j] == '\r') return true;
        return text_[j] == '}' && j + 2 < text_.size() && is_space(text_[j + 1]) && text_[j + 2] != ',' &&
               text_[j + 2] != '}';
    };
    const auto valid_close = [&](std::size_t k) {
        if (text_[k] != '}') return false;
        std::size_t j = k + 1;
        while (j < text_.size() && is_space(text_[j])) ++j;
        return j >= text_.size() || (text_[j] != ',' && text_[j] != '}');
    };
    if (!data_cache_valid_ || at < data_scan_from_ || at + 1 > data_blocked_at_) {
        data_scan_from_ = at;
        data_last_close_ = 0;
        std::size_t j = at + 1;
        for (; j < text_.size(); ++j) {
            if (valid_close(j)) data_last_close_ = j;
            if (blocked(j)) break;
        }
        data_blocked_at_ = j;
        data_cache_valid_ = true;
    }
    return data_last_close_ > at ? data_last_close_ + 1 : 0;
}

// Metadata whose '{' is never closed on its line ("{source: wahl, page: 40"): Argdown's Data
// rule runs on to the next '}', swallowing the lines between as YAML, and without any '}' the
// braces are text. When what follows is plainly Argdown (a relation line or a numbered premise),
// or nothing closes it at all and it reads "{key: ...", the metadata ends with its line and the
// writer is told where it opens. `end` is match_data()'s answer; returns the Data token's end.
std::size_t Lexer::data_on_this_line(std::size_t at, std::size_t end) {
    if (text_[at] != '{') return end;
    std::size_t line_end = at;
    while (line_end < text_.size() && !is_line_break(text_[line_end])) ++line_end;
    if (end != 0 && end <= line_end) return end;
    if (end != 0) {
        // "{" alone at the end of its line opens a block of YAML lines ("- item" included).
        std::size_t rest = at + 1;
        while (rest < line_end && is_blank(text_[rest])) ++rest;
        if (rest == line_end) return end;
        bool swallows_argdown = false;
        for (std::size_t i = line_end; i < end && !swallows_argdown; ++i)
            if (is_line_break(text_[i]) && i + 1 < end) swallows_argdown = looks_like_element_line(i + 1);
        if (!swallows_argdown) return end;
    } else {
        std::size_t i = at + 1;
        while (i < line_end && is_blank(text_[i])) ++i;
        const std::size_t key = i;
        while (i < line_end && (std::isalnum(static_cast<unsigned char>(text_[i])) || text_[i] == '_' || text_[i] == '-')) ++i;
        if (i == key || i >= line_end || text_[i] != ':') return 0;
    }
    while (line_end > at + 1 && is_blank(text_[line_end - 1])) --line_end;
    SourceSpan span{file_};
    lines_.find(static_cast<std::uint32_t>(at), span.line, span.column);
    span.end_line = span.line;
    span.end_column = span.column + 1;
    SourceSpan insert{file_};
    lines_.find(static_cast<std::uint32_t>(line_end), insert.line, insert.column);
    insert.end_line = insert.line;
    insert.end_column = insert.column;
    diagnostics_.push_back({Severity::Error, "E022",
                            "`{` is never closed on this line: its metadata is read up to the end of the line", span,
                            {}, {{"close the metadata with '}'", insert, "}"}}});
    return line_end;
}

}  // namespace warrant::syntax
