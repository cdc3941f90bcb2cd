// Messages with bytes that are not UTF-8: see lenient_json.hpp.
#include "lsp/lenient_json.hpp"

#include "syntax/utf8.hpp"

namespace warrant::lsp {
namespace {

// Each invalid byte B stands in for a while as the code point U+10FF00 + B, at the end of the last
// private use plane (no text uses it), so that the JSON parser accepts the body.
constexpr unsigned char kMarkLead[] = {0xF4, 0x8F, 0xBC};  // U+10FF00..U+10FFFF: F4 8F BC-BF xx

std::string mark_invalid_bytes(std::string_view body) {
    std::string out;
    out.reserve(body.size() + body.size() / 4);
    for (std::size_t at = 0; at < body.size();) {
        if (const std::size_t length = syntax::utf8_sequence_length(body, at)) {
            out.append(body, at, length);
            at += length;
            continue;
        }
        const auto byte = static_cast<unsigned char>(body[at++]);
        out += static_cast<char>(kMarkLead[0]);
        out += static_cast<char>(kMarkLead[1]);
        out += static_cast<char>(kMarkLead[2] | (byte >> 6));
        out += static_cast<char>(0x80 | (byte & 0x3F));
    }
    return out;
}

void unmark(std::string& text) {
    std::size_t kept = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        if (at + 3 < text.size() && byte(at) == kMarkLead[0] && byte(at + 1) == kMarkLead[1] && (byte(at + 2) & 0xFC) == kMarkLead[2]) {
            text[kept++] = static_cast<char>(((byte(at + 2) & 0x03) << 6) | (byte(at + 3) & 0x3F));
            at += 4;
        } else {
            text[kept++] = text[at++];
        }
    }
    text.resize(kept);
}

void unmark_strings(nlohmann::json& value) {
    if (value.is_string()) {
        unmark(value.get_ref<std::string&>());
    } else if (value.is_structured()) {
        for (auto& item : value) unmark_strings(item);
    }
}

}  // namespace

nlohmann::json parse_keeping_invalid_bytes(const std::string& body) {
    nlohmann::json message = nlohmann::json::parse(body, nullptr, false);
    if (!message.is_discarded()) return message;
    const std::string marked = mark_invalid_bytes(body);
    if (marked == body) return message;
    message = nlohmann::json::parse(marked, nullptr, false);
    if (!message.is_discarded()) unmark_strings(message);
    return message;
}

}  // namespace warrant::lsp
