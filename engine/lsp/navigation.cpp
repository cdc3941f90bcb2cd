// Definition, references and rename of titles and source keys: over every place the name is
// written (name_occurrences), not only the one span the map keeps per node.
#include "lsp/features.hpp"

namespace warrant::lsp {
namespace {

const NameOccurrence* occurrence_at_params(const RequestContext& context, const nlohmann::json& params) {
    return occurrence_at(context.analysis.occurrences, offset_of_position(context, params.at("position")));
}

std::vector<const NameOccurrence*> same_name(const RequestContext& context, const NameOccurrence& named) {
    std::vector<const NameOccurrence*> out;
    for (const NameOccurrence& occurrence : context.analysis.occurrences)
        if (occurrence.kind == named.kind && occurrence.name == named.name) out.push_back(&occurrence);
    return out;
}

nlohmann::json location_of(const RequestContext& context, const NameOccurrence& occurrence) {
    return location_json(context.uri, context.range_of(occurrence.begin, occurrence.end));
}

// A title may hold any text but the bracket that closes it and a line break.
void require_valid_name(const NameOccurrence& occurrence, const std::string& name) {
    if (name.empty() || name.find_first_not_of(" \t") == std::string::npos) throw RequestFailed("the new name is empty");
    if (name.find_first_of("\r\n") != std::string::npos) throw RequestFailed("a name is one line");
    const char* forbidden = occurrence.kind == NameKind::Statement ? "]" : occurrence.kind == NameKind::Argument ? ">" : ",{}: \"'";
    if (name.find_first_of(forbidden) != std::string::npos)
        throw RequestFailed("the new name may not contain any of: " + std::string(forbidden));
}

}  // namespace

nlohmann::json definition(const RequestContext& context, const nlohmann::json& params) {
    const NameOccurrence* occurrence = occurrence_at_params(context, params);
    if (!occurrence) return nullptr;
    nlohmann::json locations = nlohmann::json::array();
    for (const NameOccurrence* same : same_name(context, *occurrence))
        if (same->definition) locations.push_back(location_of(context, *same));
    if (!locations.empty()) return locations;
    // Defined only by its first mention (a statement never written as `[T]: text`): where the
    // map says it starts.
    const ArgumentMap& map = context.analysis.loaded.map;
    if (const std::optional<Vertex> v = node_named(map, *occurrence); v && map.node(*v).span.known())
        return location_json(context.uri, context.range_of(map.node(*v).span));
    return nullptr;
}

nlohmann::json references(const RequestContext& context, const nlohmann::json& params) {
    const NameOccurrence* occurrence = occurrence_at_params(context, params);
    nlohmann::json locations = nlohmann::json::array();
    if (!occurrence) return locations;
    const bool with_declaration = params.value("/context/includeDeclaration"_json_pointer, true);
    for (const NameOccurrence* same : same_name(context, *occurrence))
        if (with_declaration || !same->definition) locations.push_back(location_of(context, *same));
    return locations;
}

nlohmann::json prepare_rename(const RequestContext& context, const nlohmann::json& params) {
    const NameOccurrence* occurrence = occurrence_at_params(context, params);
    if (!occurrence) return nullptr;
    return {{"range", range_json(context.range_of(occurrence->begin, occurrence->end))}, {"placeholder", occurrence->name}};
}

nlohmann::json rename(const RequestContext& context, const nlohmann::json& params) {
    const NameOccurrence* occurrence = occurrence_at_params(context, params);
    if (!occurrence) throw RequestFailed("there is no title or source key here to rename");
    const std::string name = params.at("newName").get<std::string>();
    require_valid_name(*occurrence, name);
    nlohmann::json edits = nlohmann::json::array();
    for (const NameOccurrence* same : same_name(context, *occurrence))
        edits.push_back({{"range", range_json(context.range_of(same->begin, same->end))}, {"newText", name}});
    return {{"changes", {{context.uri, std::move(edits)}}}};
}

}  // namespace warrant::lsp
