// The Argdown lexer: a small hand-written scanner with Argdown 1.7's token rules.
//
// Argdown's tokens depend on context (a `+` is a relation only at the start of a line, `**`
// ends bold only when bold is open, `--` starts an inference line only after a newline), so
// the lexer keeps the little state its reference does: the last token, whether a newline or
// skipped whitespace came since, the indentation stack and the open bold/italic ranges.
// All state lives in explicit vectors: no input can make it recurse.
#pragma once

#include "syntax/token.hpp"
#include "syntax/token_stream.hpp"
#include "warrant/diagnostic.hpp"
#include "warrant/line_index.hpp"
#include "warrant/parse_limits.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::syntax {

// Offsets to lines and columns: the one index every stage uses.
using warrant::LineIndex;

struct Lexer {
    Lexer(std::string_view text, const std::string& file_name, const ParseLimits& limits,
          const LineIndex& lines, std::vector<Diagnostic>& diagnostics);

    // Recovery only (parse() asks for it when a line that mixes tabs and spaces broke the tree):
    // indentation is measured in the columns an editor shows, a tab up to the next multiple of
    // kTabStop, instead of a tab as one character.
    static constexpr std::size_t kTabStop = 4;
    void read_tabs_as_editor_columns() { tabs_as_columns_ = true; }

    // Scans the whole input. The last token is always Eof.
    std::vector<Token> tokenize();
    // The same, handing the tokens to `stream` in chunks as it goes (see token_stream.hpp), then
    // closing it.
    void tokenize_into(TokenStream& stream);

private:
    enum class Mode { Default, Inference };
    enum class Range : std::uint8_t { AsteriskBold, UnderscoreBold, AsteriskItalic, UnderscoreItalic };

    void scan(TokenStream* stream);
    void hand_over(TokenStream& stream);
    bool read_default_token();
    bool read_inference_token();
    bool read_text_run();
    void push(TokenType type, std::size_t begin, std::size_t end);
    void skip(std::size_t end);          // spaces and comments: not tokens, but they separate
    // A rule that matched: the token from pos_ to `end` is read (or, for skip_read, passed
    // over). Both return true, "this rule took the input", for read_default_token's chain.
    bool read_token(TokenType type, std::size_t end) {
        push(type, pos_, end);
        return true;
    }
    bool skip_read(std::size_t end) {
        skip(end);
        return true;
    }
    bool skip_newline();                 // a single line break (not an empty line)

    bool at_line_start() const;          // first token, after an empty line or after a newline
    bool after_newline() const;
    void indent_to(std::size_t width, std::size_t at);
    void dedent_all(std::size_t at);

    std::size_t match_comment(std::size_t at) const;
    std::size_t match_escape(std::size_t at) const;
    std::size_t match_front_matter(std::size_t at) const;
    std::size_t match_include(std::size_t at) const;
    std::size_t match_data(std::size_t at);
    std::size_t data_on_this_line(std::size_t at, std::size_t end);
    // The width of the indentation [begin, end), reporting a mix of tabs and spaces (W022).
    std::size_t indentation_width(std::size_t begin, std::size_t end);
    bool looks_like_element_line(std::size_t at) const;
    std::size_t match_emptyline(std::size_t at) const;
    bool match_relation(std::size_t at);
    bool match_list_item(std::size_t at);
    std::size_t match_heading(std::size_t at) const;
    std::size_t match_statement_number(std::size_t at) const;
    bool match_range(std::size_t at);
    std::size_t match_link(std::size_t at) const;
    std::size_t match_tag(std::size_t at) const;
    std::size_t match_bracketed(std::size_t at, char open, char close, bool definition) const;
    std::size_t match_freestyle(std::size_t at) const;

    // Remembers where the next occurrence of something was found, so that repeated forward
    // searches (one per '[' or '<' on a long line) stay linear in the input.
    struct ScanCache {
        std::size_t from = 0;
        std::size_t found = 0;
        bool valid = false;
    };
    using Matcher = bool (*)(std::string_view text, std::size_t at);
    std::size_t find_cached(ScanCache& cache, std::size_t from, Matcher matcher) const;

    void error(std::string code, std::string message, std::size_t at);

    std::string_view text_;
    const std::string& file_;
    const ParseLimits& limits_;
    const LineIndex& lines_;
    std::vector<Diagnostic>& diagnostics_;

    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
    Mode mode_ = Mode::Default;
    std::vector<std::size_t> indent_stack_{0};
    std::vector<Range> ranges_;
    std::size_t last_newline_end_ = 0;   // end of the last line break that was not an Emptyline
    bool newline_seen_ = false;          // a line break since the last token
    bool skipped_since_token_ = false;   // spaces or a comment since the last token
    bool depth_reported_ = false;
    char indent_char_ = 0;  // ' ' or '\t': how the first indented line was indented (W022)
    bool tabs_as_columns_ = false;
    // match_data() cache: Data's pattern scans ahead; remember the scan so that hostile input
    // full of '{' stays linear.
    std::size_t data_scan_from_ = 0;
    std::size_t data_blocked_at_ = 0;
    std::size_t data_last_close_ = 0;
    bool data_cache_valid_ = false;
    mutable ScanCache line_break_cache_, bracket_close_cache_, angle_close_cache_, paren_close_cache_,
        bracket_colon_cache_, angle_colon_cache_;
};

}  // namespace warrant::syntax
