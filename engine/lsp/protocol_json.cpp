#include "lsp/protocol_json.hpp"

#include <cstdint>
#include <limits>

namespace warrant::lsp {

nlohmann::json position_json(Position position) {
    return {{"line", position.line}, {"character", position.character}};
}

nlohmann::json range_json(Range range) { return {{"start", position_json(range.start)}, {"end", position_json(range.end)}}; }

nlohmann::json location_json(const std::string& uri, Range range) { return {{"uri", uri}, {"range", range_json(range)}}; }

int protocol_int(const nlohmann::json& value) {
    if (!value.is_number_integer())
        throw nlohmann::json::type_error::create(302, "an integer is expected, not " + value.dump(), &value);
    if (value.is_number_unsigned()) {
        const auto number = value.get<std::uint64_t>();
        if (number <= static_cast<std::uint64_t>(std::numeric_limits<int>::max())) return static_cast<int>(number);
    } else {
        const auto number = value.get<std::int64_t>();
        if (number >= std::numeric_limits<int>::min() && number <= std::numeric_limits<int>::max()) return static_cast<int>(number);
    }
    throw nlohmann::json::out_of_range::create(406, "the integer " + value.dump() + " is out of range", &value);
}

Position position_of(const nlohmann::json& position) {
    return {protocol_int(position.at("line")), protocol_int(position.at("character"))};
}

Range range_of_params(const nlohmann::json& range) { return {position_of(range.at("start")), position_of(range.at("end"))}; }

std::size_t offset_of_position(const RequestContext& context, const nlohmann::json& position) {
    return context.analysis.lines.offset(position_of(position), context.encoding);
}

}  // namespace warrant::lsp
