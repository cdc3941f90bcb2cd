#include "draft/page_furniture.hpp"

#include <cctype>
#include <map>
#include <string>

namespace warrant::draft {
namespace {

constexpr std::size_t kShortLine = 80;

char32_t decode(std::string_view text, std::size_t& at) {
    const unsigned char c = static_cast<unsigned char>(text[at]);
    const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? c : c & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length && at + k < text.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[at + k]) & 0x3F);
    at += length;
    return cp;
}

struct Script {
    std::size_t latin = 0, other = 0;
};

// Letters in the Latin script (ASCII and the accented letters of Latin-1 and Latin Extended)
// against letters of other scripts and replacement characters; punctuation and digits count
// for neither.
Script script_of(std::string_view line) {
    Script script;
    for (std::size_t at = 0; at < line.size();) {
        const char32_t cp = decode(line, at);
        if (cp < 0x80) script.latin += std::isalpha(static_cast<int>(cp)) != 0;
        else if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ++script.latin;
        else if (cp == 0xFFFD || (cp >= 0x370 && !(cp >= 0x2000 && cp <= 0x2BFF) && !(cp >= 0x3000 && cp <= 0x303F))) ++script.other;
    }
    return script;
}

bool closes_sentence(std::string_view line) {
    return !line.empty() && (line.back() == '.' || line.back() == '?' || line.back() == '!' || line.back() == ',' || line.back() == ';');
}

std::size_t words_in(std::string_view line) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : line) {
        const bool space = c == ' ' || c == '\t';
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

// Every word starts with a capital (a name, a running title): the last line of a page before
// its number is a sentence's, and stays.
bool title_case(std::string_view line) {
    bool at_word_start = true;
    for (char c : line) {
        if (c == ' ' || c == '\t') {
            at_word_start = true;
            continue;
        }
        if (at_word_start && std::islower(static_cast<unsigned char>(c))) return false;
        at_word_start = false;
    }
    return true;
}

}  // namespace

std::vector<bool> page_furniture(std::string_view text, const std::vector<TextRange>& lines) {
    std::vector<bool> furniture(lines.size(), false);
    std::map<std::string, std::size_t> seen;  // a short line's text -> how often
    for (const TextRange& range : lines)
        if (range.end > range.begin && range.end - range.begin < kShortLine) ++seen[std::string(slice(text, range))];
    std::size_t written = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].end == lines[i].begin) continue;
        const std::string_view line = slice(text, lines[i]);
        const Script script = script_of(line);
        const bool repeated = line.size() < kShortLine && !closes_sentence(line) && seen[std::string(line)] > 1 && written >= 3;
        // "(36)." alone on a line is a citation wrapped onto its own line, not a page number.
        const bool citation = line.find('(') != std::string_view::npos && line.find(')') != std::string_view::npos;
        furniture[i] = (script.latin == 0 && !citation) || script.other > script.latin || repeated;
        ++written;
    }
    // The short line beside a page number or a header: the author's name, the journal's.
    auto neighbour_is_furniture = [&](std::size_t i) {
        for (long step : {-1L, 1L})
            for (long j = static_cast<long>(i) + step; j >= 0 && j < static_cast<long>(lines.size()); j += step) {
                if (lines[static_cast<std::size_t>(j)].end == lines[static_cast<std::size_t>(j)].begin) continue;
                if (furniture[static_cast<std::size_t>(j)]) return true;
                break;
            }
        return false;
    };
    std::vector<bool> beside = furniture;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (furniture[i] || lines[i].end == lines[i].begin) continue;
        const std::string_view line = slice(text, lines[i]);
        const unsigned char first = static_cast<unsigned char>(line.front());
        if (line.size() < 60 && words_in(line) >= 3 && words_in(line) <= 8 && !closes_sentence(line) && !std::isdigit(first) &&
            first != '#' && title_case(line) && neighbour_is_furniture(i))
            beside[i] = true;
    }
    return beside;
}

}  // namespace warrant::draft
