#include "lsp/document_store.hpp"
#include "lsp/protocol_json.hpp"

#include <cctype>
#include <algorithm>

namespace warrant::lsp {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percent_decoded(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int high = hex_value(text[i + 1]);
            const int low = hex_value(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

void apply_change(std::string& text, const nlohmann::json& change, PositionEncoding encoding) {
    std::string replacement = change.at("text").get<std::string>();
    if (!change.contains("range")) {
        text = std::move(replacement);
        return;
    }
    const TextLines lines(text);
    const nlohmann::json& range = change.at("range");
    const std::size_t begin = lines.offset(position_of(range.at("start")), encoding);
    const std::size_t end = std::max(begin, lines.offset(position_of(range.at("end")), encoding));
    text.replace(begin, end - begin, replacement);
}

}  // namespace

std::string path_of_uri(const std::string& uri) {
    constexpr std::string_view kScheme = "file://";
    if (uri.compare(0, kScheme.size(), kScheme) != 0) return uri;
    return percent_decoded(std::string_view(uri).substr(kScheme.size()));
}

const Document& DocumentStore::open(const std::string& uri, std::string text, int version) {
    Document& document = documents_[uri];
    document = Document{uri, path_of_uri(uri), std::move(text), version};
    return document;
}

const Document* DocumentStore::change(const std::string& uri, int version, const nlohmann::json& changes,
                                      PositionEncoding encoding) {
    const auto it = documents_.find(uri);
    if (it == documents_.end()) return nullptr;
    // Applied to a copy: a malformed change in the middle leaves the document as it was.
    std::string text = it->second.text;
    for (const nlohmann::json& change : changes) apply_change(text, change, encoding);
    it->second.text = std::move(text);
    it->second.version = version;
    return &it->second;
}

void DocumentStore::close(const std::string& uri) { documents_.erase(uri); }

const Document* DocumentStore::find(const std::string& uri) const {
    const auto it = documents_.find(uri);
    return it == documents_.end() ? nullptr : &it->second;
}

}  // namespace warrant::lsp
