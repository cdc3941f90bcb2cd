// The typed argument graph: what every analysis, semantics, renderer and exporter works on.
//
// Nodes are statements (theses, claims, evidence, sources, counter-positions) and arguments
// (premise-conclusion structures); edges are typed relations between them. The graph is a
// Boost adjacency_list with bundled properties, so BGL algorithms run on it directly.
//
// Edge direction always follows the flow of reasons, from giver to receiver:
//   support/entails:   supporter  -> supported
//   attack/contrary/undercut: attacker -> target (undercut targets an argument's inference)
//   contradictory:     stored once, a -> b; it is symmetric (see is_symmetric())
//   premise-of:        premise    -> argument
//   conclusion-of:     argument   -> its conclusion (the argument yields it)
//   cites:             evidence   -> source
//
// Threads: an ArgumentMap is an ordinary value: any number of threads may read one map at once,
// and a thread that changes it must have it alone.
#pragma once

#include "warrant/diagnostic.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace warrant {

enum class NodeKind { Thesis, Claim, Evidence, Source, CounterPosition, Argument };
enum class EdgeKind {
    Support, Attack, Undercut, Contrary, Contradictory, Entails, PremiseOf, ConclusionOf, Cites
};

std::string_view to_string(NodeKind kind);   // "thesis", "claim", "evidence", ...
std::string_view to_string(EdgeKind kind);   // "support", "attack", ..., "premise-of", "cites"
std::optional<NodeKind> node_kind_from_string(std::string_view name);
std::optional<EdgeKind> edge_kind_from_string(std::string_view name);

bool is_statement(NodeKind kind);            // every kind except Argument
// "[Title]" for statements, "<Title>" for arguments: how findings and pictures name a node.
std::string display_name(NodeKind kind, std::string_view title);
bool is_supporting(EdgeKind kind);           // Support, Entails
bool is_attacking(EdgeKind kind);            // Attack, Undercut, Contrary, Contradictory
bool is_symmetric(EdgeKind kind);            // Contradictory

// One member of an argument's premise-conclusion structure, in the order written.
struct PcsMember {
    enum class Role { Premise, IntermediaryConclusion, MainConclusion };
    Role role = Role::Premise;
    std::string title;        // the statement's title (Argdown gives untitled ones "Untitled N")
    // For conclusions, the inference line written above it: its rules ("-- Modus ponens --")
    // and its {…} metadata, flattened as Node::metadata is ("uses": "[1, 2]").
    std::vector<std::string> inference_rules;
    std::map<std::string, std::string> inference_metadata;
};
std::string_view to_string(PcsMember::Role role);  // "premise", "intermediary-conclusion", ...

struct Node {
    NodeKind kind = NodeKind::Claim;
    std::string title;                 // unique within statements, and within arguments
    std::vector<std::string> texts;    // distinct texts in order of appearance (equivalence class)
    std::vector<std::string> tags;     // in order of first appearance, no duplicates
    std::map<std::string, std::string> metadata;  // inline {…} metadata, flattened (a.b: "x")
    std::string section;               // id of the section it was first defined in ("s1"), or ""
    std::string pole;                  // dialectic pole it belongs to, or ""
    std::string source;                // evidence: key of the cited source; source nodes: own key
    std::string page;                  // evidence: page(s) as written ("3–4")
    bool assumption = false;           // declared #assumption: grounds itself
    bool conceded = false;             // declared #concession: a point the writer grants and argues
                                       // past ("Although X, Y"), owed neither support nor an answer
    bool example = false;              // evidence declared #example: the writer's own example,
                                       // which grounds itself and needs no source
    bool in_bibliography = false;      // source nodes: declared in the front-matter bibliography
    bool implicit = false;             // made by typing (a cited source), not written as a statement
    std::vector<PcsMember> pcs;        // arguments: premise-conclusion structure, may be empty
    SourceSpan span;                   // the first defining occurrence
};

struct Edge {
    Edge(EdgeKind kind = EdgeKind::Support, SourceSpan span = {}, std::int32_t inference = -1)
        : kind(kind), inference(inference), span(span) {}

    EdgeKind kind;
    // An undercut of a reconstructed argument: the pcs index of the conclusion whose inference
    // it hits (from 0: Argdown's conclusionIndex); -1 for every other edge.
    std::int32_t inference;
    SourceSpan span;                   // where the relation was written
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, Edge>;
using Vertex = Graph::vertex_descriptor;
using EdgeId = Graph::edge_descriptor;

struct Section {
    std::string id;      // "s1", "s2", ... in document order
    int level = 1;
    std::string title;
    std::string parent;  // id of the enclosing section, or ""
    SourceSpan span;
};

// A bibliography entry of the front matter (`sources:`), or a source only cited inline.
struct SourceEntry {
    std::string key;
    std::string author;
    std::string work;
    std::string year;
    SourceSpan span;
};

inline std::string display_name(const Node& node) { return display_name(node.kind, node.title); }

class ArgumentMap {
public:
    ArgumentMap();
    ~ArgumentMap();
    ArgumentMap(const ArgumentMap& other);
    ArgumentMap& operator=(const ArgumentMap& other);
    // Boost's adjacency_list (1.74) declares only copy operations, and its swap() copies: a
    // defaulted move would copy the whole graph. These move it in constant time.
    ArgumentMap(ArgumentMap&& other) noexcept;
    ArgumentMap& operator=(ArgumentMap&& other) noexcept;

    Graph graph;
    FileName file;                          // the input's path as given, shared by every span
    std::map<std::string, std::string> front_matter;  // flattened YAML front matter
    std::vector<Section> sections;
    std::vector<std::string> poles;         // declared dialectic poles, in order
    std::vector<SourceEntry> sources;       // bibliography, in declaration order
    std::vector<std::string> tags;          // every tag used, in order of first use

    // Adds a node and indexes it by title (statements and arguments are separate namespaces).
    Vertex add_node(Node node);
    // The same for a node that starts with only its kind and title (what a loader makes first).
    Vertex add_node(NodeKind kind, std::string_view title);
    EdgeId add_edge(Vertex from, Vertex to, Edge edge);
    // Gives node `v` a new title, found by it from now on (not by the old one). The caller
    // makes sure the new title is free, as add_node() assumes.
    void rename(Vertex v, std::string title);
    // Makes room for `nodes` more nodes, so that building a large map does not move them.
    void reserve(std::size_t nodes);

    std::optional<Vertex> find_statement(std::string_view title) const;
    std::optional<Vertex> find_argument(std::string_view title) const;
    // Finds a statement first, then an argument; accepts "[T]" and "<T>" to choose explicitly.
    std::optional<Vertex> find(std::string_view title) const;

    const Node& node(Vertex v) const { return graph[v]; }
    Node& node(Vertex v) { return graph[v]; }
    std::size_t node_count() const { return boost::num_vertices(graph); }
    std::size_t edge_count() const { return boost::num_edges(graph); }

    const SourceEntry* find_source(std::string_view key) const;

private:
    // Title -> vertex, statements and arguments apart (engine/model/title_index.hpp). Never
    // null; private so that the map's users need not know how it is kept.
    class TitleIndex;
    std::unique_ptr<TitleIndex> index_;
};

}  // namespace warrant
