// Creation-order IDs for cgraph: named objects get even IDs 2, 4, 6, ... in the order their
// names are first seen; anonymous objects (our edges) get odd IDs, as in cgraph's own scheme.
#include "render/creation_order_ids.hpp"

#include <string>
#include <unordered_map>
#include <vector>

namespace warrant::render {
namespace {

struct IdState {
    Agraph_t* graph = nullptr;
    std::unordered_map<std::string, IDTYPE> ids;
    // names[id / 2 - 1], interned with agstrdup: cgraph's writer inspects the string it gets
    // back from print_id as one of its own (is it an HTML string?), so it must be one.
    std::vector<char*> names;
    IDTYPE next_anonymous = 1;
};

void* open_ids(Agraph_t* graph, Agdisc_t*) {
    auto* state = new IdState;
    state->graph = graph;
    return state;
}

long map_id(void* state, int, char* name, IDTYPE* id, int create) {
    auto& ids = *static_cast<IdState*>(state);
    if (name == nullptr) {
        *id = ids.next_anonymous;
        ids.next_anonymous += 2;
        return 1;
    }
    if (const auto found = ids.ids.find(name); found != ids.ids.end()) {
        *id = found->second;
        return 1;
    }
    if (!create) return 0;
    ids.names.push_back(agstrdup(ids.graph, name));
    *id = static_cast<IDTYPE>(2 * ids.names.size());
    ids.ids.emplace(name, *id);
    return 1;
}

// Only IDs this discipline handed out are valid; cgraph asks when an ID is requested directly.
long alloc_id(void* state, int, IDTYPE id) {
    const auto& ids = *static_cast<IdState*>(state);
    return id % 2 == 0 && id / 2 <= ids.names.size() ? 1 : 0;
}

void free_id(void*, int, IDTYPE) {}

char* print_id(void* state, int, IDTYPE id) {
    auto& ids = *static_cast<IdState*>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > ids.names.size()) return nullptr;
    return ids.names[id / 2 - 1];
}

void close_ids(void* state) {
    auto* ids = static_cast<IdState*>(state);
    for (char* name : ids->names) agstrfree(ids->graph, name);
    delete ids;
}

void register_id(void*, int, void*) {}

Agiddisc_t creation_order_ids{open_ids, map_id, alloc_id, free_id, print_id, close_ids, register_id};

}  // namespace

Agdisc_t* creation_order_discipline() {
    static Agdisc_t discipline{&AgMemDisc, &creation_order_ids, &AgIoDisc};
    return &discipline;
}

}  // namespace warrant::render
