// Parsing a message whose strings hold bytes that are not UTF-8 (private to engine/lsp). JSON
// must be UTF-8, but a client may send a document's bytes as it read them from a file saved by
// a Windows word processor; refusing the message would leave the document unopened and every
// later request about it failing. Such bytes are kept as they were, so that the document is
// decoded as a file is (formats/input_encoding.hpp: read as Windows-1252, with a warning).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace warrant::lsp {

// The message, with each byte that is not UTF-8 kept raw in the strings it stood in; discarded
// (is_discarded()) when the body is not JSON even so.
nlohmann::json parse_keeping_invalid_bytes(const std::string& body);

}  // namespace warrant::lsp
