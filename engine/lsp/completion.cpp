// Completion from what the map already holds: titles after `[` or `<`, source keys after
// `source:` in metadata, tags after `#`, metadata keys inside `{`.
#include "lsp/features.hpp"

#include <set>

namespace warrant::lsp {
namespace {

// LSP's CompletionItemKind numbers.
constexpr int kReference = 18, kKeyword = 14, kProperty = 10, kValue = 12;

enum class Context { None, StatementTitle, ArgumentTitle, SourceKey, Tag, MetadataKey };

// What is being typed, from the text of the line before the cursor: the innermost construct
// still open there.
Context context_before(std::string_view line) {
    const std::size_t open = line.find_last_of("[<{#");
    if (open == std::string_view::npos) return Context::None;
    const std::string_view after = line.substr(open + 1);
    switch (line[open]) {
    case '[': return after.find(']') == std::string_view::npos ? Context::StatementTitle : Context::None;
    case '<': return after.find('>') == std::string_view::npos ? Context::ArgumentTitle : Context::None;
    case '#': return after.find_first_of(" \t") == std::string_view::npos ? Context::Tag : Context::None;
    default: break;
    }
    if (after.find('}') != std::string_view::npos) return Context::None;
    const std::size_t separator = after.find_last_of(",:");
    if (separator == std::string_view::npos || after[separator] == ',') return Context::MetadataKey;
    std::string_view key = after.substr(0, separator);
    if (const std::size_t comma = key.find_last_of(",{"); comma != std::string_view::npos) key.remove_prefix(comma + 1);
    while (!key.empty() && key.front() == ' ') key.remove_prefix(1);
    while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
    return key == "source" ? Context::SourceKey : Context::None;
}

void add(nlohmann::json& items, const std::string& label, int kind, const std::string& detail) {
    items.push_back({{"label", label}, {"kind", kind}, {"detail", detail}});
}

void add_titles(nlohmann::json& items, const ArgumentMap& map, bool arguments) {
    for (Vertex v = 0; v < map.node_count(); ++v) {
        const Node& node = map.node(v);
        if ((node.kind == NodeKind::Argument) != arguments || node.kind == NodeKind::Source) continue;
        add(items, node.title, kReference, std::string(to_string(node.kind)));
    }
}

void add_source_keys(nlohmann::json& items, const ArgumentMap& map) {
    std::set<std::string> keys;
    for (const SourceEntry& entry : map.sources)
        if (keys.insert(entry.key).second) add(items, entry.key, kValue, entry.author.empty() ? "source" : entry.author);
}

void add_metadata_keys(nlohmann::json& items, const ArgumentMap& map) {
    // The keys typing understands, then every key the map already uses.
    std::set<std::string> keys{"source", "page", "kind", "pole"};
    for (Vertex v = 0; v < map.node_count(); ++v)
        for (const auto& [key, value] : map.node(v).metadata) keys.insert(key.substr(0, key.find('.')));
    for (const std::string& key : keys) add(items, key, kProperty, "metadata");
}

}  // namespace

nlohmann::json completion(const RequestContext& context, const nlohmann::json& params) {
    const Position at = position_of(params.at("position"));
    const std::string_view line = context.analysis.lines.line(static_cast<std::size_t>(std::max(at.line, 0)));
    const std::string_view before = line.substr(0, bytes_for_units(line, at.character, context.encoding));
    const ArgumentMap& map = context.analysis.loaded.map;
    nlohmann::json items = nlohmann::json::array();
    switch (context_before(before)) {
    case Context::StatementTitle: add_titles(items, map, false); break;
    case Context::ArgumentTitle: add_titles(items, map, true); break;
    case Context::SourceKey: add_source_keys(items, map); break;
    case Context::Tag:
        for (const std::string& tag : map.tags) add(items, tag, kKeyword, "tag");
        break;
    case Context::MetadataKey: add_metadata_keys(items, map); break;
    case Context::None: break;
    }
    return {{"isIncomplete", false}, {"items", std::move(items)}};
}

}  // namespace warrant::lsp
