// The model builder's state (private to engine/model): Argdown's equivalence classes and
// arguments while the syntax tree is walked, and the relations between them before they
// become graph edges. build_graph.cpp walks the tree; relation_rules.cpp turns relation lines
// into relations and applies Argdown's transformations to them.
#pragma once

#include "syntax/syntax_tree.hpp"
#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace warrant::model {

// What a relation connects: an equivalence class, an argument, or an argument's inference.
struct Member {
    enum class Type : std::uint8_t { Statement, Argument, Inference };
    Type type = Type::Statement;
    std::size_t index = 0;  // into GraphBuilder::statements_ (Statement) or arguments_ (the others)
    auto operator<=>(const Member&) const = default;
};

struct PendingRelation {
    Member from;
    Member to;
    EdgeKind kind = EdgeKind::Support;
    syntax::Location span;
};

class GraphBuilder {
public:
    GraphBuilder(const syntax::SyntaxTree& tree, ArgumentMap& map, std::vector<Diagnostic>& diagnostics)
        : tree_(tree), map_(map), diagnostics_(diagnostics) {}

    void build();

private:
    struct Entry {  // an equivalence class or an argument while it is being built
        Node node;
        bool defined = false;      // a definition (not a reference) has been seen
        bool has_section = false;
    };

    // build_graph.cpp
    void read_front_matter();
    void add_heading(const syntax::Heading& heading);
    Member walk(syntax::ElementId root, std::optional<Member> parent = std::nullopt, syntax::RelationId via = 0);
    Member visit(syntax::ElementId id);
    void add_pcs(const syntax::Pcs& pcs, std::optional<std::size_t> described_argument);
    std::size_t statement(const std::string& title);
    std::size_t argument(const std::string& title);
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

    const syntax::SyntaxTree& tree_;
    ArgumentMap& map_;
    std::vector<Diagnostic>& diagnostics_;

    // Deques: an Entry is large, and growing a vector would move every one of them.
    std::deque<Entry> statements_;
    std::deque<Entry> arguments_;
    std::unordered_map<std::string, std::size_t> statement_index_;
    std::unordered_map<std::string, std::size_t> argument_index_;
    std::vector<Member> creation_order_;
    std::set<std::string> known_tags_;
    std::vector<PendingRelation> relations_;
    std::set<std::tuple<Member, Member, EdgeKind>> relation_keys_;
    std::vector<std::string> section_stack_;  // ids of the open sections, outermost first
    std::string current_section_;
    std::optional<std::size_t> last_inference_;  // argument of the last inference line seen
    int untitled_ = 0;
    bool strict_ = false;
    bool remove_tags_from_text_ = false;  // front matter model.removeTagsFromText
};

}  // namespace warrant::model
