// Quick fixes: the edits the checks attach to their findings (Diagnostic::fixes), offered for
// the findings under the client's range.
#include "lsp/diagnostics_json.hpp"
#include "lsp/document_store.hpp"
#include "lsp/features.hpp"
#include "warrant/essay.hpp"
#include "warrant/formats.hpp"

#include <filesystem>

namespace warrant::lsp {
namespace {

// By lines: a cursor anywhere on a finding's line is asking about it, as editors send the
// cursor (not the finding's exact columns) when the user asks for fixes.
bool shares_a_line(Range a, Range b) { return a.start.line <= b.end.line && b.start.line <= a.end.line; }

// "file:///a/essay.txt" -> "file:///a/essay.argdown": the name `warrant draft -o` is given.
std::string argdown_uri_beside(const std::string& uri) {
    const std::size_t slash = uri.rfind('/');
    const std::size_t dot = uri.rfind('.');
    const bool has_extension = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    return (has_extension ? uri.substr(0, dot) : uri) + ".argdown";
}

// On an essay: write its draft beside it, as `warrant draft ESSAY -o NAME.argdown` does; a map
// already there is replaced only by an action that says so.
nlohmann::json draft_action(const RequestContext& context) {
    const std::string target = argdown_uri_beside(context.uri);
    std::error_code error;
    const bool exists = std::filesystem::exists(path_of_uri(target), error);
    const std::string name = std::filesystem::path(path_of_uri(target)).filename().string();
    nlohmann::json create = {{"kind", "create"}, {"uri", target}, {"options", {{"overwrite", true}}}};
    nlohmann::json write = {{"textDocument", {{"uri", target}, {"version", nullptr}}},
                            {"edits", nlohmann::json::array({{{"range", range_json({{0, 0}, {0, 0}})},
                                                              {"newText", export_argdown(context.analysis.loaded.map)}}})}};
    return {{"title", "Draft an argument map of this essay" + (exists ? " (replaces " + name + ")" : " (" + name + ")")},
            {"kind", "source"},
            {"edit", {{"documentChanges", nlohmann::json::array({std::move(create), std::move(write)})}}}};
}

}  // namespace

nlohmann::json code_actions(const RequestContext& context, const nlohmann::json& params) {
    const Range asked = range_of_params(params.at("range"));
    nlohmann::json actions = nlohmann::json::array();
    for (const Diagnostic& finding : context.analysis.report.findings) {
        if (finding.fixes.empty() || !shares_a_line(context.range_of(finding.span), asked)) continue;
        const nlohmann::json diagnostic = diagnostic_json(context, finding);
        for (std::size_t i = 0; i < finding.fixes.size(); ++i) {
            const Fix& fix = finding.fixes[i];
            nlohmann::json edit = {{"range", range_json(context.range_of(fix.span))}, {"newText", fix.replacement}};
            actions.push_back({{"title", fix.title},
                               {"kind", "quickfix"},
                               {"diagnostics", nlohmann::json::array({diagnostic})},
                               {"isPreferred", i == 0},
                               {"edit", {{"changes", {{context.uri, nlohmann::json::array({std::move(edit)})}}}}}});
        }
    }
    if (is_drafted_essay(context.analysis.loaded) && context.analysis.loaded.map.node_count() > 0)
        actions.push_back(draft_action(context));
    return actions;
}

}  // namespace warrant::lsp
