// MLA: (Author Page), (Author, Short Title Page), (Page) after an author named in the sentence.
// APA: (Author, Year, p. Page), (Author Year), (Year, p. Page) after a named author.
// Both: ranges with a hyphen or a dash, "ibid.", several citations separated by ';'.
#include "draft/citation_grammar.hpp"
#include "text/ascii_case.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace warrant::draft {
namespace {

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\n' || text.back() == ','))
        text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (std::size_t at = 0;;) {
        const std::size_t next = text.find(separator, at);
        parts.push_back(trim(text.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at)));
        if (next == std::string_view::npos) return parts;
        at = next + 1;
    }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

using text::lowercase;

// The length of a range separator at `at`: '-', or an en dash, em dash or figure dash in UTF-8.
std::size_t dash_length(std::string_view text, std::size_t at) {
    if (at < text.size() && text[at] == '-') return 1;
    for (std::string_view dash : {"\u2013", "\u2014", "\u2012"})
        if (text.substr(at, dash.size()) == dash) return dash.size();
    return 0;
}

// "23", "3–4", "68-69", "3 - 4": digits, optionally a dash and more digits. Returns the page as
// written without spaces around the dash, or "" when `text` is not a page.
std::string page_number(std::string_view text) {
    text = trim(text);
    std::size_t at = 0;
    while (at < text.size() && is_digit(text[at])) ++at;
    if (at == 0 || at > 5) return {};
    std::string page(text.substr(0, at));
    std::size_t rest = at;
    while (rest < text.size() && text[rest] == ' ') ++rest;
    if (rest == text.size()) return at == text.size() ? page : std::string{};
    const std::size_t dash = dash_length(text, rest);
    if (dash == 0) return {};
    std::size_t second = rest + dash;
    while (second < text.size() && text[second] == ' ') ++second;
    std::size_t end = second;
    while (end < text.size() && is_digit(text[end])) ++end;
    if (end == second || end != text.size()) return {};
    return page + std::string(text.substr(rest, dash)) + std::string(text.substr(second));
}

// A page with APA's "p." / "pp." (or MLA's rare "page") before it.
std::string marked_page(std::string_view text) {
    text = trim(text);
    for (std::string_view mark : {"pp.", "p.", "pages", "page", "pp", "p"}) {
        if (lowercase(text.substr(0, mark.size())) != mark) continue;
        std::string page = page_number(text.substr(mark.size()));
        if (!page.empty()) return page;
    }
    return page_number(text);
}

// "2019", "2019a", "n.d.": an APA year.
bool is_year(std::string_view text) {
    text = trim(text);
    if (text == "n.d." || text == "n.d") return true;
    if (text.size() < 4 || text.size() > 5 || !std::all_of(text.begin(), text.begin() + 4, is_digit)) return false;
    return text.size() == 4 || std::islower(static_cast<unsigned char>(text[4]));
}

bool capitalised(std::string_view word) {
    const unsigned char first = static_cast<unsigned char>(word.front());
    return std::isupper(first) || first >= 0x80;  // a non-ASCII letter: "Ó", "Ż"
}

// An author as written in a citation: capitalised names joined by "and", "&", "et al.".
bool is_author(std::string_view text) {
    static const std::array<std::string_view, 13> joins = {"and", "&", "et", "al.", "al", "de", "van", "von", "der",
                                                           "la", "le", "du", "di"};
    static const std::array<std::string_view, 10> not_authors = {"Figure", "Fig.", "Table", "Chapter", "See",
                                                                 "Vol.", "Section", "Part", "Appendix", "No."};
    text = trim(text);
    if (text.empty() || std::any_of(text.begin(), text.end(), is_digit)) return false;
    const std::vector<std::string_view> words = split(text, ' ');
    if (words.size() > 6 || !capitalised(words.front())) return false;
    for (std::string_view word : words) {
        if (word.empty()) continue;
        if (std::find(not_authors.begin(), not_authors.end(), word) != not_authors.end()) return false;
        if (!capitalised(word) && std::find(joins.begin(), joins.end(), word) == joins.end()) return false;
    }
    return true;
}

std::optional<ParsedCitation> parse_ibid(std::string_view part) {
    if (lowercase(part.substr(0, 4)) != "ibid") return std::nullopt;
    std::string_view rest = part.substr(4);
    while (!rest.empty() && (rest.front() == '.' || rest.front() == ',' || rest.front() == ' ')) rest.remove_prefix(1);
    ParsedCitation citation;
    citation.ibid = true;
    if (!rest.empty() && (citation.page = marked_page(rest)).empty()) return std::nullopt;
    return citation;
}

// "Smith, 2019, p. 4", "Smith 2019, p. 4", "Smith, 2019", "2019, p. 4" (the author named before).
std::optional<ParsedCitation> parse_apa(std::string_view part) {
    std::vector<std::string_view> pieces = split(part, ',');
    ParsedCitation citation;
    std::size_t next = 0;
    if (is_year(pieces[0])) {
        citation.year = pieces[0];
        next = 1;
    } else if (pieces.size() >= 2 && is_author(pieces[0]) && is_year(pieces[1])) {
        citation.author = pieces[0];
        citation.year = pieces[1];
        next = 2;
    } else if (const std::size_t space = pieces[0].rfind(' '); space != std::string_view::npos &&
               is_author(pieces[0].substr(0, space)) && is_year(pieces[0].substr(space + 1))) {
        citation.author = trim(pieces[0].substr(0, space));
        citation.year = pieces[0].substr(space + 1);
        next = 1;
    } else {
        return std::nullopt;
    }
    if (next < pieces.size()) {
        if (next + 1 != pieces.size() || (citation.page = marked_page(pieces[next])).empty()) return std::nullopt;
    }
    // A bare year in parentheses is a date, not a citation: "Never Let Me Go (2005)".
    if (citation.author.empty() && citation.page.empty()) return std::nullopt;
    return citation;
}

// "Atwood 23", "Claeys15", "Atwood, Oryx 12", "Groes and Lewis 10".
std::optional<ParsedCitation> parse_mla(std::string_view part) {
    std::size_t start = part.size();
    while (start > 0) {
        const char c = part[start - 1];
        const bool dash_byte = static_cast<unsigned char>(c) >= 0x80 && start >= 3 && dash_length(part, start - 3) == 3;
        if (is_digit(c) || c == ' ' || c == '-') {
            --start;
        } else if (dash_byte) {
            start -= 3;
        } else {
            break;
        }
    }
    while (start < part.size() && !is_digit(part[start])) ++start;
    ParsedCitation citation;
    if (start == 0 || start == part.size() || (citation.page = page_number(part.substr(start))).empty()) return std::nullopt;
    std::string_view head = trim(part.substr(0, start));
    if (const std::size_t comma = head.find(','); comma != std::string_view::npos) {
        citation.work = trim(head.substr(comma + 1));
        head = trim(head.substr(0, comma));
        if (citation.work.empty()) return std::nullopt;
    }
    if (!is_author(head)) return std::nullopt;
    citation.author = head;
    return citation;
}

std::optional<ParsedCitation> parse_one(std::string_view part) {
    if (part.empty()) return std::nullopt;
    if (auto ibid = parse_ibid(part)) return ibid;
    if (std::string page = marked_page(part); !page.empty()) {
        // Four digits alone are a year ("(2005)"), unless marked as a page.
        const bool year_like = page.size() == 4 && page_number(part) == page;
        if (year_like) return std::nullopt;
        ParsedCitation citation;
        citation.page = page;
        return citation;
    }
    if (auto apa = parse_apa(part)) return apa;
    return parse_mla(part);
}

std::string surname(std::string_view name) {
    std::string_view last;
    for (std::string_view word : split(name, ' '))
        if (!word.empty() && capitalised(word)) last = word;
    std::string key;
    for (char c : last)
        if (std::isalpha(static_cast<unsigned char>(c))) key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

}  // namespace

std::vector<ParsedCitation> parse_citation(std::string_view inside) {
    std::vector<ParsedCitation> citations;
    for (std::string_view part : split(trim(inside), ';')) {
        std::optional<ParsedCitation> citation = parse_one(part);
        if (!citation) return {};
        citations.push_back(std::move(*citation));
    }
    return citations;
}

std::string source_key(std::string_view author) {
    std::string_view first = author, second;
    for (std::string_view join : {" and ", " & "}) {
        if (const std::size_t at = author.find(join); at != std::string_view::npos) {
            first = author.substr(0, at);
            second = author.substr(at + join.size());
            break;
        }
    }
    if (const std::size_t et_al = first.find(" et al"); et_al != std::string_view::npos) first = first.substr(0, et_al);
    std::string key = surname(first);
    if (!second.empty() && !surname(second).empty()) key += "_" + surname(second);
    return key;
}

}  // namespace warrant::draft
