// Metadata keys that look like a typo of one warrant reads (private to the engine):
// `{p: 41}` is a page nobody will find, because warrant reads `page`.
#pragma once

#include "warrant/diagnostic.hpp"

#include <string_view>
#include <vector>

namespace warrant::model {

// Reports W023 for each top-level key of the inline metadata `raw` ("{...}", as written,
// starting at `where`) that warrant does not read but that is close to a key it does
// ("p" -> page, "sourse" -> source). Other unknown keys are the writer's own: not reported.
void report_mistyped_metadata_keys(std::string_view raw, const SourceSpan& where, std::vector<Diagnostic>& out);

// Where the value of top-level `key` is written in the inline metadata `raw` (unquoted values
// only, so that a fix can replace exactly it); an unknown span when it is not written so.
SourceSpan value_span(std::string_view raw, const SourceSpan& where, std::string_view key);

}  // namespace warrant::model
