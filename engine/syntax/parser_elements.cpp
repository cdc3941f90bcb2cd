// The Argdown parser: statements, arguments, their text, relation trees and
// premise-conclusion structures.
#include "syntax/escaped_space.hpp"
#include "syntax/parser_state.hpp"
#include "syntax/shortcodes.hpp"

#include <algorithm>
#include <charconv>
#include <limits>

namespace warrant::syntax {

namespace {

// The number of a premise-conclusion line, "(12)": only a label, so a number too large for an
// int (a fuzzer's "(99999999999)") is clamped instead of throwing.
int statement_number(std::string_view digits) {
    int value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error == std::errc::result_out_of_range) return std::numeric_limits<int>::max();
    return error == std::errc() ? value : 0;
}

}  // namespace

namespace {

bool ends_with_blank(std::string_view text) { return !text.empty() && (text.back() == ' ' || text.back() == '\t'); }

// "#tag " -> "tag", "#(tag text)" -> "tag text".
std::string tag_name(std::string_view image) {
    while (ends_with_blank(image)) image.remove_suffix(1);
    image.remove_prefix(1);
    if (image.size() >= 2 && image.front() == '(' && image.back() == ')') image = image.substr(1, image.size() - 2);
    return std::string(image);
}

// "[Title]" / "[Title]:" / "@[Title] " -> "Title".
std::string title_of(std::string_view image) {
    while (ends_with_blank(image)) image.remove_suffix(1);
    if (!image.empty() && image.front() == '@') image.remove_prefix(1);
    if (!image.empty() && image.back() == ':') image.remove_suffix(1);
    return std::string(image.substr(1, image.size() - 2));
}

bool is_range_end_for(TokenType end, TokenType start) {
    return (end == TokenType::BoldEnd && start == TokenType::BoldStart) ||
           (end == TokenType::ItalicEnd && start == TokenType::ItalicStart);
}

}  // namespace

// The text a Freestyle, UnusedControlChar, EscapedChar or SpecialChar token stands for.
void Parser::append_text(const Token& token, std::string& text) const {
    std::string_view shown = image(token);
    if (token.type == TokenType::EscapedChar) {
        text.append(shown.substr(1));
    } else if (token.type == TokenType::SpecialChar) {
        std::string_view code = shown;
        while (ends_with_blank(code)) code.remove_suffix(1);
        if (const std::optional<std::string_view> character = resolve_shortcode(code, shortcodes_)) {
            text.append(*character);
            if (shown.back() == ' ') text += ' ';  // the reference keeps a space after a code, not a tab
        } else {
            text.append(shown);
        }
    } else {
        text.append(shown);
    }
}

bool Parser::parse_content(std::string& text, std::vector<std::string>& tags, std::vector<TextRange>& tag_ranges,
                           std::vector<Mention>& mentions) {
    std::vector<const Token*> open_ranges;
    bool any = false;
    for (;;) {
        const Token& token = peek();
        std::string_view shown = image(token);
        if (token.type == TokenType::BoldEnd || token.type == TokenType::ItalicEnd) {
            if (open_ranges.empty() || !is_range_end_for(token.type, open_ranges.back()->type)) break;
        } else if (!starts_content(token.type)) {
            break;
        }
        if (token.newline_before && !text.empty() && !ends_with_blank(text)) text += ' ';
        switch (token.type) {
            case TokenType::EscapedChar:
                // An escaped space is content: the model builder must not collapse or trim it.
                if (shown.size() > 1 && shown[1] == ' ') {
                    text += kEscapedSpace;
                    shown.remove_prefix(1);
                }
                text.append(shown.substr(1));
                break;
            case TokenType::SpecialChar: append_text(token, text); break;
            case TokenType::Link: {
                std::size_t close = shown.find("](");
                text.append(shown.substr(1, close - 1));
                if (shown.back() == ' ') text += ' ';
                break;
            }
            case TokenType::Tag:
                tags.push_back(tag_name(shown));
                tag_ranges.push_back({static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(text.size() + shown.size())});
                text.append(shown);
                break;
            case TokenType::StatementMention:
            case TokenType::ArgumentMention:
                mentions.push_back({token.type == TokenType::StatementMention ? ElementKind::Statement : ElementKind::Argument,
                                    title_of(shown)});
                text.append(shown);
                break;
            case TokenType::BoldStart:
            case TokenType::ItalicStart: open_ranges.push_back(&token); break;
            case TokenType::BoldEnd:
            case TokenType::ItalicEnd:
                open_ranges.pop_back();
                if (shown.back() == ' ') text += ' ';
                break;
            default: text.append(shown); break;
        }
        take();
        any = true;
    }
    if (!open_ranges.empty()) {
        const bool bold = open_ranges.back()->type == TokenType::BoldStart;
        // Reported where the range fails to close, as Argdown does: that is where the text stops
        // being readable (the opening marker may be lines above).
        int line = 0, column = 0;
        lines_.find(open_ranges.back()->begin, line, column);
        fail("E015", std::string(bold ? "bold" : "italic") + " text opened at " + std::to_string(line) + ":" +
                         std::to_string(column) + " is not closed before " + describe(peek()),
             peek());
        return false;
    }
    return any;
}

void Parser::parse_metadata(std::string& metadata, Location& span) {
    const Token& token = take();
    metadata.assign(image(token));
    if (metadata.back() != '}') metadata += '}';  // never closed on its line (the lexer's E022)
    span = location(token.begin, token.end);
}

std::optional<ElementId> Parser::parse_element_head(Allowed allowed) {
    const Token& first = peek();
    const bool argument = starts_argument(first.type);
    if (!argument && !starts_statement(first.type)) {
        fail("E014", "expected a statement or an argument, found " + describe(first), first);
        return std::nullopt;
    }
    if (argument && allowed == Allowed::Statement) {
        fail("E013", "an argument (" + std::string(image(first)) + ") cannot stand here: only a statement can", first);
        return std::nullopt;
    }
    if (!argument && allowed == Allowed::Argument) {
        fail("E013", "a statement cannot stand here: only an argument (<Title>) can be undercut from here", first);
        return std::nullopt;
    }
    Element element;
    ElementMarkup markup;
    element.kind = argument ? ElementKind::Argument : ElementKind::Statement;
    if (first.type == TokenType::StatementDefinition || first.type == TokenType::ArgumentDefinition) {
        element.form = TitleForm::Definition;
        element.title = title_of(image(take()));
        if (!parse_content(element.text, markup.tags, markup.tag_ranges, markup.mentions)) {
            if (diagnostics_.empty() || diagnostics_.back().code != "E015")
                fail("E014", "expected text after the title " + std::string(image(first)), peek());
            return std::nullopt;
        }
    } else if (first.type == TokenType::StatementReference || first.type == TokenType::ArgumentReference) {
        element.form = TitleForm::Reference;
        element.title = title_of(image(take()));
        // Argdown keeps a reference's tags in its text, as it does everywhere else.
        while (at(TokenType::Tag)) {
            std::string_view shown = image(take());
            markup.tags.push_back(tag_name(shown));
            const auto begin = static_cast<std::uint32_t>(element.text.size());
            element.text.append(shown);
            markup.tag_ranges.push_back({begin, static_cast<std::uint32_t>(element.text.size())});
        }
        if (starts_content(peek().type) && !peek().newline_before) {
            // "[C] text": a title with text but no colon. Read it as the definition the writer
            // meant, so that nothing below or after it is lost, and say how to write it.
            report_missing_colon(first);
            element.form = TitleForm::Definition;
            if (!element.text.empty() && !ends_with_blank(element.text)) element.text += ' ';
            if (!parse_content(element.text, markup.tags, markup.tag_ranges, markup.mentions)) return std::nullopt;
        }
    } else {
        if (first.type == TokenType::UnusedControlChar) report_unclosed_title(first);
        if (!parse_content(element.text, markup.tags, markup.tag_ranges, markup.mentions)) return std::nullopt;
    }
    report_unclosed_quote(first.begin, last_end());
    if (at(TokenType::Data)) parse_metadata(markup.metadata, markup.metadata_span);
    element.set_markup(std::move(markup));
    element.span = location(first.begin, last_end());
    ElementId id = static_cast<ElementId>(tree_.elements.size());
    tree_.elements.push_back(std::move(element));
    return id;
}

std::optional<ElementId> Parser::parse_element_tree(Allowed allowed) {
    std::optional<ElementId> root = parse_element_head(allowed);
    if (!root) return std::nullopt;
    if (at(TokenType::Indent)) {
        std::vector<RelationId> unused;
        if (!parse_relation_tree(root, unused, false)) return std::nullopt;
    }
    return root;
}

// "Indent relation+ Dedent" below `root`, where each relation's element may open a deeper
// tree. `root` is empty for an inference line, whose relations go to `root_relations`.
// A line that does not parse is reported and skipped; the lines below it are kept, with their
// own relations, as paragraphs of their own (orphans_): the tree around a mistake survives.
// With `root_lost`, the lines belong to no element (they follow a tree that could not take them)
// and may start without an Indent.
bool Parser::parse_relation_tree(std::optional<ElementId> root, std::vector<RelationId>& root_relations, bool undercuts_only,
                                 bool root_lost) {
    struct Parent {
        std::optional<ElementId> element;
        bool lost = false;  // the line above did not parse
    };
    std::vector<Parent> parents;
    const Token* indent = !root_lost || at(TokenType::Indent) ? &take() : nullptr;
    parents.push_back({root, root_lost});
    const auto lose_line = [&] {
        skip_rest_of_line();
        if (at(TokenType::Indent)) {
            indent = &take();
            parents.push_back({std::nullopt, true});
        }
    };
    while (!parents.empty()) {
        if (at(TokenType::Dedent)) {
            take();
            parents.pop_back();
            continue;
        }
        if (at(TokenType::Eof) || at(TokenType::Emptyline)) break;  // after a lost line only
        if (!at(TokenType::Relation)) {
            const Token& where = indent != nullptr ? *indent : peek();
            if (!report_bullet_for_relation(peek()))
                fail("E010", "expected a relation (+, -, <+, <-, +>, ->, ><, _>, <_) but found " + describe(peek()), where);
            indent = nullptr;
            lose_line();
            continue;
        }
        indent = nullptr;
        const Token& symbol = take();
        if (undercuts_only && parents.size() == 1 && symbol.symbol != RelationSymbol::OutgoingUndercut) {
            fail("E013", "only undercuts (<_) can hang below an inference line", symbol);
            lose_line();
            continue;
        }
        Allowed allowed = symbol.symbol == RelationSymbol::Contradiction      ? Allowed::Statement
                          : symbol.symbol == RelationSymbol::IncomingUndercut ? Allowed::Argument
                                                                              : Allowed::Either;
        std::optional<ElementId> child = parse_element_head(allowed);
        if (!child) {
            lose_line();
            continue;
        }
        if (parents.back().lost) {
            orphans_.push_back(*child);
        } else {
            Relation relation;
            relation.symbol = symbol.symbol;
            std::string_view written = image(symbol);
            relation.indentation = static_cast<int>(written.find_first_not_of(" \t"));
            relation.span = location(symbol.begin + relation.indentation, symbol.end);
            relation.target = *child;
            RelationId id = static_cast<RelationId>(tree_.relations.size());
            tree_.relations.push_back(relation);
            if (parents.back().element) tree_.elements[*parents.back().element].relations.push_back(id);
            else root_relations.push_back(id);
        }
        if (!at(TokenType::Indent) && !at(TokenType::Dedent) && !at(TokenType::Relation) && !at(TokenType::Eof) &&
            !at(TokenType::Emptyline)) {
            // Stray text after a good element: only the text is lost; the lines below still hang here.
            if (!report_bullet_for_relation(peek()))
                fail("E010", "unexpected " + describe(peek()) + " after the element on this line", peek());
            skip_rest_of_line();
        }
        if (at(TokenType::Indent)) {
            indent = &take();
            parents.push_back({child});
        }
    }
    // Dedents a lost line left open are the paragraph's end: the document loop goes on from here.
    return true;
}

bool Parser::parse_inference(Pcs& pcs) {
    const Token& start = take();
    Inference inference;
    std::string rule;
    bool rule_open = false;
    bool first_rule_token = true;
    while (at(TokenType::Freestyle) || at(TokenType::UnusedControlChar) || at(TokenType::ListDelimiter) ||
           at(TokenType::SpecialChar) || at(TokenType::EscapedChar)) {
        // Argdown's rules may start on the line after "--" but stay on one line: text on a further
        // line is where it expected the closing "--" ("---" starts an inference whose rule is "-").
        if (!first_rule_token && peek().newline_before) {
            fail("E017", "inference line is not closed: expected '--' before " + describe(peek()) + " on the next line", peek());
            return false;
        }
        first_rule_token = false;
        const Token& token = take();
        if (token.type == TokenType::ListDelimiter) {
            if (!rule_open) {
                fail("E017", "empty inference rule before ','", token);
                return false;
            }
            inference.rules.push_back(std::move(rule));
            rule.clear();
            rule_open = false;
            continue;
        }
        append_text(token, rule);
        rule_open = true;
    }
    if (rule_open) inference.rules.push_back(std::move(rule));
    for (std::string& text : inference.rules) {
        std::size_t first = text.find_first_not_of(" \t");
        std::size_t last = text.find_last_not_of(" \t");
        text = first == std::string::npos ? "" : text.substr(first, last - first + 1);
    }
    if (at(TokenType::Data)) parse_metadata(inference.metadata, inference.metadata_span);
    if (!at(TokenType::InferenceEnd)) {
        fail("E017", "inference line is not closed: expected '--' but found " + describe(peek()), peek());
        return false;
    }
    take();
    inference.span = location(start.begin, last_end());
    if (at(TokenType::Indent) && !parse_relation_tree(std::nullopt, inference.relations, true)) return false;
    pcs.inferences.push_back(std::move(inference));
    return true;
}

bool Parser::parse_pcs() {
    Pcs pcs;
    const std::uint32_t begin = peek().begin;
    int pending_inference = -1;
    for (;;) {
        if (at(TokenType::StatementNumber)) {
            std::string_view number = image(take());
            number = number.substr(number.find('(') + 1);
            std::optional<ElementId> statement = parse_element_tree(Allowed::Statement);
            if (!statement) return false;
            pcs.members.push_back({statement_number(number.substr(0, number.size() - 1)), *statement, pending_inference});
            pending_inference = -1;
        } else if (at(TokenType::InferenceStart) && !pcs.members.empty() && pending_inference < 0) {
            if (!parse_inference(pcs)) return false;
            pending_inference = static_cast<int>(pcs.inferences.size()) - 1;
        } else {
            break;
        }
    }
    if (pcs.inferences.empty() || pcs.members.back().inference < 0) {
        fail("E016",
             pending_inference >= 0 ? "expected the conclusion after the inference line, found " + describe(peek())
                                    : "a premise-conclusion structure must end with an inference line (--) and its conclusion",
             peek());
        return false;
    }
    pcs.span = location(begin, last_end());
    tree_.blocks.push_back({BlockKind::Pcs, static_cast<std::uint32_t>(tree_.pcs.size())});
    tree_.pcs.push_back(std::move(pcs));
    return true;
}

}  // namespace warrant::syntax
