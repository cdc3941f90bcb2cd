// The outline: sections as the map nests them, each holding the statements and arguments
// first defined in it.
#include "lsp/features.hpp"

#include <map>

namespace warrant::lsp {
namespace {

// LSP's SymbolKind numbers.
constexpr int kNamespace = 3, kFunction = 12, kString = 15, kBoolean = 17;

int symbol_kind(NodeKind kind) {
    switch (kind) {
    case NodeKind::Argument: return kFunction;
    case NodeKind::Evidence: return kString;
    default: return kBoolean;  // theses, claims and counter-positions: what can stand or fall
    }
}

nlohmann::json symbol(const RequestContext& context, const std::string& name, std::string detail, int kind,
                      const SourceSpan& span) {
    const nlohmann::json range = range_json(context.range_of(span));
    return {{"name", name.empty() ? std::string("(untitled)") : name},
            {"detail", std::move(detail)},
            {"kind", kind},
            {"range", range},
            {"selectionRange", range},
            {"children", nlohmann::json::array()}};
}

}  // namespace

nlohmann::json document_symbols(const RequestContext& context, const nlohmann::json&) {
    const ArgumentMap& map = context.analysis.loaded.map;
    std::map<std::string, nlohmann::json> sections;  // id -> symbol
    for (const Section& section : map.sections)
        sections[section.id] = symbol(context, section.title, "section", kNamespace, section.span);
    nlohmann::json top = nlohmann::json::array();
    for (Vertex v = 0; v < map.node_count(); ++v) {
        const Node& node = map.node(v);
        // Sources are the bibliography's, not the outline's (their nodes have no place of their own).
        if (node.kind == NodeKind::Source || !node.span.known()) continue;
        nlohmann::json entry = symbol(context, display_name(node), std::string(to_string(node.kind)), symbol_kind(node.kind), node.span);
        const auto section = sections.find(node.section);
        (section == sections.end() ? top : section->second["children"]).push_back(std::move(entry));
    }
    // Innermost sections first, so each is complete when it moves into its parent.
    for (auto it = map.sections.rbegin(); it != map.sections.rend(); ++it) {
        nlohmann::json& own = sections[it->id];
        const auto parent = sections.find(it->parent);
        if (parent == sections.end() || it->parent.empty()) continue;
        parent->second["children"].insert(parent->second["children"].begin(), std::move(own));
        sections.erase(it->id);
    }
    nlohmann::json out = nlohmann::json::array();
    for (const Section& section : map.sections)
        if (const auto it = sections.find(section.id); it != sections.end()) out.push_back(std::move(it->second));
    for (nlohmann::json& entry : top) out.push_back(std::move(entry));
    return out;
}

}  // namespace warrant::lsp
