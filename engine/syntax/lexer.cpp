// The Argdown lexer. Token rules and their order follow Argdown 1.7's lexer: at each position
// the first rule that matches wins, and some rules only apply at the start of a line.
#include "syntax/lexer.hpp"

#include "syntax/characters.hpp"
#include "syntax/shortcodes.hpp"

#include <algorithm>
#include <utility>

namespace warrant::syntax {
using namespace chars;

Lexer::Lexer(std::string_view text, const std::string& file_name, const ParseLimits& limits,
             const LineIndex& lines, std::vector<Diagnostic>& diagnostics)
    : text_(text), file_(file_name), limits_(limits), lines_(lines), diagnostics_(diagnostics) {}

std::vector<Token> Lexer::tokenize() {
    scan(nullptr);
    return std::move(tokens_);
}

void Lexer::tokenize_into(TokenStream& stream) {
    scan(&stream);
    hand_over(stream);
    stream.put(std::move(tokens_));  // the rest, ending with Eof
    stream.close();
}

// Hands whole chunks to the stream while it holds more than one, keeping the tokens after them:
// the last token may still change (a relation's symbol, a trailing empty line dropped), and the
// rules look back at it.
void Lexer::hand_over(TokenStream& stream) {
    while (tokens_.size() > TokenStream::kChunk) {
        std::vector<Token> rest(tokens_.begin() + TokenStream::kChunk, tokens_.end());
        rest.reserve(TokenStream::kChunk + 16);
        tokens_.resize(TokenStream::kChunk);
        stream.put(std::exchange(tokens_, std::move(rest)));
    }
}

void Lexer::scan(TokenStream* stream) {
    // A UTF-8 byte order mark (editors on Windows write one) is not text: skip it rather than
    // let it become part of the first title. Offsets, and so columns, still count its bytes.
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
    while (pos_ < text_.size()) {
        bool progressed = mode_ == Mode::Default ? read_default_token() : read_inference_token();
        if (!progressed) push(TokenType::Freestyle, pos_, pos_ + 1);  // a lone backslash
        if (stream && tokens_.size() > TokenStream::kChunk) hand_over(*stream);
    }
    // A trailing empty line separates nothing.
    if (!tokens_.empty() && tokens_.back().type == TokenType::Emptyline) tokens_.pop_back();
    dedent_all(text_.size());
    push(TokenType::Eof, text_.size(), text_.size());
}

void Lexer::error(std::string code, std::string message, std::size_t at) {
    SourceSpan span{file_};
    lines_.find(static_cast<std::uint32_t>(at), span.line, span.column);
    span.end_line = span.line;
    span.end_column = span.column;
    diagnostics_.push_back({Severity::Error, std::move(code), std::move(message), std::move(span), {}});
}

void Lexer::push(TokenType type, std::size_t begin, std::size_t end) {
    Token token;
    token.type = type;
    token.begin = static_cast<std::uint32_t>(begin);
    token.end = static_cast<std::uint32_t>(end);
    token.newline_before = newline_seen_;
    tokens_.push_back(token);
    newline_seen_ = false;
    skipped_since_token_ = false;
    pos_ = end;
}

void Lexer::skip(std::size_t end) {
    pos_ = end;
    skipped_since_token_ = true;
}

bool Lexer::skip_newline() {
    if (!is_line_break(text_[pos_])) return false;
    pos_ += (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ? 2 : 1;
    newline_seen_ = true;
    return true;
}

bool Lexer::after_newline() const { return newline_seen_; }

bool Lexer::at_line_start() const {
    return tokens_.empty() || tokens_.back().type == TokenType::Emptyline || newline_seen_;
}

void Lexer::indent_to(std::size_t width, std::size_t at) {
    if (width > indent_stack_.back()) {
        if (indent_stack_.size() > static_cast<std::size_t>(limits_.max_depth)) {
            if (!depth_reported_)
                error("E012", "relation tree is nested deeper than " + std::to_string(limits_.max_depth) + " levels", at);
            depth_reported_ = true;
            return;
        }
        indent_stack_.push_back(width);
        Token token;
        token.type = TokenType::Indent;
        token.begin = token.end = static_cast<std::uint32_t>(at);
        tokens_.push_back(token);
        return;
    }
    while (indent_stack_.size() > 1 && width < indent_stack_.back()) {
        indent_stack_.pop_back();
        Token token;
        token.type = TokenType::Dedent;
        token.begin = token.end = static_cast<std::uint32_t>(at);
        tokens_.push_back(token);
    }
}

void Lexer::dedent_all(std::size_t at) {
    while (indent_stack_.size() > 1) {
        indent_stack_.pop_back();
        Token token;
        token.type = TokenType::Dedent;
        token.begin = token.end = static_cast<std::uint32_t>(at);
        tokens_.push_back(token);
    }
}

bool Lexer::read_default_token() {
    const char c = text_[pos_];
    if (std::size_t end = match_comment(pos_)) return skip_read(end);
    if (std::size_t end = match_include(pos_)) return skip_read(end);
    if (std::size_t end = match_front_matter(pos_)) return read_token(TokenType::FrontMatter, end);
    if (std::size_t end = data_on_this_line(pos_, match_data(pos_))) return read_token(TokenType::Data, end);
    if (std::size_t end = match_escape(pos_)) return read_token(TokenType::EscapedChar, end);
    if (is_line_break(c)) {
        if (std::size_t end = match_emptyline(pos_)) {
            dedent_all(pos_);
            return read_token(TokenType::Emptyline, end);
        }
        return skip_newline();
    }
    if ((tokens_.empty() || after_newline())) {
        std::size_t at = pos_;
        while (at < text_.size() && is_blank(text_[at])) ++at;
        if (text_.substr(at, 2) == "--") {
            dedent_all(pos_);
            push(TokenType::InferenceStart, pos_, at + 2);
            mode_ = Mode::Inference;
            return true;
        }
    }
    if (match_relation(pos_)) return true;
    if (std::size_t end = match_heading(pos_)) return read_token(TokenType::HeadingStart, end);
    if (std::size_t end = match_statement_number(pos_)) {
        dedent_all(pos_);
        return read_token(TokenType::StatementNumber, end);
    }
    if (match_list_item(pos_)) return true;
    if ((c == '*' || c == '_') && match_range(pos_)) return true;
    if (std::size_t end = match_special_char(text_, pos_)) return read_token(TokenType::SpecialChar, end);
    if (c == '[') {
        if (std::size_t end = match_link(pos_)) return read_token(TokenType::Link, end);
    }
    if (std::size_t end = match_tag(pos_)) return read_token(TokenType::Tag, end);
    if (c == '[') {
        if (std::size_t end = match_bracketed(pos_, '[', ']', true)) return read_token(TokenType::StatementDefinition, end);
        if (std::size_t end = match_bracketed(pos_, '[', ']', false)) return read_token(TokenType::StatementReference, end);
    }
    if (c == '@' && pos_ + 1 < text_.size() && (text_[pos_ + 1] == '[' || text_[pos_ + 1] == '<')) {
        const bool statement = text_[pos_ + 1] == '[';
        if (std::size_t end = match_bracketed(pos_ + 1, statement ? '[' : '<', statement ? ']' : '>', false)) {
            if (end < text_.size() && is_blank(text_[end])) ++end;
            return read_token(statement ? TokenType::StatementMention : TokenType::ArgumentMention, end);
        }
    }
    if (c == '<') {
        if (std::size_t end = match_bracketed(pos_, '<', '>', true)) return read_token(TokenType::ArgumentDefinition, end);
        if (std::size_t end = match_bracketed(pos_, '<', '>', false)) return read_token(TokenType::ArgumentReference, end);
    }
    return read_text_run();
}

bool Lexer::read_inference_token() {
    const char c = text_[pos_];
    if (skip_newline()) return true;
    if (std::size_t end = match_comment(pos_)) return skip_read(end);
    if (std::size_t end = match_escape(pos_)) return read_token(TokenType::EscapedChar, end);
    if (std::size_t end = match_special_char(text_, pos_)) return read_token(TokenType::SpecialChar, end);
    if (c == '-' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '-') {
        std::size_t end = pos_;
        while (end < text_.size() && text_[end] == '-') ++end;
        push(TokenType::InferenceEnd, pos_, end);
        mode_ = Mode::Default;
        return true;
    }
    if (std::size_t end = match_data(pos_)) return read_token(TokenType::Data, end);
    if (c == ',') return read_token(TokenType::ListDelimiter, pos_ + 1);
    return read_text_run();
}

// "\\x" and the spaces after it (not a backslash before a line break).
std::size_t Lexer::match_escape(std::size_t at) const {
    if (text_[at] != '\\' || at + 1 >= text_.size() || is_line_break(text_[at + 1])) return 0;
    char32_t cp = 0;
    std::size_t end = at + 1 + std::max<std::size_t>(1, decode_utf8(text_, at + 1, cp));
    while (end < text_.size() && text_[end] == ' ') ++end;
    return end;
}

// What both modes end with: blanks are skipped, text is Freestyle, and a control character
// that starts no token stands alone.
bool Lexer::read_text_run() {
    const char c = text_[pos_];
    if (is_blank(c)) {
        std::size_t end = pos_;
        while (end < text_.size() && is_blank(text_[end])) ++end;
        return skip_read(end);
    }
    if (std::size_t end = match_freestyle(pos_)) return read_token(TokenType::Freestyle, end);
    if (is_control_char(c)) {
        std::size_t end = pos_ + 1;
        if (end < text_.size() && is_blank(text_[end])) ++end;
        return read_token(TokenType::UnusedControlChar, end);
    }
    return false;
}

}  // namespace warrant::syntax
