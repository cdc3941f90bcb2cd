// Names of token types and relation symbols, for diagnostics and tests.
#include "syntax/token.hpp"
#include "diagnostics/name_table.hpp"

namespace warrant::syntax {

constexpr names::NameTable<TokenType, 30> kTokenTypeNames{{
    {TokenType::FrontMatter, "front matter"},
    {TokenType::Data, "metadata"},
    {TokenType::EscapedChar, "escaped character"},
    {TokenType::Emptyline, "empty line"},
    {TokenType::Indent, "indent"},
    {TokenType::Dedent, "dedent"},
    {TokenType::InferenceStart, "inference start"},
    {TokenType::InferenceEnd, "inference end"},
    {TokenType::ListDelimiter, "','"},
    {TokenType::Relation, "relation"},
    {TokenType::HeadingStart, "heading"},
    {TokenType::StatementNumber, "statement number"},
    {TokenType::OrderedListItem, "ordered list item"},
    {TokenType::UnorderedListItem, "list item"},
    {TokenType::BoldStart, "bold start"},
    {TokenType::BoldEnd, "bold end"},
    {TokenType::ItalicStart, "italic start"},
    {TokenType::ItalicEnd, "italic end"},
    {TokenType::Link, "link"},
    {TokenType::Tag, "tag"},
    {TokenType::StatementDefinition, "statement definition"},
    {TokenType::StatementReference, "statement reference"},
    {TokenType::StatementMention, "statement mention"},
    {TokenType::ArgumentDefinition, "argument definition"},
    {TokenType::ArgumentReference, "argument reference"},
    {TokenType::ArgumentMention, "argument mention"},
    {TokenType::SpecialChar, "shortcode"},
    {TokenType::Freestyle, "text"},
    {TokenType::UnusedControlChar, "text"},
    {TokenType::Eof, "end of input"},
}};

std::string_view to_string(TokenType type) { return names::name_of(kTokenTypeNames, type); }

constexpr names::NameTable<RelationSymbol, 7> kRelationSymbolNames{{
    {RelationSymbol::OutgoingSupport, "<+"},
    {RelationSymbol::OutgoingAttack, "<-"},
    {RelationSymbol::IncomingSupport, "+>"},
    {RelationSymbol::IncomingAttack, "->"},
    {RelationSymbol::Contradiction, "><"},
    {RelationSymbol::IncomingUndercut, "_>"},
    {RelationSymbol::OutgoingUndercut, "<_"},
}};

std::string_view to_string(RelationSymbol symbol) { return names::name_of(kRelationSymbolNames, symbol); }

}  // namespace warrant::syntax
