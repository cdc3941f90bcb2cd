// `@include(file)` in Argdown files, as Argdown's command line tool reads it: before parsing,
// each directive is replaced by the text of the file it names (relative to the including file),
// recursively. A file is spliced in once: a directive naming a file already included (the file
// being loaded among them: a cycle) is replaced by nothing and reported, as is one nested more
// than kMaxIncludeDepth deep or naming a file that cannot be read (W040). Positions in the
// spliced text are those of the whole, as in Argdown.
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/parse.hpp"

#include <string>
#include <vector>

namespace warrant {

inline constexpr int kMaxIncludeDepth = 32;

// `text` with every @include(...) of the file at `path` expanded.
std::string expand_includes(std::string text, const std::string& path, const ParseLimits& limits,
                            std::vector<Diagnostic>& diagnostics);

}  // namespace warrant
