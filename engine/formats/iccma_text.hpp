// A cursor over the text of an ICCMA file (private to the readers): line tracking, the few
// token shapes the formats use, and errors as diagnostics at the cursor. Inline because the
// i23 reader runs it once per attack on files with tens of millions of lines.
#pragma once

#include "warrant/diagnostic.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::formats {

class TextCursor {
public:
    TextCursor(std::string_view text, const std::string& file, std::vector<Diagnostic>& diagnostics)
        : text_(text), file_(file), diagnostics_(diagnostics) {}

    bool at_end() const { return pos_ >= text_.size(); }
    char peek() const { return at_end() ? '\n' : text_[pos_]; }
    void advance() { ++pos_; }
    std::size_t position() const { return pos_; }

    void skip_blanks() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\r')) ++pos_;
    }
    bool at_line_end() const { return peek() == '\n'; }
    // Moves to `position`, the start of the next line (the caller has checked the line).
    void start_line_at(std::size_t position) {
        pos_ = position;
        ++line_;
        line_start_ = position;
    }
    std::string_view text() const { return text_; }

    void next_line() {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
        if (pos_ < text_.size()) ++pos_;
        ++line_;
        line_start_ = pos_;
    }

    // Decimal digits; false (cursor unmoved) when there is none or the value overflows.
    bool read_number(std::uint64_t& value) {
        std::size_t p = pos_;
        std::uint64_t v = 0;
        while (p < text_.size() && text_[p] >= '0' && text_[p] <= '9') {
            if (v > (UINT64_MAX - 9) / 10) return false;
            v = v * 10 + static_cast<std::uint64_t>(text_[p] - '0');
            ++p;
        }
        if (p == pos_) return false;
        pos_ = p;
        value = v;
        return true;
    }

    // A run of characters that are neither white space nor any of `stops`.
    std::string_view read_token(std::string_view stops = {}) {
        const std::size_t start = pos_;
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || stops.find(c) != std::string_view::npos) break;
            ++pos_;
        }
        return text_.substr(start, pos_ - start);
    }

    // Records an error at the cursor. False once too many were reported: readers then stop.
    bool error(std::string code, std::string message) { return error_at(pos_, std::move(code), std::move(message)); }
    // Same, at an earlier `position` of the current line (where the offending token began).
    bool error_at(std::size_t position, std::string code, std::string message) {
        if (diagnostics_.size() >= kMaxErrors) return false;
        const int column = static_cast<int>(position - line_start_) + 1;
        diagnostics_.push_back({Severity::Error, std::move(code), std::move(message),
                                SourceSpan{file_, line_, column, line_, column}, {}});
        if (diagnostics_.size() == kMaxErrors)
            diagnostics_.push_back({Severity::Error, "E055", "too many errors; stopped reading", SourceSpan{file_}, {}});
        return diagnostics_.size() < kMaxErrors;
    }
    bool gave_up() const { return diagnostics_.size() >= kMaxErrors; }
    int line() const { return line_; }
    int column() const { return static_cast<int>(pos_ - line_start_) + 1; }

private:
    static constexpr std::size_t kMaxErrors = 100;
    std::string_view text_;
    const std::string& file_;
    std::vector<Diagnostic>& diagnostics_;
    std::size_t pos_ = 0;
    std::size_t line_start_ = 0;
    int line_ = 1;
};

}  // namespace warrant::formats
