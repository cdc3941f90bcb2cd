// JSON inputs for the readers: see json_source.hpp.
#include "formats/json_source.hpp"

#include "warrant/line_index.hpp"

namespace warrant::formats {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// The index just past the string that opens at `quote`.
std::size_t after_string(std::string_view text, std::size_t quote) {
    for (std::size_t i = quote + 1; i < text.size(); ++i) {
        if (text[i] == '\\') ++i;
        else if (text[i] == '"') return i + 1;
    }
    return text.size();
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
    while (at < text.size() && is_space(text[at])) ++at;
    return at;
}

// The elements of the array that opens at `open`: each runs from its first byte to its last
// (a string's bytes skipped whole, so brackets inside it do not count).
std::vector<ByteRange> array_elements(std::string_view text, std::size_t open) {
    std::vector<ByteRange> elements;
    int depth = 0;
    bool element_next = true;
    std::size_t last = open;  // the last byte that is not a space
    for (std::size_t i = open; i < text.size(); ++i) {
        const char c = text[i];
        if (is_space(c)) continue;
        const bool closes_or_separates = depth == 1 && (c == ',' || c == ']');
        if (closes_or_separates && !elements.empty() && elements.back().end == 0) elements.back().end = last + 1;
        if (depth == 1 && element_next && c != ']') elements.push_back({i, 0}), element_next = false;
        if (c == '"') {
            i = after_string(text, i) - 1;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) break;
        } else if (c == ',' && depth == 1) {
            element_next = true;
        }
        last = i;
    }
    return elements;
}

}  // namespace

std::optional<nlohmann::ordered_json> parse_json_input(std::string_view text, const std::string& file_name, const char* code,
                                                       std::vector<Diagnostic>& diagnostics) {
    try {
        return nlohmann::ordered_json::parse(text);
    } catch (const nlohmann::ordered_json::parse_error& failure) {
        // nlohmann counts bytes from 1 and points at the last byte it read.
        const std::size_t offset = failure.byte > 0 ? failure.byte - 1 : 0;
        std::string message = failure.what();
        if (std::size_t cut = message.find("parse error"); cut != std::string::npos) message = message.substr(cut);
        diagnostics.push_back({Severity::Error, code, "malformed JSON: " + message, LineIndex(text).span_at(offset, file_name), {}});
    } catch (const nlohmann::ordered_json::exception& failure) {
        // Valid syntax the parser still refuses, e.g. a number too large for a double
        // ("333e33333333"): nlohmann gives no position for these.
        diagnostics.push_back({Severity::Error, code, std::string("unreadable JSON: ") + failure.what(),
                               LineIndex(text).span_at(0, file_name), {}});
    }
    return std::nullopt;
}

std::vector<ByteRange> top_level_array_elements(std::string_view text, std::string_view key) {
    int depth = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t end = after_string(text, i);
            const std::size_t colon = skip_spaces(text, end);
            if (depth == 1 && colon < text.size() && text[colon] == ':' && text.substr(i + 1, end - i - 2) == key) {
                const std::size_t value = skip_spaces(text, colon + 1);
                return value < text.size() && text[value] == '[' ? array_elements(text, value) : std::vector<ByteRange>{};
            }
            i = end - 1;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return {};
}

}  // namespace warrant::formats
