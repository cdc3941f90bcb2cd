// The status view's inputs, converted from what the semantics stage returns.
#include "warrant/render.hpp"

namespace warrant {

std::map<Vertex, Acceptability> acceptability_by_vertex(const Framework& framework, const std::vector<Label>& labels) {
    std::map<Vertex, Acceptability> by_vertex;
    for (std::size_t i = 0; i < labels.size() && i < framework.vertices.size(); ++i) {
        const Acceptability shown = labels[i] == Label::In    ? Acceptability::In
                                    : labels[i] == Label::Out ? Acceptability::Out
                                                              : Acceptability::Undec;
        by_vertex.emplace(framework.vertices[i], shown);
    }
    return by_vertex;
}

}  // namespace warrant
