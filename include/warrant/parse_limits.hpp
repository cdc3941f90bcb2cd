// Bounds on one input: what keeps hostile input from exhausting memory or time.
//
// Its own header so that the lexer and parser, which need only these numbers, do not pull in
// the graph model.
//
// Threads: plain values, copied wherever they are used.
#pragma once

#include <cstddef>

namespace warrant {

// See docs/argdown.md, "Limits".
struct ParseLimits {
    std::size_t max_bytes = std::size_t{512} << 20;   // whole input
    std::size_t max_line_bytes = std::size_t{1} << 20; // one physical line
    int max_depth = 1000;                              // relation-tree indentation levels
};

}  // namespace warrant
