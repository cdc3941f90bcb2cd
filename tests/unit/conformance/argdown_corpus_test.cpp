// Conformance with Argdown 1.7.5 over ../shared/argdown-corpus: every accepted input must
// export, reduced as canon.py reduces it, to exactly the reference's canonical form; every
// input the reference rejected for a syntax reason must give an Error at the reference's line.
//
// Known differences: none (94/94 accepted files match, 7/7 rejected files are reported).
// Three rejected inputs (the @include tests) are valid Argdown: the reference only failed to
// find the included files; warrant skips @include directives. The reference's fourth "valid"
// rejection (the .ad file) is not among the inputs.
#include "warrant/formats.hpp"
#include "support/source_tree.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kCorpus = fs::path(warrant::testing::source_dir()) / ".." / "shared" / "argdown-corpus";

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// canon.py, ported: collapse whitespace, sorted distinct texts, sorted relation tuples.
std::string norm(const json& text) {
    if (!text.is_string()) return "";
    static const std::regex spaces("\\s+");
    std::string collapsed = std::regex_replace(text.get<std::string>(), spaces, " ");
    std::size_t first = collapsed.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    return collapsed.substr(first, collapsed.find_last_not_of(' ') - first + 1);
}

json texts(const json& members, const char* role = nullptr) {
    std::set<std::string> out;
    for (const json& m : members) {
        std::string text = norm(m.value("text", json()));
        if (!text.empty() && (role == nullptr || m.value("role", "") == role)) out.insert(text);
    }
    return json(std::vector<std::string>(out.begin(), out.end()));
}

json sorted_strings(const json& list) {
    std::vector<std::string> out = list.is_array() ? list.get<std::vector<std::string>>() : std::vector<std::string>{};
    std::sort(out.begin(), out.end());
    return out;
}

void flat_sections(const json& sections, json& out) {
    for (const json& s : sections) {
        out.push_back(json::array({s["id"], s["level"], norm(s["title"])}));
        if (s.contains("children")) flat_sections(s["children"], out);
    }
}

json canon(const json& document) {
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

// The reference's rejections: file -> line of its error (lexer-argument: the line of the
// inference whose YAML it could not read; it gave only a position inside the YAML).
const std::map<std::string, int> kSyntaxErrors{
    {"packages__ArgVu__demo", 10},
    {"packages__argdown-core__test__lexer-argument", 3},
    {"packages__argdown-core__test__lexer-definitions-references", 2},
    {"packages__argdown-core__test__lexer-lists", 2},
    {"packages__argdown-core__test__lexer-relation-after-emptyline", 3},
    {"packages__argdown-core__test__lexer-relations", 1},
    {"packages__argdown-core__test__lexer-statements-by-number", 1},
};

}  // namespace

TEST_CASE("every corpus input matches Argdown 1.7.5 or is rejected where it rejects it") {
    REQUIRE(fs::is_directory(kCorpus / "inputs"));
    int inputs = 0, matching = 0, rejected_correctly = 0, valid_without_reference = 0;
    for (const auto& entry : fs::directory_iterator(kCorpus / "inputs")) {
        ++inputs;
        const std::string name = entry.path().stem().string();
        warrant::LoadResult result = warrant::load_file(entry.path().string());
        const fs::path expected = kCorpus / "expected" / (name + ".canon.json");
        if (auto error = kSyntaxErrors.find(name); error != kSyntaxErrors.end()) {
            bool at_line = std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [&](const warrant::Diagnostic& d) {
                return d.severity == warrant::Severity::Error && d.span.line == error->second && d.span.file == entry.path().string();
            });
            CHECK_MESSAGE(at_line, name);
            rejected_correctly += at_line;
        } else if (fs::exists(expected)) {
            CHECK_MESSAGE(!result.has_errors(), name);
            json mine = canon(json::parse(warrant::export_argdown_json(result.map)));
            json reference = json::parse(read(expected));
            CHECK_MESSAGE(mine == reference, name);
            matching += mine == reference;
        } else {
            CHECK_MESSAGE(!result.has_errors(), name);  // the @include tests
            valid_without_reference += !result.has_errors();
        }
    }
    MESSAGE("corpus: " << matching << "/94 match, " << rejected_correctly << "/7 rejections, "
                       << valid_without_reference << "/3 include tests valid");
    CHECK(inputs == 104);
    CHECK(matching >= 94);
    CHECK(rejected_correctly >= 7);
    CHECK(valid_without_reference >= 3);
}
