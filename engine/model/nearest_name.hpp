// "Did you mean ...?": the written name closest to a mistyped one (private to the engine).
//
// Names are compared folded (ASCII case and the accents of Latin letters ignored) by the
// optimal-string-alignment distance, where swapping two neighbours counts as one edit, as a
// student's "raods" for "roads". A candidate is close enough when the edits are few for its
// length: none for names of up to 3 letters, 1 up to 6, 2 up to 12, 3 beyond.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::model {

// Lowercase ASCII, accented Latin-1 letters as their base letter ("Élan" -> "elan").
std::string fold_name(std::string_view name);

// Edits between two folded names, or `limit + 1` once it is clear they are further apart.
std::size_t typo_distance(std::string_view a, std::string_view b, std::size_t limit);

// The candidate nearest to `written` within the typo limit (the first of equally near ones),
// never `written` itself; none when no candidate is that close.
std::optional<std::string> nearest_name(std::string_view written, const std::vector<std::string>& candidates);

}  // namespace warrant::model
