// A Works Cited (MLA) or References (APA) list as the draft's bibliography.
//   MLA: "Atwood, Margaret. The Handmaid’s Tale. McClelland and Stewart, 1985."
//        "---. Oryx and Crake. 2003."  (the same author again)
//   APA: "Smith, J. A., & Jones, B. (2019). Title of the work. Publisher."
#include "draft/citation_grammar.hpp"
#include "draft/citations.hpp"

#include <algorithm>
#include <cctype>
#include <map>

namespace warrant::draft {
namespace {

std::string strip_quotes(std::string text) {
    for (std::string_view mark : {"\u201c", "\u201d", "\"", "*", "_"}) {
        for (std::size_t at; (at = text.find(mark)) != std::string::npos;) text.erase(at, mark.size());
    }
    while (!text.empty() && (text.back() == '.' || text.back() == ',' || text.back() == ' ')) text.pop_back();
    return text;
}

// The last four-digit number from 1400 to 2099, or "".
std::string last_year(std::string_view text) {
    std::string year;
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        const std::string_view four = text.substr(i, 4);
        const bool digits = std::all_of(four.begin(), four.end(), [](char c) { return c >= '0' && c <= '9'; });
        const bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1]))) &&
                           (i + 4 == text.size() || !std::isdigit(static_cast<unsigned char>(text[i + 4])));
        if (digits && alone && four >= "1400" && four <= "2099") year = four;
    }
    return year;
}

// Where the author part of an MLA entry ends: the first ". " not after an initial ("J. ").
std::size_t author_end(std::string_view entry) {
    for (std::size_t at = entry.find(". "); at != std::string_view::npos; at = entry.find(". ", at + 1)) {
        const std::size_t word = entry.rfind(' ', at);
        const std::size_t length = at - (word == std::string_view::npos ? 0 : word + 1);
        if (length > 1) return at;
    }
    return entry.size();
}

// "Atwood, Margaret" -> "Atwood"; "Groes, Sebastian, and Barry Lewis" -> "Groes and Lewis".
std::string citation_name(std::string_view author) {
    const std::size_t comma = author.find(',');
    std::string name(author.substr(0, comma));
    for (std::string_view join : {" and ", " & "}) {
        if (const std::size_t at = author.find(join); at != std::string_view::npos) {
            std::string_view second = author.substr(at + join.size());
            second = second.substr(0, second.find(','));
            name += " and " + std::string(second.substr(second.rfind(' ') == std::string_view::npos ? 0 : second.rfind(' ') + 1));
            break;
        }
    }
    return name;
}

SourceRecord read_entry(const std::string& entry, const std::string& previous_author) {
    SourceRecord record;
    std::size_t rest = 0;
    if (const std::size_t paren = entry.find(" ("); paren != std::string::npos && !last_year(entry.substr(paren, 8)).empty()) {
        record.author = entry.substr(0, paren);  // APA
        record.year = last_year(entry.substr(paren, 8));
        rest = entry.find(") ", paren);
        rest = rest == std::string::npos ? entry.size() : rest + 2;
        if (rest < entry.size() && entry[rest] == '.') ++rest;
    } else {
        const std::size_t end = author_end(entry);
        record.author = entry.substr(0, end);
        record.year = last_year(entry);
        rest = std::min(end + 2, entry.size());
    }
    while (!record.author.empty() && (record.author.back() == '.' || record.author.back() == ',')) record.author.pop_back();
    if (record.author.find_first_not_of("-_\u2014 ") == std::string::npos || record.author.starts_with("---") ||
        record.author.starts_with("\u2014"))
        record.author = previous_author;
    while (rest < entry.size() && entry[rest] == ' ') ++rest;
    const std::string after(entry.substr(rest));
    std::size_t work_end = after.find(". ");
    if (const std::size_t quote = after.find("\u201d"); after.starts_with("\u201c") && quote != std::string::npos) work_end = quote;
    record.work = strip_quotes(after.substr(0, work_end));
    record.key = source_key(citation_name(record.author));
    return record;
}

}  // namespace

std::vector<SourceRecord> read_works_cited(std::string_view text, const EssayLayout& layout) {
    std::vector<SourceRecord> records;
    std::string previous_author;
    for (const TextRange& range : layout.references) {
        SourceRecord record = read_entry(squeeze(slice(text, range)), previous_author);
        if (record.key.empty()) continue;
        record.range = range;
        previous_author = record.author;
        records.push_back(std::move(record));
    }
    // Two works by one author: each key gets the year, or the title's first word, to tell them apart.
    std::map<std::string, int> uses;
    for (const SourceRecord& record : records) ++uses[record.key];
    std::map<std::string, int> taken;
    for (SourceRecord& record : records) {
        if (uses[record.key] < 2) continue;
        std::string suffix = record.year;
        if (suffix.empty() || taken[record.key + "_" + suffix]) suffix = source_key(record.work.substr(0, record.work.find(' ')));
        record.key += "_" + suffix;
        while (taken[record.key]++) record.key += "_";
    }
    return records;
}

}  // namespace warrant::draft
