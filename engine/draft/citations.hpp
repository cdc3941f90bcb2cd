// Parenthetical citations found in an essay and resolved to their sources (private to the
// draft stage): "(Atwood 23)" names its source; "(36)" after "Daniele Fioretti agrees" takes
// the author named before it; "(ibid.)" the citation before; a page with no author in sight,
// the work the essay is about (the author whose name the title holds: "Ishiguro’s Never Let Me Go").
#pragma once

#include "draft/essay_layout.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace warrant::draft {

// One entry of the Works Cited / References list.
struct SourceRecord {
    std::string key;     // "atwood", or "atwood_2003" when the list has two works by Atwood
    std::string author;  // "Atwood, Margaret"
    std::string work;    // the title, without its quotes
    std::string year;
    TextRange range;
};

struct FoundCitation {
    TextRange parentheses;  // "(Atwood 23)", parentheses included
    TextRange quoted;       // the quoted words it backs (inside the quotation marks), or the sentence before it
    std::string key;        // the source's key, "" when none could be told
    std::string page;       // as written ("3–4"), or ""
};

std::vector<SourceRecord> read_works_cited(std::string_view text, const EssayLayout& layout);
std::vector<FoundCitation> find_citations(std::string_view text, const EssayLayout& layout,
                                          const std::vector<SourceRecord>& sources);

}  // namespace warrant::draft
