// The model builder's state (private to engine/model): Argdown's equivalence classes and
// arguments while the syntax tree is walked, and the relations between them before they
// become graph edges. build_graph.cpp walks the tree; relation_rules.cpp turns relation lines
// into relations and applies Argdown's transformations to them.
#pragma once

#include "parallel/page_read_ahead.hpp"
#include "syntax/syntax_tree.hpp"
#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"

#include <absl/container/flat_hash_set.h>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace warrant::model {

// Index of an equivalence class or an argument in the builder's tables: 32 bits, as a node count
// never comes near 2^32 within the input limit, keeps a relation's record small.
using EntryIndex = std::uint32_t;

// What a relation connects: an equivalence class, an argument, or an argument's inference.
struct Member {
    enum class Type : std::uint8_t { Statement, Argument, Inference };
    Type type = Type::Statement;
    EntryIndex index = 0;  // into GraphBuilder::statements_ (Statement) or arguments_ (the others)
    std::int32_t step = -1;  // Inference: index in the argument's pcs of the conclusion below it
    auto operator<=>(const Member&) const = default;
};

// A relation's identity, to merge duplicates as Argdown does.
struct RelationKey {
    Member from;
    Member to;
    EdgeKind kind = EdgeKind::Support;
    bool operator==(const RelationKey&) const = default;

    template <typename Hash>
    friend Hash AbslHashValue(Hash hash, const RelationKey& key) {
        return Hash::combine(std::move(hash), key.from.index, key.from.type, key.from.step, key.to.index, key.to.type,
                             key.to.step, key.kind);
    }
};

struct PendingRelation {
    Member from;
    Member to;
    EdgeKind kind = EdgeKind::Support;
    syntax::Location span;
    bool written_at_argument = false;  // an undercut of an argument that lifting aimed at its inference
};

class GraphBuilder {
public:
    // With `releasable`, the tree (the same object as `tree`) is cleared once it has been read.
    GraphBuilder(const syntax::SyntaxTree& tree, ArgumentMap& map, std::vector<Diagnostic>& diagnostics,
                 syntax::SyntaxTree* releasable = nullptr)
        : tree_(tree), map_(map), diagnostics_(diagnostics), releasable_(releasable) {}

    void build();

private:
    // An equivalence class or an argument. Its node lives in the graph from the start (vertices
    // are numbered in order of creation, as Argdown lists them), so no Node is built twice.
    struct Entry {
        Vertex vertex = 0;
        bool defined = false;      // a definition (not a reference) has been seen
        bool has_section = false;
        int text_line = 0;         // where its first text was written
    };
    Node& node_of(const Entry& entry) { return map_.graph[entry.vertex]; }

    // build_graph.cpp
    void read_front_matter();
    void add_heading(const syntax::Heading& heading);
    Member walk(syntax::ElementId root, std::optional<Member> parent = std::nullopt, syntax::RelationId via = 0);
    Member visit(syntax::ElementId id);
    void note_reused_title(const Node& node, int first_line, const std::string& text, const syntax::Location& where);
    std::string stored_text(syntax::ElementId id);
    std::string collapsed_text(syntax::ElementId id);
    void add_pcs(const syntax::Pcs& pcs, std::optional<EntryIndex> described_argument);
    void keep_conclusion_uses(EntryIndex argument, std::size_t position, syntax::ElementId statement);
    EntryIndex statement(const std::string& title);
    EntryIndex argument(const std::string& title);
    EntryIndex add_entry(std::vector<Entry>& entries, NodeKind kind, const std::string& title);
    EntryIndex statement_entry(const std::string& title) const { return entry_of_vertex_[*map_.find_statement(title)]; }
    std::optional<EntryIndex> find_entry(bool statement, const std::string& title) const;
    std::string next_untitled();
    void add_metadata(const std::string& yaml, const syntax::Location& span, std::map<std::string, std::string>& out);
    void add_tag(const std::string& tag);
    void emit_graph();
    SourceSpan span(const syntax::Location& location) const;

    // regroup.cpp
    void apply_regroup();

    // relation_rules.cpp
    void add_relation(Member parent, Member child, const syntax::Relation& line);
    void lift_argument_relations();
    void apply_strict_mode();
    void apply_declared_kinds();
    void remove_redundant_argument_attacks();

    // explode_arguments.cpp
    void explode_arguments();
    std::vector<PcsMember> inferential_step(EntryIndex argument, const std::vector<PcsMember>& pcs,
                                            std::size_t conclusion) const;

    const syntax::SyntaxTree& tree_;
    ArgumentMap& map_;
    std::vector<Diagnostic>& diagnostics_;
    syntax::SyntaxTree* releasable_;

    std::vector<Entry> statements_;
    std::vector<Entry> arguments_;
    parallel::PageReadAhead vertex_pages_;  // maps the reserved vertex storage ahead of add_entry()
    // Titles are looked up in the map's own index (one hash table, not three): a vertex's entry
    // is entry_of_vertex_[vertex], in statements_ or arguments_ as its kind says.
    std::vector<EntryIndex> entry_of_vertex_;
    std::set<std::string> known_tags_;
    std::vector<PendingRelation> relations_;
    absl::flat_hash_set<RelationKey> relation_keys_;
    std::vector<std::string> section_stack_;  // ids of the open sections, outermost first
    std::string current_section_;
    std::optional<Member> last_inference_;  // the last inference line seen
    int untitled_ = 0;
    // The front matter's `model:` settings, as Argdown 1.7 names them.
    bool strict_ = false;                        // mode: strict
    bool remove_tags_from_text_ = false;         // removeTagsFromText
    bool transform_argument_relations_ = true;   // transformArgumentRelations
    bool explode_arguments_ = false;             // explodeArguments
    // Under explodeArguments, the flattened metadata of conclusions that name a `uses` list, by
    // (argument, position in its pcs).
    std::map<std::pair<EntryIndex, std::size_t>, std::map<std::string, std::string>> conclusion_metadata_;
};

}  // namespace warrant::model
