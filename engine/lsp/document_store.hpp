// The documents the client has open (private to engine/lsp): their text as the client last
// sent it, kept in sync from didOpen, didChange (whole text or ranges) and didClose.
#pragma once

#include "lsp/position_encoding.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace warrant::lsp {

struct Document {
    std::string uri;
    std::string path;  // the file name findings carry: the URI's path, or the URI itself
    std::string text;
    int version = 0;
};

// "file:///a/b%20c.argdown" -> "/a/b c.argdown"; any other scheme stays as written.
std::string path_of_uri(const std::string& uri);

class DocumentStore {
public:
    const Document& open(const std::string& uri, std::string text, int version);
    // Applies contentChanges in order: one without a range replaces the text, one with a range
    // replaces that range (positions in `encoding`). Returns the document, or null if not open.
    const Document* change(const std::string& uri, int version, const nlohmann::json& changes, PositionEncoding encoding);
    void close(const std::string& uri);
    const Document* find(const std::string& uri) const;

private:
    std::map<std::string, Document> documents_;
};

}  // namespace warrant::lsp
