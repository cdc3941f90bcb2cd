// Thin, typed wrappers over the cgraph and gvc C API (private to the render stage).
//
// Graphviz 2.42 takes `char*` for strings it only reads; the const_casts live here and nowhere
// else. Handles are RAII: a context is freed with gvFreeContext, a layout with gvFreeLayout.
#pragma once

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>
#include <string>

namespace warrant::render {

using GvcContext = std::unique_ptr<GVC_t, decltype(&gvFreeContext)>;

// Sets an attribute on a graph, node or edge, declaring it (default "") if needed.
inline void set_attribute(void* object, const char* name, const std::string& value) {
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

// Sets an HTML-like label (`html` without the outer < >). The caller has escaped every user
// text in it; cgraph then writes it as <...> and never re-quotes it.
inline void set_html_attribute(Agraph_t* root, void* object, const char* name, const std::string& html) {
    char* shared = agstrdup_html(root, const_cast<char*>(html.c_str()));
    set_attribute(object, name, shared);
    agstrfree(root, shared);  // agsafeset took its own reference
}

// Declares an attribute of every node (AGNODE) or edge (AGEDGE) of `root` with its default.
inline void declare_default(Agraph_t* root, int kind, const char* name, const std::string& value) {
    agattr(root, kind, const_cast<char*>(name), const_cast<char*>(value.c_str()));
}

// The attribute's value, or null when the graph does not declare it.
inline const char* attribute_of(Agraph_t* graph, const char* name) { return agget(graph, const_cast<char*>(name)); }

inline Agraph_t* open_directed_graph(const char* name, Agdisc_t* discipline) {
    return agopen(const_cast<char*>(name), Agdirected, discipline);
}

inline Agraph_t* make_subgraph(Agraph_t* parent, const std::string& name) {
    return agsubg(parent, const_cast<char*>(name.c_str()), 1);
}

inline Agnode_t* make_node(Agraph_t* parent, const std::string& name) {
    return agnode(parent, const_cast<char*>(name.c_str()), 1);
}

// An edge between two nodes made before; `name` may be empty (an anonymous edge).
inline Agedge_t* make_edge(Agraph_t* root, const std::string& from, const std::string& to, const std::string& name = {}) {
    return agedge(root, agnode(root, const_cast<char*>(from.c_str()), 0), agnode(root, const_cast<char*>(to.c_str()), 0),
                  name.empty() ? nullptr : const_cast<char*>(name.c_str()), 1);
}

// Frees the layout on scope exit, so the graph can be laid out again (another format).
class LayoutScope {
public:
    LayoutScope(GVC_t* context, Agraph_t* graph) : context_(context), graph_(graph) {}
    LayoutScope(const LayoutScope&) = delete;
    LayoutScope& operator=(const LayoutScope&) = delete;
    ~LayoutScope() { gvFreeLayout(context_, graph_); }

private:
    GVC_t* context_;
    Agraph_t* graph_;
};

}  // namespace warrant::render
