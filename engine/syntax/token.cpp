// Names of token types and relation symbols, for diagnostics and tests.
#include "syntax/token.hpp"

namespace warrant::syntax {

std::string_view to_string(TokenType type) {
    switch (type) {
        case TokenType::FrontMatter: return "front matter";
        case TokenType::Data: return "metadata";
        case TokenType::EscapedChar: return "escaped character";
        case TokenType::Emptyline: return "empty line";
        case TokenType::Indent: return "indent";
        case TokenType::Dedent: return "dedent";
        case TokenType::InferenceStart: return "inference start";
        case TokenType::InferenceEnd: return "inference end";
        case TokenType::ListDelimiter: return "','";
        case TokenType::Relation: return "relation";
        case TokenType::HeadingStart: return "heading";
        case TokenType::StatementNumber: return "statement number";
        case TokenType::OrderedListItem: return "ordered list item";
        case TokenType::UnorderedListItem: return "list item";
        case TokenType::BoldStart: return "bold start";
        case TokenType::BoldEnd: return "bold end";
        case TokenType::ItalicStart: return "italic start";
        case TokenType::ItalicEnd: return "italic end";
        case TokenType::Link: return "link";
        case TokenType::Tag: return "tag";
        case TokenType::StatementDefinition: return "statement definition";
        case TokenType::StatementReference: return "statement reference";
        case TokenType::StatementMention: return "statement mention";
        case TokenType::ArgumentDefinition: return "argument definition";
        case TokenType::ArgumentReference: return "argument reference";
        case TokenType::ArgumentMention: return "argument mention";
        case TokenType::SpecialChar: return "shortcode";
        case TokenType::Freestyle: return "text";
        case TokenType::UnusedControlChar: return "text";
        case TokenType::Eof: return "end of input";
    }
    return "?";
}

std::string_view to_string(RelationSymbol symbol) {
    switch (symbol) {
        case RelationSymbol::OutgoingSupport: return "<+";
        case RelationSymbol::OutgoingAttack: return "<-";
        case RelationSymbol::IncomingSupport: return "+>";
        case RelationSymbol::IncomingAttack: return "->";
        case RelationSymbol::Contradiction: return "><";
        case RelationSymbol::IncomingUndercut: return "_>";
        case RelationSymbol::OutgoingUndercut: return "<_";
    }
    return "?";
}

}  // namespace warrant::syntax
