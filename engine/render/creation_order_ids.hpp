// A cgraph ID discipline that numbers named objects in the order they are created (private to
// the render stage).
//
// cgraph's default discipline uses the address of a name's interned string as the object's
// ID, and keeps subgraphs ordered by ID: clusters would come out in heap-address order, which
// changes with whatever the process allocated before (a test and the CLI drew the poles in
// different orders). With this discipline clusters, and so DOT and SVG, follow creation order.
#pragma once

#include <graphviz/cgraph.h>

namespace warrant::render {

// Pass to agopen(): AgMemDisc and AgIoDisc with the creation-order ID discipline.
Agdisc_t* creation_order_discipline();

}  // namespace warrant::render
