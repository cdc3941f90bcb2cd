// How a relation looks (private to the render stage): colour, line style and arrowheads by
// edge kind. The legend draws from the same table.
#pragma once

#include "render/node_style.hpp"
#include "warrant/model.hpp"

#include <string>

namespace warrant::render {

// support green, attack red, undercut red dashed with a tee, contrary red with an open head,
// contradictory red and both-headed, entails green dotted, premise-of and conclusion-of thin
// grey, cites dashed grey.
Attributes edge_style(EdgeKind kind);

// A short drawing of the line for the legend table ("━━▶", "┄┄▶", ...).
std::string legend_stroke(EdgeKind kind);

}  // namespace warrant::render
