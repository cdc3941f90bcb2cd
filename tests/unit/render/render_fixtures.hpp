// Small maps built with ArgumentMap::add_node/add_edge, so the render tests do not depend on
// the parser. Vertex numbers are the node ids the renderer draws (n0, n1, ...).
#pragma once

#include "warrant/model.hpp"
#include "warrant/render.hpp"

#include <string>

namespace warrant::testing {

// Every node kind and every edge kind, two poles and two nested sections:
//   n0 [Ustopia] thesis, no pole       n1 [Order] claim, utopia
//   n2 [Control] counter-position, dystopia
//   n3 [Harvest quote] evidence citing atwood p. 66, utopia
//   n4 [atwood] source in the bibliography
//   n5 <Stability> argument: Order, therefore Ustopia
//   n6 [Bridge] claim, no pole: supports Order (utopia), contrary to Control (dystopia)
//   n7 [Unsupported] claim, dystopia: entails Control
ArgumentMap teaching_map();

// The status view's inputs for teaching_map(), as an analysis would supply them.
RenderOptions teaching_status_options();

// One statement whose title and text try to break out of DOT and SVG, one in Arabic.
inline const std::string kInjectionTitle = "\"]; evil [label=\"x";
inline const std::string kInjectionText = "<script>alert(1)</script> & a \\ backslash\nand a newline";
inline const std::string kArabicText = "كل يوتوبيا تحمل في داخلها ديستوبيا كامنة";
ArgumentMap hostile_map();

// Two poles, a bridge and evidence, for the folded views:
//   n0 [Thesis]; n1 [A1] (pole a) supports it, n2 [A2] (a) supports it, n3 [B1] (b, counter) attacks it
//   n4 [A3] (a) supports A1; n5 [X] (no pole) supports A1 and attacks B1: the bridge
//   n6 [kumar] source (Krishan Kumar); n7 [E1] quotes kumar p. 12 for A1, n8 [E2] p. 3 for A3
ArgumentMap pole_columns_map();

// A chain of `count` claims, each supporting the next, for size thresholds and benchmarks.
ArgumentMap support_chain_map(std::size_t count);

}  // namespace warrant::testing
