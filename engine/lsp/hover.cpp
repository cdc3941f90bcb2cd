// Hover on a title or source key: what the engine knows about that node, in Markdown, read from
// the document's MapAnalysis. hover_info() returns it typed; hover() alone makes it JSON.
#include "lsp/features.hpp"

#include <algorithm>

namespace warrant::lsp {
namespace {

std::string grounding_line(const ArgumentMap& map, const GroundingResult& grounding, Vertex v) {
    if (is_ground(map, v)) return "a ground: it stands on its own";
    if (!grounding.is_grounded(v)) return "**not grounded**: no chain of support reaches evidence";
    std::string line = "grounded";
    if (const auto by = grounding.grounded_by[v]) line += " by " + display_name(map.node(*by));
    return line;
}

// The chain's closing sentences (depth, grounds, weakest link), not its whole tree.
std::string chain_summary(const MapAnalysis& analyses, Vertex v) {
    std::string summary = support_chain_summary(analyses.map(), analyses.chain(v));
    while (!summary.empty() && summary.back() == '\n') summary.pop_back();
    return summary;
}

// "Margaret Atwood, *The Handmaid's Tale* (1985)", or "" for a key the bibliography lacks.
std::string bibliography_entry(const ArgumentMap& map, const std::string& key) {
    const SourceEntry* entry = map.find_source(key);
    if (!entry) return {};
    std::string about = entry->author;
    if (!entry->work.empty()) about += (about.empty() ? "" : ", ") + ("*" + entry->work + "*");
    if (!entry->year.empty()) about += " (" + entry->year + ")";
    return about;
}

std::string source_line(const ArgumentMap& map, const Node& node) {
    if (node.kind == NodeKind::Source) {
        const std::string about = bibliography_entry(map, node.title);
        return about.empty() ? "not in the bibliography" : "in the bibliography: " + about;
    }
    if (node.source.empty()) return {};
    std::string line = "source `" + node.source + "`";
    if (const std::string about = bibliography_entry(map, node.source); !about.empty()) line += ": " + about;
    return line + (node.page.empty() ? ", no page" : ", page " + node.page);
}

std::string findings_about(const RequestContext& context, const Node& node) {
    std::string out;
    for (const Diagnostic& finding : context.analysis.report.findings) {
        // A finding names its subject first and the nodes it involves after it (W112 names the
        // source, then the evidence citing it): any of them brings it here.
        if (std::find(finding.related.begin(), finding.related.end(), node.title) == finding.related.end()) continue;
        out += "\n\n---\n**" + finding.code + "** " + finding.message;
        if (const Explanation* explanation = find_explanation(finding.code))
            out += "\n\n" + std::string(explanation->meaning) + " " + std::string(explanation->why) +
                   "\n\n*Fix:* " + std::string(explanation->fix);
    }
    return out;
}

std::string describe_node(const RequestContext& context, Vertex v) {
    const ArgumentMap& map = context.analysis.loaded.map;
    const GroundingResult& grounding = context.analysis.analyses.grounding();
    const Node& node = map.node(v);
    std::string text = "**" + std::string(to_string(node.kind)) + "** " + display_name(node);
    if (!node.texts.empty()) text += "\n\n" + node.texts.front();
    if (node.kind != NodeKind::Source) text += "\n\n" + grounding_line(map, grounding, v);
    if (node.kind == NodeKind::Thesis || node.kind == NodeKind::Claim || node.kind == NodeKind::CounterPosition)
        text += "\n\n" + chain_summary(context.analysis.analyses, v);
    if (const std::string source = source_line(map, node); !source.empty()) text += "\n\n" + source;
    return text + findings_about(context, node);
}

}  // namespace

std::optional<Vertex> node_named(const ArgumentMap& map, const NameOccurrence& occurrence) {
    switch (occurrence.kind) {
    case NameKind::Statement:
    case NameKind::Source: return map.find_statement(occurrence.name);
    case NameKind::Argument: return map.find_argument(occurrence.name);
    }
    return std::nullopt;
}

std::optional<HoverInfo> hover_info(const RequestContext& context, std::size_t offset) {
    const NameOccurrence* occurrence = occurrence_at(context.analysis.occurrences, offset);
    if (!occurrence) return std::nullopt;
    const std::optional<Vertex> v = node_named(context.analysis.loaded.map, *occurrence);
    if (!v) return std::nullopt;
    return HoverInfo{describe_node(context, *v), context.range_of(occurrence->begin, occurrence->end)};
}

nlohmann::json hover(const RequestContext& context, const nlohmann::json& params) {
    const std::optional<HoverInfo> info = hover_info(context, offset_of_position(context, params.at("position")));
    if (!info) return nullptr;
    return {{"contents", {{"kind", "markdown"}, {"value", info->markdown}}}, {"range", range_json(info->range)}};
}

}  // namespace warrant::lsp
