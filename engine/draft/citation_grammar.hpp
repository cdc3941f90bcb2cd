// The grammar of a parenthetical citation (private to the draft stage): what stands between
// the parentheses of "(Atwood 23)", "(Sargent 3–4)", "(36)", "(Smith, 2019, p. 4)",
// "(Ibid., 45)" or "(Atwood, Oryx 12; Wear 103)", MLA and APA styles.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace warrant::draft {

struct ParsedCitation {
    std::string author;  // as written: "Atwood", "Groes and Lewis", "Smith et al."; "" when only a page
    std::string work;    // MLA short title that picks one of an author's works ("Oryx"), or ""
    std::string year;    // APA year as written ("2019", "2019a", "n.d."), or ""
    std::string page;    // "23", "3–4" as written (hyphen or dash kept), or ""
    bool ibid = false;   // "ibid.": the source of the citation before
};

// The citations inside one pair of parentheses (several when separated by ';'), or none when
// the parentheses hold something else: a year "(2005)", a life "(1954– )", an aside "(see below)".
std::vector<ParsedCitation> parse_citation(std::string_view inside);

// The key a source is known by in the draft's `sources:`: the first author's surname in lower
// case ASCII letters, joined by '_' to a second author's ("groes_lewis"); "" when none.
std::string source_key(std::string_view author);

}  // namespace warrant::draft
