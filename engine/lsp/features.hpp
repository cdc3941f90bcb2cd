// The requests the server answers about one document (private to engine/lsp), one file per
// group: hover.cpp, navigation.cpp (definition, references, rename), document_symbols.cpp,
// completion.cpp, code_actions.cpp. Each takes the request's params and returns its result;
// nlohmann's exceptions on missing params become InvalidParams replies in the dispatcher.
#pragma once

#include "lsp/protocol_json.hpp"

#include <stdexcept>

namespace warrant::lsp {

// A request that cannot be served as asked (a rename to an invalid title): answered with
// RequestFailed and this message.
struct RequestFailed : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What a hover shows, before it becomes the protocol's JSON: Markdown about the node whose name
// is under the cursor, and that name's range.
struct HoverInfo {
    std::string markdown;
    Range range;
};
// Null where no known node's name is at `offset` (a byte offset into the analysed text).
std::optional<HoverInfo> hover_info(const RequestContext& context, std::size_t offset);
nlohmann::json hover(const RequestContext& context, const nlohmann::json& params);
nlohmann::json definition(const RequestContext& context, const nlohmann::json& params);
nlohmann::json references(const RequestContext& context, const nlohmann::json& params);
nlohmann::json prepare_rename(const RequestContext& context, const nlohmann::json& params);
nlohmann::json rename(const RequestContext& context, const nlohmann::json& params);
nlohmann::json document_symbols(const RequestContext& context, const nlohmann::json& params);
nlohmann::json completion(const RequestContext& context, const nlohmann::json& params);
nlohmann::json code_actions(const RequestContext& context, const nlohmann::json& params);

// The node an occurrence names, if the map has it.
std::optional<Vertex> node_named(const ArgumentMap& map, const NameOccurrence& occurrence);

}  // namespace warrant::lsp
