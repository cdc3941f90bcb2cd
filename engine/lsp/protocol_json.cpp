#include "lsp/protocol_json.hpp"

namespace warrant::lsp {

nlohmann::json position_json(Position position) {
    return {{"line", position.line}, {"character", position.character}};
}

nlohmann::json range_json(Range range) { return {{"start", position_json(range.start)}, {"end", position_json(range.end)}}; }

nlohmann::json location_json(const std::string& uri, Range range) { return {{"uri", uri}, {"range", range_json(range)}}; }

std::size_t offset_of_position(const RequestContext& context, const nlohmann::json& position) {
    const Position at{position.at("line").get<int>(), position.at("character").get<int>()};
    return context.analysis.lines.offset(at, context.encoding);
}

}  // namespace warrant::lsp
