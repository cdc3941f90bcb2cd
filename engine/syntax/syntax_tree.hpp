// The Argdown syntax tree: what was written, where, and nothing resolved.
//
// Statements and arguments as they occur ("elements"), relation trees, premise-conclusion
// structures and headings, in document order, each with its location. Titles are as written
// (an untitled statement has an empty title: numbering is the model builder's job), metadata
// is raw YAML. Comments are dropped, bold and italic markers stripped, links reduced to their
// text.
//
// The tree is flat: elements, relations and inferences live in containers and refer to each other
// by index, so that neither building nor destroying a 10^5-deep relation tree recurses.
#pragma once

#include "syntax/token.hpp"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace warrant::syntax {

struct Location {
    int line = 0;
    int column = 0;
    int end_line = 0;
    int end_column = 0;
};

using ElementId = std::uint32_t;
using RelationId = std::uint32_t;

enum class ElementKind : std::uint8_t { Statement, Argument };
enum class TitleForm : std::uint8_t {
    Untitled,    // plain text: a statement Argdown numbers "Untitled N"
    Reference,   // [Title] or <Title>, maybe followed by tags
    Definition,  // [Title]: text or <Title>: text
};

// Where in a text something was written, as byte offsets [begin, end) into that text.
struct TextRange {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

struct Mention {
    ElementKind kind = ElementKind::Statement;  // @[Title] or @<Title>
    std::string title;
};

// One occurrence of a statement or an argument: a paragraph, a relation's target, a list item
// or a member of a premise-conclusion structure.
// What an element carries besides its title and text. Most elements carry none of it, so it
// lives outside the Element: a tree of 200k elements, alive while the graph is built, is
// 20 MB smaller.
struct ElementMarkup {
    std::vector<std::string> tags;      // in order, without '#' and parentheses
    std::vector<TextRange> tag_ranges;  // where each tag sits in the element's text
    std::vector<Mention> mentions;
    std::string metadata;               // raw YAML of a trailing {...}, braces included, or ""
    Location metadata_span;

    bool empty() const { return tags.empty() && mentions.empty() && metadata.empty(); }
};

struct Element {
    ElementKind kind = ElementKind::Statement;
    TitleForm form = TitleForm::Untitled;
    std::string title;
    std::string text;                   // markup stripped; tags and mentions kept as written
    Location span;
    std::vector<RelationId> relations;  // child relation lines, in order

    // Tags, mentions and metadata (all empty for most elements).
    const ElementMarkup& markup() const { return markup_ ? *markup_ : kNoMarkup; }
    void set_markup(ElementMarkup markup) {
        markup_ = markup.empty() ? nullptr : std::make_unique<ElementMarkup>(std::move(markup));
    }

private:
    static inline const ElementMarkup kNoMarkup{};
    std::unique_ptr<ElementMarkup> markup_;
};

struct Relation {
    RelationSymbol symbol = RelationSymbol::OutgoingSupport;
    int indentation = 0;  // columns of whitespace before the symbol
    Location span;        // the symbol
    ElementId target = 0; // the element on the relation line
};

// The line between premises and a conclusion: "--", "-- rule, rule {meta} --" or "-----".
struct Inference {
    std::vector<std::string> rules;
    std::string metadata;
    Location span;
    Location metadata_span;
    std::vector<RelationId> relations;  // "<_" lines below it: undercuts of this step
};

struct PcsMember {
    int number = 0;          // as written in "(n)"
    ElementId statement = 0;
    int inference = -1;      // index into Pcs::inferences of the line right above, or -1
};

struct Pcs {
    std::vector<PcsMember> members;
    std::vector<Inference> inferences;
    Location span;
};

struct Heading {
    int level = 1;
    std::string text;
    std::vector<std::string> tags;
    std::vector<TextRange> tag_ranges;
    std::string metadata;
    Location span;
    Location metadata_span;
};

enum class BlockKind : std::uint8_t { Heading, Element, Pcs, List };

// One paragraph of the document. `index` points into the vector of its kind; a List's
// index points into SyntaxTree::lists.
struct Block {
    BlockKind kind = BlockKind::Element;
    std::uint32_t index = 0;
};

struct SyntaxTree {
    std::string front_matter;  // raw YAML between the === lines, or ""
    Location front_matter_span;
    std::vector<Block> blocks;  // document order
    std::vector<Heading> headings;
    std::deque<Element> elements;  // a deque: growing it never moves the elements
    std::vector<Relation> relations;
    std::vector<Pcs> pcs;
    std::vector<std::vector<ElementId>> lists;  // items of each list, in order
};

}  // namespace warrant::syntax
