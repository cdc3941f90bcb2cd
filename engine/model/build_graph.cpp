// Syntax tree -> ArgumentMap, resolved as Argdown 1.7 does: one equivalence class per
// statement title, "Untitled N" numbered in document order, premise-conclusion structures
// attached to the argument described right above them, sections numbered s1, s2, ...
#include "model/build_graph.hpp"

#include "model/graph_builder.hpp"
#include "model/reused_titles.hpp"
#include "model/metadata.hpp"
#include "model/metadata_keys.hpp"
#include "syntax/escaped_space.hpp"

#include <algorithm>
#include <string_view>

namespace warrant::model {
namespace {

bool is_layout(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Texts are compared and stored with their whitespace collapsed: line breaks inside a
// statement are layout, not content.
std::string collapse_whitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        // Copy each word in one append: per-character appends were a tenth of building the graph.
        while (at < text.size() && is_layout(text[at])) ++at;
        const std::size_t word = at;
        while (at < text.size() && !is_layout(text[at])) ++at;
        if (word == at) break;
        if (!out.empty()) out += ' ';
        out.append(text, word, at - word);
    }
    return out;
}

// What collapse_whitespace() would return unchanged: single spaces between words only.
bool is_collapsed(std::string_view text) {
    if (!text.empty() && (text.front() == ' ' || text.back() == ' ')) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (static_cast<unsigned char>(c) > ' ') continue;  // the common case first: one compare a byte
        if (c == '\t' || c == '\n' || c == '\r' || (c == ' ' && text[i + 1] == ' ')) return false;
    }
    return true;
}

std::string without_ranges(std::string_view text, const std::vector<syntax::TextRange>& ranges) {
    std::string out;
    std::size_t from = 0;
    for (const syntax::TextRange& range : ranges) {
        out.append(text.substr(from, range.begin - from));
        from = range.end;
    }
    out.append(text.substr(from));
    return out;
}

// Argdown reads "{" followed by a line break as the start of block-style YAML: the braces
// only delimit it.
std::string_view yaml_body(std::string_view metadata) {
    std::size_t first = metadata.find_first_not_of(" \t", 1);
    if (metadata.size() >= 2 && metadata.front() == '{' && first != std::string_view::npos &&
        (metadata[first] == '\n' || metadata[first] == '\r'))
        return metadata.substr(first, metadata.size() - first - 1);
    return metadata;
}

}  // namespace

void build_graph(const syntax::SyntaxTree& tree, ArgumentMap& map, std::vector<Diagnostic>& diagnostics) {
    GraphBuilder(tree, map, diagnostics).build();
}

void build_graph(syntax::SyntaxTree&& tree, ArgumentMap& map, std::vector<Diagnostic>& diagnostics) {
    GraphBuilder(tree, map, diagnostics, &tree).build();
}

SourceSpan GraphBuilder::span(const syntax::Location& location) const {
    return SourceSpan{map_.file, location.line, location.column, location.end_line, location.end_column};
}

void GraphBuilder::build() {
    // Every statement and argument comes from an element or a premise-conclusion structure, so
    // this bounds the vertex count: reserving it keeps the vertex vector (~400 bytes a vertex)
    // from reallocating, which would hold the old and the new copy at once.
    map_.reserve(tree_.elements.size() + tree_.pcs.size());
    const auto& vertices = map_.graph.m_vertices;
    vertex_pages_.start(vertices.data(), vertices.capacity() * sizeof(vertices[0]));
    entry_of_vertex_.reserve(vertices.capacity());
    // At most one relation per relation line; reserving the duplicate check up front saves
    // rehashing a table of hundreds of thousands of keys several times over.
    relation_keys_.reserve(tree_.relations.size());
    relations_.reserve(tree_.relations.size());
    read_front_matter();
    std::optional<EntryIndex> previous_argument;  // the argument the previous paragraph described
    for (const syntax::Block& block : tree_.blocks) {
        std::optional<EntryIndex> described;
        switch (block.kind) {
            case syntax::BlockKind::Heading: add_heading(tree_.headings[block.index]); break;
            case syntax::BlockKind::Element: {
                Member member = walk(block.index);
                if (member.type == Member::Type::Argument) described = member.index;
                break;
            }
            case syntax::BlockKind::Pcs: add_pcs(tree_.pcs[block.index], previous_argument); break;
            case syntax::BlockKind::List:
                for (syntax::ElementId item : tree_.lists[block.index]) walk(item);
                break;
        }
        previous_argument = described;
    }
    // In the order of Argdown's ModelPlugin, ExplodeArgumentsPlugin and RegroupPlugin.
    if (transform_argument_relations_) lift_argument_relations();
    if (strict_) apply_strict_mode();
    apply_declared_kinds();
    remove_redundant_argument_attacks();
    if (explode_arguments_) explode_arguments();
    apply_regroup();
    // Neither the tree nor the duplicate check is needed to make the edges: free them first.
    relation_keys_ = {};
    if (releasable_) *releasable_ = syntax::SyntaxTree{};
    emit_graph();
}

void GraphBuilder::read_front_matter() {
    if (tree_.front_matter.empty()) return;
    add_metadata(tree_.front_matter, tree_.front_matter_span, map_.front_matter);
    const auto setting = [&](const char* key) {
        auto found = map_.front_matter.find(key);
        return found == map_.front_matter.end() ? std::string() : found->second;
    };
    // YAML's spellings of true and false (js-yaml reads these, and nothing else, as booleans).
    const auto is_true = [](const std::string& v) { return v == "true" || v == "True" || v == "TRUE"; };
    const auto is_false = [](const std::string& v) { return v == "false" || v == "False" || v == "FALSE"; };
    strict_ = setting("model.mode") == "strict";
    remove_tags_from_text_ = is_true(setting("model.removeTagsFromText"));
    transform_argument_relations_ = !is_false(setting("model.transformArgumentRelations"));
    explode_arguments_ = is_true(setting("model.explodeArguments"));
}

// Argdown reads a step's `uses` from its inference line, else from its conclusion's own
// metadata: `(3) Socrates is mortal. {uses: [1, 2]}`. Kept here, as the statement's metadata
// merges into its equivalence class; invalid YAML was reported when the statement was visited.
void GraphBuilder::keep_conclusion_uses(EntryIndex argument, std::size_t position, syntax::ElementId statement) {
    const std::string& yaml = tree_.elements[statement].markup().metadata;
    if (yaml.find("uses") == std::string::npos) return;
    std::map<std::string, std::string> data;
    std::string error;
    int error_line = 0;
    if (flatten_yaml(yaml_body(yaml), data, error, error_line)) conclusion_metadata_[{argument, position}] = std::move(data);
}

void GraphBuilder::add_metadata(const std::string& yaml, const syntax::Location& location,
                                std::map<std::string, std::string>& out) {
    std::string error;
    int error_line = 0;
    std::string_view body = yaml_body(yaml);
    std::string with_line_feeds;  // YAML knows "\n" and "\r\n" but not a lone "\r" (old Mac files)
    if (body.find('\r') != std::string_view::npos) {
        with_line_feeds.assign(body);
        for (std::size_t i = 0; i < with_line_feeds.size(); ++i)
            if (with_line_feeds[i] == '\r' && (i + 1 == with_line_feeds.size() || with_line_feeds[i + 1] != '\n'))
                with_line_feeds[i] = '\n';
        body = with_line_feeds;
    }
    if (flatten_yaml(body, out, error, error_line)) return;
    SourceSpan where = span(location);
    where.line += error_line;
    where.end_line = where.line;
    diagnostics_.push_back({Severity::Error, "E020", "invalid YAML metadata: " + error, where, {}});
}

void GraphBuilder::add_tag(const std::string& tag) {
    if (known_tags_.insert(tag).second) map_.tags.push_back(tag);
}

void GraphBuilder::add_heading(const syntax::Heading& heading) {
    Section section;
    section.id = "s" + std::to_string(map_.sections.size() + 1);
    section.level = heading.level;
    section.title = collapse_whitespace(remove_tags_from_text_ ? without_ranges(heading.text, heading.tag_ranges) : heading.text);
    section.span = span(heading.span);
    while (!section_stack_.empty()) {
        const Section& open = map_.sections[std::stoul(section_stack_.back().substr(1)) - 1];
        if (open.level < section.level) break;
        section_stack_.pop_back();
    }
    section.parent = section_stack_.empty() ? "" : section_stack_.back();
    section_stack_.push_back(section.id);
    current_section_ = section.id;
    for (const std::string& tag : heading.tags) add_tag(tag);
    map_.sections.push_back(std::move(section));
}

std::string GraphBuilder::next_untitled() { return "Untitled " + std::to_string(++untitled_); }

EntryIndex GraphBuilder::statement(const std::string& title) { return add_entry(statements_, NodeKind::Claim, title); }

EntryIndex GraphBuilder::argument(const std::string& title) { return add_entry(arguments_, NodeKind::Argument, title); }

// The entry titled `title`, made (with its vertex) on first sight.
EntryIndex GraphBuilder::add_entry(std::vector<Entry>& entries, NodeKind kind, const std::string& title) {
    const std::optional<Vertex> existing = kind == NodeKind::Argument ? map_.find_argument(title) : map_.find_statement(title);
    if (existing) return entry_of_vertex_[*existing];
    const Vertex vertex = map_.add_node(kind, title);
    vertex_pages_.reached((vertex + 1) * sizeof(map_.graph.m_vertices[0]));
    if (entry_of_vertex_.size() <= vertex) entry_of_vertex_.resize(vertex + 1);
    entry_of_vertex_[vertex] = static_cast<EntryIndex>(entries.size());
    entries.push_back({vertex});
    return entry_of_vertex_[vertex];
}

std::optional<EntryIndex> GraphBuilder::find_entry(bool statement, const std::string& title) const {
    const std::optional<Vertex> vertex = statement ? map_.find_statement(title) : map_.find_argument(title);
    if (!vertex) return std::nullopt;
    return entry_of_vertex_[*vertex];
}

// An element's text as a node keeps it: whitespace collapsed, tags removed if the front matter
// asks. Most texts are already in that form; a consumed tree then hands its string over
// instead of the graph holding a second copy.
std::string GraphBuilder::stored_text(syntax::ElementId id) {
    std::string text = collapsed_text(id);
    std::replace(text.begin(), text.end(), syntax::kEscapedSpace, ' ');
    return text;
}

std::string GraphBuilder::collapsed_text(syntax::ElementId id) {
    const syntax::Element& element = tree_.elements[id];
    if (remove_tags_from_text_) return collapse_whitespace(without_ranges(element.text, element.markup().tag_ranges));
    if (!is_collapsed(element.text)) return collapse_whitespace(element.text);
    if (releasable_) return std::move(releasable_->elements[id].text);  // each element is visited once
    return element.text;
}

// One occurrence joins its equivalence class or argument: text, tags, metadata, and the
// section and span of the first definition (of the first occurrence if none defines it).
Member GraphBuilder::visit(syntax::ElementId id) {
    const syntax::Element& element = tree_.elements[id];
    const std::string untitled = element.title.empty() ? next_untitled() : std::string();
    const std::string& title = element.title.empty() ? untitled : element.title;
    const bool is_statement = element.kind == syntax::ElementKind::Statement;
    Member member{is_statement ? Member::Type::Statement : Member::Type::Argument,
                  is_statement ? statement(title) : argument(title)};
    Entry& entry = is_statement ? statements_[member.index] : arguments_[member.index];
    Node& node = node_of(entry);
    std::string text = stored_text(id);
    if (!text.empty() && std::find(node.texts.begin(), node.texts.end(), text) == node.texts.end()) {
        if (node.texts.empty()) entry.text_line = element.span.line;
        else if (is_statement) note_reused_title(node, entry.text_line, text, element.span);
        node.texts.push_back(std::move(text));
    }
    for (const std::string& tag : element.markup().tags) {
        add_tag(tag);
        if (std::find(node.tags.begin(), node.tags.end(), tag) == node.tags.end()) node.tags.push_back(tag);
    }
    if (!element.markup().metadata.empty()) {
        add_metadata(element.markup().metadata, element.markup().metadata_span, node.metadata);
        const SourceSpan where = span(element.markup().metadata_span);
        report_mistyped_metadata_keys(element.markup().metadata, where, diagnostics_);
    }
    const bool defines = element.form != syntax::TitleForm::Reference;
    if (!entry.has_section || (defines && !entry.defined)) {
        node.section = current_section_;
        node.span = span(element.span);
        entry.has_section = true;
    }
    entry.defined = entry.defined || defines;
    return member;
}

// A second text for one title: a note unless it has the same words as one before (N207).
void GraphBuilder::note_reused_title(const Node& node, int first_line, const std::string& text, const syntax::Location& where) {
    for (const std::string& known : node.texts)
        if (same_words(known, text)) return;
    diagnostics_.push_back(reused_title_note(node.title, first_line, span(where),
                                             [&](const std::string& title) { return map_.find_statement(title).has_value(); }));
}

// Visits an element and the relation tree below it, depth first with an explicit stack.
// A relation is recorded when its line is left, as Argdown records it.
Member GraphBuilder::walk(syntax::ElementId root, std::optional<Member> parent, syntax::RelationId via) {
    struct Frame {
        syntax::ElementId element;
        Member member;
        std::size_t next_child;
        std::optional<Member> parent;
        syntax::RelationId via;
    };
    std::vector<Frame> stack{{root, visit(root), 0, parent, via}};
    const Member root_member = stack.front().member;
    while (!stack.empty()) {
        Frame& frame = stack.back();
        const std::vector<syntax::RelationId>& children = tree_.elements[frame.element].relations;
        if (frame.next_child < children.size()) {
            const syntax::RelationId relation = children[frame.next_child++];
            const Member here = frame.member;
            const syntax::ElementId target = tree_.relations[relation].target;
            stack.push_back({target, visit(target), 0, here, relation});
            continue;
        }
        if (frame.parent) add_relation(*frame.parent, frame.member, tree_.relations[frame.via]);
        stack.pop_back();
    }
    return root_member;
}

void GraphBuilder::add_pcs(const syntax::Pcs& pcs, std::optional<EntryIndex> described_argument) {
    const EntryIndex index = described_argument ? *described_argument : argument(next_untitled());
    if (!arguments_[index].has_section || !current_section_.empty()) node_of(arguments_[index]).section = current_section_;
    if (!arguments_[index].has_section) node_of(arguments_[index]).span = span(pcs.span);
    arguments_[index].has_section = true;
    std::vector<PcsMember> members;
    std::erase_if(conclusion_metadata_, [&](const auto& kept) { return kept.first.first == index; });
    for (const syntax::PcsMember& written : pcs.members) {
        PcsMember member;
        if (written.inference >= 0) {
            const syntax::Inference& inference = pcs.inferences[written.inference];
            const Member step{Member::Type::Inference, index, static_cast<std::int32_t>(members.size())};
            last_inference_ = step;
            // Kept on the conclusion it leads to: exports write it back, explodeArguments reads `uses`.
            if (!inference.metadata.empty())
                add_metadata(inference.metadata, inference.metadata_span, member.inference_metadata);
            for (syntax::RelationId relation : inference.relations) walk(tree_.relations[relation].target, step, relation);
            member.inference_rules = inference.rules;
            member.role = PcsMember::Role::IntermediaryConclusion;
            if (explode_arguments_) keep_conclusion_uses(index, members.size(), written.statement);
        }
        member.title = node_of(statements_[walk(written.statement).index]).title;
        members.push_back(std::move(member));
    }
    members.back().role = PcsMember::Role::MainConclusion;
    node_of(arguments_[index]).pcs = std::move(members);  // a later reconstruction replaces an earlier one
}

void GraphBuilder::emit_graph() {
    const auto vertex = [&](const Member& member) {
        return member.type == Member::Type::Statement ? statements_[member.index].vertex : arguments_[member.index].vertex;
    };
    for (const PendingRelation& relation : relations_)
        map_.add_edge(vertex(relation.from), vertex(relation.to),
                      Edge{relation.kind, span(relation.span), relation.to.type == Member::Type::Inference ? relation.to.step : -1});
    for (std::size_t i = 0; i < arguments_.size(); ++i) {
        const Vertex argument_vertex = arguments_[i].vertex;
        for (const PcsMember& member : map_.node(argument_vertex).pcs) {
            const Vertex statement_vertex = statements_[statement_entry(member.title)].vertex;
            const SourceSpan where = map_.node(argument_vertex).span;
            if (member.role == PcsMember::Role::Premise)
                map_.add_edge(statement_vertex, argument_vertex, Edge{EdgeKind::PremiseOf, where});
            else if (member.role == PcsMember::Role::MainConclusion)
                map_.add_edge(argument_vertex, statement_vertex, Edge{EdgeKind::ConclusionOf, where});
        }
    }
}

}  // namespace warrant::model
