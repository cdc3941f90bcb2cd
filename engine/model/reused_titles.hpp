// One title written with two different texts (private to the engine). Argdown merges every
// statement of one title into one equivalence class on purpose, so both texts are kept; but a
// student who reuses a title by accident ("[Cost]" for two different costs) silently merges two
// claims, so the second text gets a note (N207) and a fix that gives it a title of its own.
#pragma once

#include "warrant/diagnostic.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace warrant::model {

// The same words, whatever their case, punctuation and spacing: "Cost more." and "cost more".
bool same_words(std::string_view a, std::string_view b);

// The note on the second definition of `title`, whose title `[title]` begins at `second`;
// `first_line` is the line of the first text. `taken` says whether a title is in use, so that the
// fix's new title ("Cost 2") is free.
Diagnostic reused_title_note(const std::string& title, int first_line, const SourceSpan& second,
                             const std::function<bool(const std::string&)>& taken);

}  // namespace warrant::model
