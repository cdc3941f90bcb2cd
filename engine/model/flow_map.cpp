// The subset read here, with ' ' as the only whitespace:
//   map    := ws '{' ws [ entry ( ws ',' ws entry )* ws ] '}' ws
//   entry  := scalar ws ':' ' ' ws scalar
//   scalar := plain | '"' [printable ASCII but " and \]* '"' | '\'' [printable ASCII but ']* '\''
//   plain  := [A-Za-z0-9_] [A-Za-z0-9_ ./+()-]*   (trailing spaces are not part of it)
// A plain scalar in these characters is a string to YAML with no escapes and no folding; the
// words YAML reads as null are declined so that yaml-cpp keeps deciding what they mean.
#include "model/flow_map.hpp"

#include <utility>
#include <vector>

namespace warrant::model {
namespace {

bool is_plain_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool is_plain_char(char c) {
    return is_plain_start(c) || c == ' ' || c == '.' || c == '/' || c == '+' || c == '(' || c == ')' || c == '-';
}

bool is_null_word(std::string_view word) { return word == "null" || word == "Null" || word == "NULL"; }

class FlowMapReader {
public:
    explicit FlowMapReader(std::string_view text) : text_(text) {}

    bool read(std::vector<std::pair<std::string_view, std::string_view>>& entries) {
        skip_spaces();
        if (!take('{')) return false;
        skip_spaces();
        if (!take('}')) {
            for (;;) {
                std::string_view key, value;
                if (!scalar(key)) return false;
                skip_spaces();
                if (!take(':') || !take(' ')) return false;
                skip_spaces();
                if (!scalar(value)) return false;
                entries.emplace_back(key, value);
                skip_spaces();
                if (take('}')) break;
                if (!take(',')) return false;
                skip_spaces();
            }
        }
        skip_spaces();
        return at_ == text_.size();
    }

private:
    bool scalar(std::string_view& out) {
        if (at_ >= text_.size()) return false;
        const char first = text_[at_];
        if (first == '"' || first == '\'') return quoted(first, out);
        if (!is_plain_start(first)) return false;
        const std::size_t begin = at_;
        while (at_ < text_.size() && is_plain_char(text_[at_])) ++at_;
        std::size_t end = at_;
        while (text_[end - 1] == ' ') --end;
        out = text_.substr(begin, end - begin);
        return !is_null_word(out);
    }

    bool quoted(char quote, std::string_view& out) {
        const std::size_t begin = ++at_;
        while (at_ < text_.size() && text_[at_] != quote) {
            const char c = text_[at_];
            if (c < 0x20 || c > 0x7E || c == '\\') return false;  // escapes, control, non-ASCII
            ++at_;
        }
        if (at_ >= text_.size()) return false;
        out = text_.substr(begin, at_ - begin);
        ++at_;
        return true;
    }

    void skip_spaces() {
        while (at_ < text_.size() && text_[at_] == ' ') ++at_;
    }

    bool take(char c) {
        if (at_ >= text_.size() || text_[at_] != c) return false;
        ++at_;
        return true;
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

}  // namespace

bool read_flat_flow_map(std::string_view yaml, std::map<std::string, std::string>& out) {
    std::vector<std::pair<std::string_view, std::string_view>> entries;
    if (!FlowMapReader(yaml).read(entries)) return false;
    for (const auto& [key, value] : entries) out[std::string(key)] = value;
    return true;
}

}  // namespace warrant::model
