// The graph type's own operations: adding nodes and edges and finding nodes by title.
#include "model/name_table.hpp"
#include "warrant/model.hpp"

#include <array>
#include <type_traits>
#include <utility>

namespace warrant {
namespace {

constexpr std::array<std::pair<NodeKind, std::string_view>, 6> kNodeKindNames{{
    {NodeKind::Thesis, "thesis"},
    {NodeKind::Claim, "claim"},
    {NodeKind::Evidence, "evidence"},
    {NodeKind::Source, "source"},
    {NodeKind::CounterPosition, "counter-position"},
    {NodeKind::Argument, "argument"},
}};

constexpr std::array<std::pair<EdgeKind, std::string_view>, 9> kEdgeKindNames{{
    {EdgeKind::Support, "support"},
    {EdgeKind::Attack, "attack"},
    {EdgeKind::Undercut, "undercut"},
    {EdgeKind::Contrary, "contrary"},
    {EdgeKind::Contradictory, "contradictory"},
    {EdgeKind::Entails, "entails"},
    {EdgeKind::PremiseOf, "premise-of"},
    {EdgeKind::ConclusionOf, "conclusion-of"},
    {EdgeKind::Cites, "cites"},
}};

std::string index_key(char open, std::string_view title) {
    std::string key(1, open);
    key.append(title);
    return key;
}

}  // namespace

std::string_view to_string(NodeKind kind) { return model::name_of(kNodeKindNames, kind); }
std::string_view to_string(EdgeKind kind) { return model::name_of(kEdgeKindNames, kind); }
std::optional<NodeKind> node_kind_from_string(std::string_view name) { return model::value_named(kNodeKindNames, name); }
std::optional<EdgeKind> edge_kind_from_string(std::string_view name) { return model::value_named(kEdgeKindNames, name); }

std::string_view to_string(PcsMember::Role role) {
    switch (role) {
        case PcsMember::Role::Premise: return "premise";
        case PcsMember::Role::IntermediaryConclusion: return "intermediary-conclusion";
        case PcsMember::Role::MainConclusion: return "main-conclusion";
    }
    return "?";
}

bool is_statement(NodeKind kind) { return kind != NodeKind::Argument; }
bool is_supporting(EdgeKind kind) { return kind == EdgeKind::Support || kind == EdgeKind::Entails; }
bool is_attacking(EdgeKind kind) {
    return kind == EdgeKind::Attack || kind == EdgeKind::Undercut || kind == EdgeKind::Contrary ||
           kind == EdgeKind::Contradictory;
}
bool is_symmetric(EdgeKind kind) { return kind == EdgeKind::Contradictory; }

static_assert(std::is_same_v<Graph, boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge,
                                                         boost::no_property, boost::listS>>,
              "ArgumentMap's move operations swap a std::list of edges");

ArgumentMap::ArgumentMap(ArgumentMap&& other) noexcept { *this = std::move(other); }

ArgumentMap& ArgumentMap::operator=(ArgumentMap&& other) noexcept {
    if (this == &other) return *this;
    // The graph's two containers change hands: vertices are a vector, edges a std::list whose
    // swap keeps every iterator valid, so the out- and in-edge entries that point into the list
    // stay right. (This relies on the default listS edge container: a vecS one stores a pointer
    // to the vector object itself.) Every other member moves as usual: keep this list complete.
    graph.m_vertices.swap(other.graph.m_vertices);
    graph.m_edges.swap(other.graph.m_edges);
    file = std::move(other.file);
    front_matter = std::move(other.front_matter);
    sections = std::move(other.sections);
    poles = std::move(other.poles);
    sources = std::move(other.sources);
    tags = std::move(other.tags);
    index_ = std::move(other.index_);
    return *this;
}

Vertex ArgumentMap::add_node(Node node) {
    const char open = node.kind == NodeKind::Argument ? '<' : '[';
    std::string key = index_key(open, node.title);
    // boost::add_vertex(property, graph) copies the property; a 300-byte Node with its strings
    // is worth moving.
    Vertex v = boost::add_vertex(graph);
    graph[v] = std::move(node);
    index_.emplace(std::move(key), v);
    return v;
}

void ArgumentMap::reserve(std::size_t nodes) {
    graph.m_vertices.reserve(graph.m_vertices.size() + nodes);
    index_.reserve(index_.size() + nodes);
}

EdgeId ArgumentMap::add_edge(Vertex from, Vertex to, Edge edge) {
    return boost::add_edge(from, to, std::move(edge), graph).first;
}

std::optional<Vertex> ArgumentMap::find_statement(std::string_view title) const {
    auto it = index_.find(index_key('[', title));
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

std::optional<Vertex> ArgumentMap::find_argument(std::string_view title) const {
    auto it = index_.find(index_key('<', title));
    if (it == index_.end()) return std::nullopt;
    return it->second;
}

std::optional<Vertex> ArgumentMap::find(std::string_view title) const {
    if (title.size() >= 2 && title.front() == '[' && title.back() == ']')
        return find_statement(title.substr(1, title.size() - 2));
    if (title.size() >= 2 && title.front() == '<' && title.back() == '>')
        return find_argument(title.substr(1, title.size() - 2));
    if (auto v = find_statement(title)) return v;
    return find_argument(title);
}

const SourceEntry* ArgumentMap::find_source(std::string_view key) const {
    for (const auto& entry : sources)
        if (entry.key == key) return &entry;
    return nullptr;
}

}  // namespace warrant
