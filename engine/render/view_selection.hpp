// Which nodes a view draws, and what it highlights (private to the render stage).
//
// These are questions about the picture, not analyses: the chain view follows the map's own
// support edges to decide what to draw, the dialectic view looks at the poles the map declares.
#pragma once

#include "warrant/model.hpp"
#include "warrant/render.hpp"

#include <string>
#include <vector>

namespace warrant::render {

struct ViewSelection {
    std::vector<bool> drawn;    // per vertex index
    std::vector<bool> bridge;   // per vertex index: relations into two or more poles (Dialectic)
    std::string error;          // non-empty: the view cannot be drawn (unknown focus title)
};

ViewSelection select_view(const ArgumentMap& map, const RenderOptions& options);

// Everything that grounds `focus`: a breadth-first search from it over the reversed
// support/entails/premise-of/conclusion-of edges, so supporters, arguments and their premises
// down to the evidence. The focus itself is included.
std::vector<bool> grounding_chain(const ArgumentMap& map, Vertex focus);

// Nodes whose relations (every edge but cites) reach nodes of two or more distinct poles.
std::vector<bool> bridge_nodes(const ArgumentMap& map);

// Both ends belong to a pole, and not the same one.
bool crosses_poles(const ArgumentMap& map, EdgeId edge);

}  // namespace warrant::render
