// The tokens of Argdown, as the lexer hands them to the parser.
//
// A token is a byte range of the input plus its type. Newlines, spaces and comments are not
// tokens: they only show in `newline_before` (text continues on a new line) and in the
// positions of the tokens around them. Indent and Dedent tokens are synthesised from the
// indentation of relation and list lines, as Argdown's own lexer does.
#pragma once

#include <cstdint>
#include <string_view>

namespace warrant::syntax {

enum class TokenType : std::uint8_t {
    FrontMatter,          // === yaml ===
    Data,                 // {yaml}
    EscapedChar,          // \x
    Emptyline,            // paragraph separator
    Indent,
    Dedent,
    InferenceStart,       // -- at the start of a line
    InferenceEnd,         // -- closing the inference line
    ListDelimiter,        // , between inference rules
    Relation,             // + - <+ <- +> -> >< _> <_ (see RelationSymbol)
    HeadingStart,         // "## "
    StatementNumber,      // (1)
    OrderedListItem,      // "  1."
    UnorderedListItem,    // "  *"
    BoldStart,
    BoldEnd,
    ItalicStart,
    ItalicEnd,
    Link,                 // [text](url)
    Tag,                  // #tag or #(tag text)
    StatementDefinition,  // [Title]:
    StatementReference,   // [Title]
    StatementMention,     // @[Title]
    ArgumentDefinition,   // <Title>:
    ArgumentReference,    // <Title>
    ArgumentMention,      // @<Title>
    SpecialChar,          // a shortcode such as .~. or :happy:
    Freestyle,            // text free of Argdown syntax
    UnusedControlChar,    // a syntax character that is plain text here
    Eof,
};

// Direction and meaning of a relation line, named from the parent line's point of view.
enum class RelationSymbol : std::uint8_t {
    OutgoingSupport,   // + or <+ : the child supports the parent
    OutgoingAttack,    // - or <- : the child attacks the parent
    IncomingSupport,   // +>      : the parent supports the child
    IncomingAttack,    // ->      : the parent attacks the child
    Contradiction,     // ><      : parent and child contradict each other
    IncomingUndercut,  // _>      : the parent undercuts the child argument
    OutgoingUndercut,  // <_ or _ : the child undercuts the parent (or the inference above)
};

std::string_view to_string(TokenType type);
std::string_view to_string(RelationSymbol symbol);

struct Token {
    std::uint32_t begin = 0;  // byte offsets into the input, [begin, end)
    std::uint32_t end = 0;
    TokenType type = TokenType::Eof;
    RelationSymbol symbol = RelationSymbol::OutgoingSupport;  // Relation tokens only
    bool newline_before = false;  // a line break separates it from the previous token
};

}  // namespace warrant::syntax
