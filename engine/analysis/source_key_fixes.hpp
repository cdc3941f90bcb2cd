// The edit for a mistyped source key (private to engine/analysis). The typed graph keeps where
// each statement was written, not where in its metadata the key stands, so the fix is placed
// with the text the map was read from.
#pragma once

#include "warrant/diagnostic.hpp"

#include <string_view>
#include <vector>

namespace warrant {

// To each W112 that names the key it likely meant (related: {written, meant}), adds the fix that
// replaces the written key in the citing statement's `{source: ...}`, when `source_text` shows
// it on the finding's line or the few after it.
void add_source_key_fixes(std::string_view source_text, std::vector<Diagnostic>& findings);

}  // namespace warrant
