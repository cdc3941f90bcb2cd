// Conformance with Argdown 1.7.5 over ../shared/argdown-corpus and its wild/ part (Argdown
// that people other than its authors wrote): every accepted input must export, reduced as
// canon.py reduces it, to exactly the reference's canonical form; every input the reference
// rejected for a syntax reason must give an Error at the reference's line (in wild/, the first
// Error of the file must be on the line of the reference's first error).
//
// Known differences: none (94/94 accepted files match, 7/7 rejected files are reported; in
// wild/, 59/59 and 47/47). Three rejected inputs (the @include tests) are valid Argdown: the
// reference only failed to find the included files, which were renamed in the corpus; warrant
// reports each such directive (W040) and reads the rest. The reference's fourth "valid"
// rejection (the .ad file) is not among the inputs.
#include "conformance/argdown_canon.hpp"
#include "warrant/formats.hpp"
#include "support/source_tree.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using warrant::testing::first_error_line;
using warrant::testing::canon;
using warrant::testing::read;

const fs::path kArgdownCorpus = fs::path(warrant::testing::source_dir()) / ".." / "shared" / "argdown-corpus";

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

// wild/rejected.tsv: file -> line of the reference's first error ("43:1" -> 43).
std::map<std::string, int> wild_rejections() {
    std::map<std::string, int> lines;
    std::istringstream table(read(kArgdownCorpus / "wild" / "rejected.tsv"));
    std::string row;
    std::getline(table, row);  // the header
    while (std::getline(table, row)) {
        const std::size_t tab = row.find('\t');
        if (tab == std::string::npos) continue;
        const std::string name = fs::path(row.substr(0, tab)).stem().string();
        lines[name] = std::stoi(row.substr(tab + 1));
    }
    return lines;
}

}  // namespace

TEST_CASE("every corpus input matches Argdown 1.7.5 or is rejected where it rejects it") {
    REQUIRE(fs::is_directory(kArgdownCorpus / "inputs"));
    int inputs = 0, matching = 0, rejected_correctly = 0, valid_without_reference = 0;
    for (const auto& entry : fs::directory_iterator(kArgdownCorpus / "inputs")) {
        ++inputs;
        const std::string name = entry.path().stem().string();
        warrant::LoadResult result = warrant::load_file(entry.path().string());
        const fs::path expected = kArgdownCorpus / "expected" / (name + ".canon.json");
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

TEST_CASE("every wild input matches Argdown 1.7.5 or is rejected with its first error on the reference's line") {
    const fs::path wild = kArgdownCorpus / "wild";
    REQUIRE(fs::is_directory(wild / "inputs"));
    const std::map<std::string, int> rejections = wild_rejections();
    int inputs = 0, matching = 0, rejected_correctly = 0;
    for (const auto& entry : fs::directory_iterator(wild / "inputs")) {
        ++inputs;
        const std::string name = entry.path().stem().string();
        warrant::LoadResult result = warrant::load_file(entry.path().string());
        if (auto error = rejections.find(name); error != rejections.end()) {
            CHECK_MESSAGE(first_error_line(result) == error->second, name);
            rejected_correctly += first_error_line(result) == error->second;
            continue;
        }
        CHECK_MESSAGE(!result.has_errors(), name);
        json mine = canon(json::parse(warrant::export_argdown_json(result.map)));
        json reference = json::parse(read(wild / "expected" / (name + ".canon.json")));
        CHECK_MESSAGE(mine == reference, name << "\nwarrant:   " << mine.dump() << "\nreference: " << reference.dump());
        matching += mine == reference;
    }
    MESSAGE("wild: " << matching << "/59 match, " << rejected_correctly << "/47 rejections on the reference's line");
    CHECK(inputs == 106);
    CHECK(rejections.size() == 47);
    CHECK(matching == 59);
    CHECK(rejected_correctly == 47);
}
