#include "draft/essay_layout.hpp"
#include "text/ascii_case.hpp"

#include "draft/page_furniture.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace warrant::draft {
namespace {

struct Line {
    TextRange range;  // trimmed of white space at both ends
    bool indented = false;
    bool blank() const { return range.begin == range.end; }
    std::size_t length() const { return range.end - range.begin; }
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// The longest paragraph the layout makes, in bytes: a line longer than that (2 MB pasted on one
// line) is cut into lines at sentence ends, and a paragraph that grows past it is closed. An
// essay's paragraphs are far shorter (AAE2's longest is 1 KB, the seed essay's 3 KB); without a
// bound, one paragraph of the whole text made the miner's work grow with its square.
constexpr std::size_t kLongestParagraph = 8192;

// Where to cut a line that goes on past `limit`: after the last sentence end before it, else
// the last space, else at `limit` itself (moved back to the start of a UTF-8 character).
std::size_t cut_before(std::string_view text, std::size_t from, std::size_t limit) {
    for (std::size_t at = limit; at > from + 1; --at)
        if (text[at - 1] == ' ' && (text[at - 2] == '.' || text[at - 2] == '?' || text[at - 2] == '!')) return at;
    if (const std::size_t space = text.substr(from, limit - from).rfind(' '); space != std::string_view::npos && space > 0)
        return from + space + 1;
    std::size_t at = limit;
    while (at > from + 1 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    // The next '\n' at or after `at`, or the end: searched for once per line, however often it is cut.
    std::size_t line_break = std::string_view::npos;
    for (std::size_t at = 0; at <= text.size();) {
        if (line_break == std::string_view::npos || line_break < at) line_break = std::min(text.find('\n', at), text.size());
        std::size_t end = line_break;
        const bool cut = end - at > kLongestParagraph;
        if (cut) end = cut_before(text, at, at + kLongestParagraph);
        Line line{{at, end}, false};
        while (line.range.begin < line.range.end && is_space(text[line.range.begin])) ++line.range.begin;
        while (line.range.end > line.range.begin && is_space(text[line.range.end - 1])) --line.range.end;
        line.indented = line.range.begin > at && !line.blank();
        lines.push_back(line);
        at = cut ? end : end + 1;
    }
    return lines;
}

using text::lowercase;

// "Works Cited", "References", "Bibliography" alone on a line, maybe numbered or marked up.
bool is_references_title(std::string_view line) {
    while (!line.empty() && (line.front() == '#' || line.front() == ' ' || std::isdigit(static_cast<unsigned char>(line.front())) ||
                             line.front() == '.'))
        line.remove_prefix(1);
    while (!line.empty() && (line.back() == ':' || line.back() == '*')) line.remove_suffix(1);
    const std::string lower = lowercase(line);
    return lower == "works cited" || lower == "references" || lower == "bibliography" || lower == "works consulted" ||
           lower == "reference list";
}

// "1. Utopia/Dystopia", "3.1. Hailsham as a ‘good place’", "## Results": the level, or 0.
int heading_level(std::string_view line) {
    if (line.size() > 100) return 0;
    if (line.front() == '#') {
        const std::size_t hashes = line.find_first_not_of('#');
        return hashes != std::string_view::npos && hashes <= 6 && line[hashes] == ' ' ? static_cast<int>(hashes) : 0;
    }
    int level = 0;
    std::size_t at = 0;
    while (at < line.size() && std::isdigit(static_cast<unsigned char>(line[at]))) {
        while (at < line.size() && std::isdigit(static_cast<unsigned char>(line[at]))) ++at;
        ++level;
        if (at < line.size() && line[at] == '.') ++at;
        else break;
    }
    if (level == 0 || at >= line.size() || line[at] != ' ') return 0;
    while (at < line.size() && line[at] == ' ') ++at;
    if (at == line.size()) return 0;
    const unsigned char first = static_cast<unsigned char>(line[at]);
    const char last = line.back();
    if (!(std::isupper(first) || first >= 0x80) || last == '.' || last == ',' || last == ';') return 0;
    return level;
}

bool ends_open(std::string_view line) {
    for (std::string_view end : {".", "?", "!", ":", "\"", "\u201d", ")"})
        if (line.ends_with(end)) return false;
    return true;
}

bool is_label(std::string_view line) {
    static const std::array<std::string_view, 6> labels = {"abstract", "introduction", "conclusion", "conclusions",
                                                           "acknowledgements", "acknowledgments"};
    const std::string lower = lowercase(line);
    return std::find(labels.begin(), labels.end(), lower) != labels.end() || lower.starts_with("keywords");
}

class LayoutReader {
public:
    // The shape of the text (double spaced, wrapped) is read on all its lines, page furniture
    // included; the paragraphs on `kept`, the lines without it.
    LayoutReader(std::string_view text, std::vector<Line> lines, std::vector<Line> kept) : text_(text), lines_(std::move(lines)) {
        std::vector<std::size_t> lengths;
        std::size_t double_spaced = 0, written = 0, open_ended = 0;
        for (std::size_t i = 0; i < lines_.size(); ++i) {
            if (lines_[i].blank()) continue;
            ++written;
            open_ended += ends_open(slice(text, lines_[i].range));
            lengths.push_back(lines_[i].length());
            if (i + 2 < lines_.size() && lines_[i + 1].blank() && !lines_[i + 2].blank()) ++double_spaced;
        }
        if (!lengths.empty()) {
            std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
            median_ = lengths[lengths.size() / 2];
        }
        double_spaced_ = written >= 8 && double_spaced * 10 >= written * 6;
        // Wrapped text breaks lines inside sentences; one paragraph a line ends each at a full stop.
        wrapped_ = written >= 3 && open_ended * 2 >= written;
        lines_ = std::move(kept);
    }

    EssayLayout read() {
        std::size_t blank_run = 0;
        for (const Line& line : lines_) {
            if (line.blank()) {
                if (!double_spaced_ || ++blank_run >= 2) close();
                continue;
            }
            blank_run = 0;
            const std::string_view written = slice(text_, line.range);
            if (is_references_title(written)) {
                close();
                in_references_ = true;
                continue;
            }
            if (const int level = heading_level(written); level > 0 || (is_label(written) && !in_references_)) {
                close();
                layout_.headings.push_back({line.range, std::max(level, 1), std::string(written)});
                continue;
            }
            if (!wrapped_ || (line.indented && double_spaced_ && !continues(written))) close();
            if (!open_) open_ = line.range;
            open_->end = line.range.end;
            if (wrapped_ && (line.length() * 10 < median_ * 6 || open_->end - open_->begin >= kLongestParagraph)) close();
        }
        close();
        // A text of one short paragraph (a microtext, an answer) is its own body, not a title.
        if (layout_.paragraphs.empty() && layout_.headings.empty() && layout_.title.end > layout_.title.begin) {
            layout_.paragraphs.push_back(layout_.title);
            layout_.paragraph_heading.push_back(0);
            layout_.title = {};
        }
        return std::move(layout_);
    }

private:
    // A PDF extract indents the first line after a page break too: a line that starts in lower
    // case or with a citation, or follows a line broken inside a sentence, goes on the paragraph.
    bool continues(std::string_view line) const {
        if (!open_) return false;
        const unsigned char first = static_cast<unsigned char>(line.front());
        const unsigned char last = static_cast<unsigned char>(text_[open_->end - 1]);
        return std::islower(first) || first == '(' || std::isalnum(last) || last == ',';
    }

    void close() {
        if (!open_) return;
        const TextRange range = *open_;
        open_.reset();
        if (in_references_) {
            layout_.references.push_back(range);
        } else if (layout_.paragraphs.empty() && layout_.headings.empty() && layout_.title.end == 0 && range.end - range.begin < 200) {
            layout_.title = range;
        } else {
            layout_.paragraphs.push_back(range);
            layout_.paragraph_heading.push_back(layout_.headings.size());
        }
    }

    std::string_view text_;
    std::vector<Line> lines_;
    std::size_t median_ = 0;
    bool double_spaced_ = false, wrapped_ = false, in_references_ = false;
    std::optional<TextRange> open_;
    EssayLayout layout_;
};

}  // namespace

// The lines without page furniture; where furniture stood inside a sentence (a page break in
// "Miss Emily / 295 / Dr. Lobna M. Shaddad / wants to prove"), the blank lines around it go too,
// so that the sentence reads on.
std::vector<Line> without_furniture(std::string_view text, std::vector<Line> lines, std::vector<TextRange>& dropped) {
    std::vector<TextRange> ranges;
    for (const Line& line : lines) ranges.push_back(line.range);
    const std::vector<bool> furniture = page_furniture(text, ranges);
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (furniture[i]) dropped.push_back(lines[i].range);
    // next_text[i]: the first line from i on that is neither blank nor furniture (lines.size()
    // when none is), found in one backward pass; with the count of blank lines at the end of
    // `kept`, kept as it grows, no line is scanned twice however much furniture a text has.
    std::vector<std::size_t> next_text(lines.size() + 1, lines.size());
    for (std::size_t i = lines.size(); i-- > 0;) next_text[i] = lines[i].blank() || furniture[i] ? next_text[i + 1] : i;
    std::vector<Line> kept;
    std::size_t blanks = 0;  // blank lines at the end of `kept`
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (!furniture[i]) {
            kept.push_back(lines[i]);
            blanks = lines[i].blank() ? blanks + 1 : 0;
            continue;
        }
        const std::size_t next = next_text[i + 1];
        // The sentence reads on: the line before ends open and the line after goes on in lower case.
        if (blanks == kept.size() || !ends_open(slice(text, kept[kept.size() - 1 - blanks].range)) || next == lines.size() ||
            !std::islower(static_cast<unsigned char>(text[lines[next].range.begin])))
            continue;
        kept.resize(kept.size() - blanks);
        blanks = 0;
        i = next - 1;
    }
    return kept;
}

EssayLayout read_layout(std::string_view text) {
    std::vector<Line> lines = split_lines(text);
    std::vector<TextRange> furniture;
    std::vector<Line> kept = without_furniture(text, lines, furniture);
    EssayLayout layout = LayoutReader(text, std::move(lines), std::move(kept)).read();
    layout.furniture = std::move(furniture);
    return layout;
}

bool inside(TextRange range, const std::vector<TextRange>& furniture) {
    return std::any_of(furniture.begin(), furniture.end(),
                       [&](const TextRange& f) { return f.begin <= range.begin && range.end <= f.end; });
}

std::string squeeze_without(std::string_view text, TextRange range, const std::vector<TextRange>& furniture) {
    std::string kept;
    std::size_t at = range.begin;
    for (const TextRange& f : furniture) {
        if (f.end <= at || f.begin >= range.end) continue;
        kept.append(text.substr(at, f.begin - at)).push_back(' ');
        at = f.end;
    }
    if (at < range.end) kept.append(text.substr(at, range.end - at));
    return squeeze(kept);
}

}  // namespace warrant::draft
