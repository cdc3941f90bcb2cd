// Argdown's JSON export reduced to what two Argdown parsers must agree on: canon.py of
// ../shared/argdown-corpus, ported (collapsed whitespace, sorted distinct texts, sorted
// relation tuples, sections flattened in order).
#pragma once

#include "warrant/parse.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace warrant::testing {

using nlohmann::json;

inline std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// canon.py, ported: collapse whitespace, sorted distinct texts, sorted relation tuples.
inline std::string norm(const json& text) {
    if (!text.is_string()) return "";
    static const std::regex spaces("\\s+");
    std::string collapsed = std::regex_replace(text.get<std::string>(), spaces, " ");
    std::size_t first = collapsed.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    return collapsed.substr(first, collapsed.find_last_not_of(' ') - first + 1);
}

inline json texts(const json& members, const char* role = nullptr) {
    std::set<std::string> out;
    for (const json& m : members) {
        std::string text = norm(m.value("text", json()));
        if (!text.empty() && (role == nullptr || m.value("role", "") == role)) out.insert(text);
    }
    return json(std::vector<std::string>(out.begin(), out.end()));
}

inline json sorted_strings(const json& list) {
    std::vector<std::string> out = list.is_array() ? list.get<std::vector<std::string>>() : std::vector<std::string>{};
    std::sort(out.begin(), out.end());
    return out;
}

inline void flat_sections(const json& sections, json& out) {
    for (const json& s : sections) {
        out.push_back(json::array({s["id"], s["level"], norm(s["title"])}));
        if (s.contains("children")) flat_sections(s["children"], out);
    }
}

inline json canon(const json& document) {
    json statements = json::object();
    for (const auto& [title, ec] : document["statements"].items())
        statements[title] = {{"texts", texts(ec["members"])}, {"tags", sorted_strings(ec.value("tags", json::array()))}};
    json arguments = json::object();
    for (const auto& [title, a] : document["arguments"].items()) {
        json pcs = json::array();
        for (const json& s : a["pcs"]) pcs.push_back(json::array({s["role"], s["title"]}));
        arguments[title] = {{"descriptions", texts(a["members"], "argument-description")}, {"pcs", pcs},
                            {"tags", sorted_strings(a.value("tags", json::array()))}};
    }
    std::set<std::vector<std::string>> relations;
    for (const json& r : document["relations"])
        relations.insert(std::vector<std::string>{r["from"].get<std::string>(), r["fromType"].get<std::string>(),
                                                  r["to"].get<std::string>(), r["toType"].get<std::string>(),
                                                  r["relationType"].get<std::string>()});
    json sections = json::array();
    flat_sections(document["sections"], sections);
    std::vector<std::string> tags;
    for (const auto& [tag, data] : document["tags"].items()) tags.push_back(tag);
    std::sort(tags.begin(), tags.end());
    return {{"statements", statements}, {"arguments", arguments},
            {"relations", json(std::vector<std::vector<std::string>>(relations.begin(), relations.end()))},
            {"sections", sections}, {"tags", tags}};
}

// The line of the file's first error (errors of the lexer and the parser come in two runs), or 0.
inline int first_error_line(const warrant::LoadResult& result) {
    int first = 0;
    for (const warrant::Diagnostic& d : result.diagnostics)
        if (d.severity == warrant::Severity::Error && (first == 0 || d.span.line < first)) first = d.span.line;
    return first;
}

}  // namespace warrant::testing
