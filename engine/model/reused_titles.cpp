// One title, two texts: see reused_titles.hpp.
#include "model/reused_titles.hpp"

#include <cctype>

namespace warrant::model {
namespace {

// The words of `text`, lower-cased, one space between them: letters, digits and any byte of a
// multi-byte character count as word characters.
std::string words_of(std::string_view text) {
    std::string out;
    bool in_word = false;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || byte >= 0x80) {
            if (!in_word && !out.empty()) out += ' ';
            out += static_cast<char>(std::tolower(byte));
            in_word = true;
        } else {
            in_word = false;
        }
    }
    return out;
}

}  // namespace

bool same_words(std::string_view a, std::string_view b) { return words_of(a) == words_of(b); }

Diagnostic reused_title_note(const std::string& title, int first_line, const SourceSpan& second,
                             const std::function<bool(const std::string&)>& taken) {
    std::string free_title;
    for (int n = 2; free_title.empty() || taken(free_title); ++n) free_title = title + " " + std::to_string(n);
    SourceSpan title_span = second;
    title_span.end_line = second.line;
    title_span.end_column = second.column + static_cast<int>(title.size()) + 2;  // "[" title "]"
    Diagnostic note{Severity::Note, "N207",
                    "[" + title + "] has a different text here than on line " + std::to_string(first_line) +
                        ", and both become one statement; if these are two claims, give the second its own title",
                    second, {title}, {}};
    note.fixes.push_back({"give this statement its own title [" + free_title + "]", title_span, "[" + free_title + "]"});
    return note;
}

}  // namespace warrant::model
