#include "warrant/analysis.hpp"
#include "support/source_tree.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace warrant;

TEST_CASE("the catalogue is sorted by code and every entry is complete") {
    const auto& all = explanations();
    REQUIRE(all.size() >= 20);
    for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].code < all[i].code);
    for (const Explanation& e : all) {
        INFO(e.code);
        CHECK(!e.title.empty());
        CHECK(!e.meaning.empty());
        CHECK(!e.why.empty());
        CHECK(std::count(e.example.begin(), e.example.end(), '\n') >= 1);
        CHECK(!e.fix.empty());
        // The analyses' own codes say their severity; readers' E0xx codes may be notes (E055).
        const char expected = e.severity == Severity::Error ? 'E' : e.severity == Severity::Warning ? 'W' : 'N';
        if (e.code[1] != '0') CHECK(e.code[0] == expected);
    }
}

TEST_CASE("every code the engine source emits has an explanation") {
    // Scans every engine source for string literals shaped like codes: a new code without a
    // catalogue entry fails here, whichever stage adds it.
    const std::regex code_literal("\"([EWN][0-9]{3})\"");
    std::set<std::string> emitted;
    const std::filesystem::path engine = std::filesystem::path(warrant::testing::source_dir()) / "engine";
    for (const auto& entry : std::filesystem::recursive_directory_iterator(engine)) {
        if (entry.path().extension() != ".cpp" || entry.path().filename() == "explanations.cpp") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (std::sregex_iterator it(source.begin(), source.end(), code_literal), end; it != end; ++it)
            emitted.insert((*it)[1]);
    }
    CHECK(emitted.size() >= 30);
    for (const std::string& code : emitted) {
        INFO(code);
        CHECK(find_explanation(code) != nullptr);
    }
}

TEST_CASE("an explanation is found by code in any case and printed with its example indented") {
    const Explanation* e = find_explanation("w101");
    REQUIRE(e != nullptr);
    const std::string text = format_explanation(*e);
    CHECK(text.rfind("W101 (warning): unsupported claim\n\n", 0) == 0);
    CHECK(text.find("\nExample:\n    [Claim]: Utopias always fail.\n      - [Objection]: Some succeed.\n") !=
          std::string::npos);
    CHECK(find_explanation("W999") == nullptr);
}

TEST_CASE("docs/diagnostics.md lists every catalogued code") {
    std::ifstream in(warrant::testing::source_dir() + "/docs/diagnostics.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    const std::string readme = text.str();
    for (const Explanation& e : explanations()) {
        INFO(e.code);
        const std::string code(e.code);
        CHECK((readme.find("| " + code + " |") != std::string::npos ||
               readme.find("| `" + code + "` |") != std::string::npos));
    }
}
