// What a folded view draws (private to the render stage): the few nodes that carry the argument,
// in the places the picture gives them, and what was folded away, counted.
//
// A folded view starts from its roots (the theses, the chain's focus) and walks the relations
// back to their givers up to `depth` steps. The claims it meets are ranked by how much of the
// argument rests on them (how many statements ground them, through support and premises) and
// kept while the fit has room. Evidence is summed up on the claim it backs. The renderer draws
// exactly this: it decides nothing about the argument.
#pragma once

#include "warrant/model.hpp"
#include "warrant/render.hpp"

#include <map>
#include <string>
#include <vector>

namespace warrant::render {

struct FoldedColumn {
    std::string pole;            // "" for a view without poles
    std::vector<Vertex> claims;  // top to bottom, most weight first
    std::size_t folded = 0;      // candidates of this column left out for room
};

struct FoldedView {
    std::vector<Vertex> roots;            // drawn on top
    std::vector<FoldedColumn> columns;    // the dialectic's poles in declared order, or one column
    std::vector<Vertex> bridges;          // dialectic: claims with relations into two or more poles
    std::vector<Vertex> evidence;         // EvidenceShown::Show: the drawn claims' own evidence
    std::vector<bool> drawn;              // per vertex index: any of the above
    std::vector<std::size_t> distance;    // per vertex index: relations back from the nearest root
    std::map<Vertex, std::string> badges;           // "4 quotations: Ishiguro 13, 86, 166, 262"
    std::map<Vertex, std::size_t> hidden_reasons;   // givers of a drawn node that are not drawn
    std::size_t folded_nodes = 0;         // statements and arguments of the map not drawn
    std::vector<std::string> notes;
    std::string error;
};

// Room on one 16:9 slide: claims per pole column, bridges, and claims without poles.
inline constexpr std::size_t kClaimsPerColumn = 3;
inline constexpr std::size_t kBridgesShown = 4;
inline constexpr std::size_t kClaimsWithoutPoles = 10;
// A chain slide that draws this few claims has room for their evidence as boxes.
inline constexpr std::size_t kChainSlideUnfoldsEvidence = 3;

FoldedView fold_view(const ArgumentMap& map, const RenderOptions& options);

// "4 quotations: Ishiguro 13, 86, 166, 262; Atwood 66": the evidence nodes, grouped by cited
// author (surname; "Proclus via Wear" where the bibliography says whom a source reports); the
// writer's own examples last, counted ("1 citation: Atwood 66; 2 examples").
std::string evidence_badge(const ArgumentMap& map, const std::vector<Vertex>& evidence);

}  // namespace warrant::render
