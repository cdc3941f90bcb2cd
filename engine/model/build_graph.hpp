// Syntax tree -> graph (private to the engine). Resolves Argdown's semantics the way the
// reference implementation does: equivalence classes by title, "Untitled N" numbering,
// relation types from symbol and node types (loose or strict mode), relations of a
// conclusion lifted to its argument, sections and tags. All nodes come out as NodeKind::Claim
// or NodeKind::Argument; typing.hpp assigns the other kinds afterwards.
#pragma once

#include "syntax/syntax_tree.hpp"
#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"

#include <vector>

namespace warrant::model {

void build_graph(const syntax::SyntaxTree& tree, ArgumentMap& map, std::vector<Diagnostic>& diagnostics);

// The same, consuming the tree: it is released as soon as it has been read, before the edges
// are made, so that the tree and the whole graph are never in memory together.
void build_graph(syntax::SyntaxTree&& tree, ArgumentMap& map, std::vector<Diagnostic>& diagnostics);

}  // namespace warrant::model
