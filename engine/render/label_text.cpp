// UTF-8 handling and escaping for labels: the only path from user text into Graphviz.
#include "render/label_text.hpp"

#include "syntax/utf8.hpp"

namespace warrant::render {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // U+2026

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Appends `word` to `lines`, cutting it into pieces of `width` code points.
void append_long_word(std::string_view word, std::size_t width, std::vector<std::string>& lines) {
    std::string piece;
    std::size_t length = 0;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (!is_continuation(static_cast<unsigned char>(word[i])) && length == width) {
            lines.push_back(std::move(piece));
            piece.clear();
            length = 0;
        }
        if (!is_continuation(static_cast<unsigned char>(word[i]))) ++length;
        piece += word[i];
    }
    if (!piece.empty()) lines.push_back(std::move(piece));
}

void wrap_paragraph(std::string_view paragraph, std::size_t width, std::vector<std::string>& lines) {
    std::string line;
    std::size_t line_length = 0;
    std::size_t start = 0;
    while (start < paragraph.size()) {
        if (paragraph[start] == ' ') {
            ++start;
            continue;
        }
        std::size_t end = paragraph.find(' ', start);
        if (end == std::string_view::npos) end = paragraph.size();
        const std::string_view word = paragraph.substr(start, end - start);
        const std::size_t word_length = count_code_points(word);
        if (line_length > 0 && line_length + 1 + word_length <= width) {
            line += ' ';
            line += word;
            line_length += 1 + word_length;
        } else {
            if (line_length > 0) lines.push_back(std::move(line));
            line.clear();
            line_length = 0;
            if (word_length <= width) {
                line = std::string(word);
                line_length = word_length;
            } else {
                append_long_word(word, width, lines);
                line = std::move(lines.back());
                lines.pop_back();
                line_length = count_code_points(line);
            }
        }
        start = end;
    }
    if (line_length > 0) lines.push_back(std::move(line));
}

}  // namespace

std::string sanitize_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = syntax::utf8_sequence_length(text, i);
        if (length == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\t') out += ' ';
        // other C0 controls and DEL are dropped: XML 1.0 (the SVG) cannot carry them
        else if (c == '\n' || (c >= 0x20 && c != 0x7F)) out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

std::size_t count_code_points(std::string_view text) {
    std::size_t count = 0;
    for (char c : text)
        if (!is_continuation(static_cast<unsigned char>(c))) ++count;
    return count;
}

std::vector<std::string> wrap_text(std::string_view text, std::size_t width, std::size_t max_lines) {
    if (width == 0) width = 1;
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        wrap_paragraph(text.substr(start, end - start), width, lines);
        start = end + 1;
    }
    if (max_lines > 0 && lines.size() > max_lines) {
        lines.resize(max_lines);
        lines.back() += kEllipsis;
    }
    return lines;
}

std::string without_tags(std::string_view text, const std::vector<std::string>& tags) {
    std::string out(text);
    for (const std::string& tag : tags) {
        for (const std::string& written : {"#(" + tag + ")", "#" + tag}) {
            for (std::size_t at = out.find(written); at != std::string::npos; at = out.find(written, at)) {
                const std::size_t end = at + written.size();
                const bool whole = end == out.size() || out[end] == ' ' || out[end] == '\n' || out[end] == ',' ||
                                   out[end] == '.' || written.back() == ')';
                if (!whole) {
                    at = end;
                    continue;
                }
                out.erase(at, written.size());
            }
        }
    }
    std::string collapsed;  // the spaces a removed tag leaves behind, and trailing ones
    for (char c : out) {
        if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ' || collapsed.back() == '\n')) continue;
        if (c == '\n' && !collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
        collapsed += c;
    }
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    return collapsed;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string escape_esc_string(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

}  // namespace warrant::render
