// The edits that resolve citation findings (private to engine/analysis). They need the text
// the map was read from, which the checks of check_map() do not see: check_loaded() adds them.
#pragma once

#include "warrant/diagnostic.hpp"

#include <string_view>
#include <vector>

namespace warrant::analysis {

// W111 (evidence without a page): a `page: "?"` placeholder in the evidence's metadata.
// W112 (source missing from the bibliography): the key declared under `sources:` in the front
// matter, which is made when the map has none.
void add_citation_fixes(std::string_view text, std::vector<Diagnostic>& findings);

}  // namespace warrant::analysis
