// Typing (private to the engine): assigns node kinds, dialectic poles, sources and pages from
// the tags and metadata a map already carries, and adds source nodes and cites edges for the
// front-matter bibliography. Runs after build_graph() and after any other reader (AIF,
// microtexts) so every format is typed by the same rules (docs/argdown.md, "Typing").
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"

#include <vector>

namespace warrant::model {

void assign_types(ArgumentMap& map, std::vector<Diagnostic>& diagnostics);

}  // namespace warrant::model
