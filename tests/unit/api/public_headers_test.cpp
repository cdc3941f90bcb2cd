// The public API hides its implementation: a user of include/warrant/ needs the standard
// library, Boost.Graph and nothing else (no abseil, Graphviz, JSON, YAML or XML headers).
#include "support/source_tree.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace {

std::vector<std::string> foreign_includes(const std::filesystem::path& header) {
    static const std::regex include_line(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
    std::vector<std::string> foreign;
    std::ifstream in(header);
    for (std::string line; std::getline(in, line);) {
        std::smatch match;
        if (!std::regex_search(line, match, include_line)) continue;
        const std::string included = match[1];
        const bool standard = included.find('/') == std::string::npos && included.find('.') == std::string::npos;
        const bool allowed = standard || included.rfind("warrant/", 0) == 0 || included.rfind("boost/graph/", 0) == 0;
        if (!allowed) foreign.push_back(header.filename().string() + ": " + included);
    }
    return foreign;
}

}  // namespace

TEST_CASE("public headers include only the standard library, Boost.Graph and warrant's own headers") {
    const auto folder = std::filesystem::path(warrant::testing::source_dir()) / "include" / "warrant";
    std::vector<std::string> foreign;
    int headers = 0;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() != ".hpp") continue;
        ++headers;
        for (auto& line : foreign_includes(entry.path())) foreign.push_back(line);
    }
    CHECK(headers >= 10);
    CHECK(foreign == std::vector<std::string>{});
}
