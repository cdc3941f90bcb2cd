// The graph type's own operations: adding nodes and edges and finding nodes by title.
#include "diagnostics/name_table.hpp"
#include "model/title_index.hpp"
#include "warrant/model.hpp"

#include <array>
#include <type_traits>
#include <utility>

namespace warrant {
namespace {

constexpr names::NameTable<NodeKind, 6> kNodeKindNames{{
    {NodeKind::Thesis, "thesis"},
    {NodeKind::Claim, "claim"},
    {NodeKind::Evidence, "evidence"},
    {NodeKind::Source, "source"},
    {NodeKind::CounterPosition, "counter-position"},
    {NodeKind::Argument, "argument"},
}};

constexpr names::NameTable<EdgeKind, 9> kEdgeKindNames{{
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

// Debian's abseil is built with its own string_view type, which std::string_view does not
// convert to: looking a title up without copying it into a std::string needs this spelling.
absl::string_view key_of(std::string_view title) { return {title.data(), title.size()}; }

}  // namespace

std::string_view to_string(NodeKind kind) { return names::name_of(kNodeKindNames, kind); }
std::string_view to_string(EdgeKind kind) { return names::name_of(kEdgeKindNames, kind); }
std::optional<NodeKind> node_kind_from_string(std::string_view name) { return names::value_named(kNodeKindNames, name); }
std::optional<EdgeKind> edge_kind_from_string(std::string_view name) { return names::value_named(kEdgeKindNames, name); }

constexpr names::NameTable<PcsMember::Role, 3> kRoleNames{
    {{PcsMember::Role::Premise, "premise"},
     {PcsMember::Role::IntermediaryConclusion, "intermediary-conclusion"},
     {PcsMember::Role::MainConclusion, "main-conclusion"}}};

std::string_view to_string(PcsMember::Role role) { return names::name_of(kRoleNames, role); }

bool is_statement(NodeKind kind) { return kind != NodeKind::Argument; }

std::string display_name(NodeKind kind, std::string_view title) {
    const bool argument = kind == NodeKind::Argument;
    std::string name;
    name.reserve(title.size() + 2);
    name += argument ? '<' : '[';
    name += title;
    name += argument ? '>' : ']';
    return name;
}
bool is_supporting(EdgeKind kind) { return kind == EdgeKind::Support || kind == EdgeKind::Entails; }
bool is_attacking(EdgeKind kind) {
    return kind == EdgeKind::Attack || kind == EdgeKind::Undercut || kind == EdgeKind::Contrary ||
           kind == EdgeKind::Contradictory;
}
bool is_symmetric(EdgeKind kind) { return kind == EdgeKind::Contradictory; }

static_assert(std::is_same_v<Graph, boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge,
                                                         boost::no_property, boost::listS>>,
              "ArgumentMap's move operations swap a std::list of edges");

ArgumentMap::ArgumentMap() : index_(std::make_unique<TitleIndex>()) {}
ArgumentMap::~ArgumentMap() = default;

ArgumentMap::ArgumentMap(const ArgumentMap& other)
    : graph(other.graph), file(other.file), front_matter(other.front_matter), sections(other.sections),
      poles(other.poles), sources(other.sources), tags(other.tags),
      index_(std::make_unique<TitleIndex>(*other.index_)) {}

ArgumentMap& ArgumentMap::operator=(const ArgumentMap& other) {
    if (this != &other) *this = ArgumentMap(other);
    return *this;
}

ArgumentMap::ArgumentMap(ArgumentMap&& other) noexcept : index_(std::make_unique<TitleIndex>()) {
    *this = std::move(other);
}

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
    // Swapped, not moved: `other` keeps an index (empty or ours), so it stays usable.
    index_.swap(other.index_);
    return *this;
}

Vertex ArgumentMap::add_node(Node node) {
    // boost::add_vertex(property, graph) copies the property; a 300-byte Node with its strings
    // is worth moving.
    const Vertex v = add_node(node.kind, node.title);
    graph[v] = std::move(node);
    return v;
}

void ArgumentMap::rename(Vertex v, std::string title) {
    Node& node = graph[v];
    auto& titles = node.kind == NodeKind::Argument ? index_->arguments : index_->statements;
    titles.erase(key_of(node.title));
    node.title = std::move(title);
    titles.emplace(node.title, v);
}

Vertex ArgumentMap::add_node(NodeKind kind, std::string_view title) {
    // Filled in place: moving a whole Node into the vertex was a tenth of building a large map.
    Vertex v = boost::add_vertex(graph);
    Node& node = graph[v];
    node.kind = kind;
    node.title = title;
    (kind == NodeKind::Argument ? index_->arguments : index_->statements).emplace(node.title, v);
    return v;
}

void ArgumentMap::reserve(std::size_t nodes) {
    graph.m_vertices.reserve(graph.m_vertices.size() + nodes);
    index_->statements.reserve(index_->statements.size() + nodes);
}

EdgeId ArgumentMap::add_edge(Vertex from, Vertex to, Edge edge) {
    return boost::add_edge(from, to, std::move(edge), graph).first;
}

std::optional<Vertex> ArgumentMap::find_statement(std::string_view title) const {
    auto it = index_->statements.find(key_of(title));
    if (it == index_->statements.end()) return std::nullopt;
    return it->second;
}

std::optional<Vertex> ArgumentMap::find_argument(std::string_view title) const {
    auto it = index_->arguments.find(key_of(title));
    if (it == index_->arguments.end()) return std::nullopt;
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
