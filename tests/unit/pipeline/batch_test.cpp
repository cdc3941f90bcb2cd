#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/batch.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <stdexcept>

namespace {

namespace fs = std::filesystem;
using warrant::testing::TempDir;

const std::string kAif = R"({"nodes":[{"nodeID":"1","text":"a","type":"I"}],"edges":[]})";

}  // namespace

TEST_CASE("a directory expands recursively to its maps of known extensions, sorted") {
    TempDir dir;
    dir.write("b.json", kAif);
    fs::create_directories(dir.file("a"));
    dir.write("a/z.xml", "<arggraph/>");
    dir.write("a/notes.txt", "not a map");
    dir.write("c.argdown", "[A]: a");
    std::vector<warrant::Diagnostic> problems;
    auto files = warrant::expand_inputs({dir.path(), "given.txt"}, problems);
    CHECK(problems.empty());
    CHECK(files == std::vector<std::string>{dir.file("a/z.xml"), dir.file("b.json"),
                                            dir.file("c.argdown"), "given.txt"});
}

TEST_CASE("a corpus folder gives its maps, not the SOURCES.md beside them; a folder of Argdown keeps its .md") {
    TempDir corpus, notes;
    corpus.write("SOURCES.md", "# Where this corpus comes from\n");
    corpus.write("nodeset1.json", kAif);
    corpus.write("given.md", "[A]: a");
    corpus.write("map.argdown", "[A]: a");
    notes.write("a.md", "[A]: a");
    notes.write("b.argdown", "[B]: b");
    std::vector<warrant::Diagnostic> problems;
    CHECK(warrant::expand_inputs({corpus.path(), notes.path(), corpus.file("given.md")}, problems) ==
          std::vector<std::string>{corpus.file("map.argdown"), corpus.file("nodeset1.json"), notes.file("a.md"),
                                   notes.file("b.argdown"), corpus.file("given.md")});
    // --from: only that format's files.
    CHECK(warrant::expand_inputs({corpus.path()}, problems, warrant::InputFormat::Aif) ==
          std::vector<std::string>{corpus.file("nodeset1.json")});
    CHECK(warrant::expand_inputs({corpus.path()}, problems, warrant::InputFormat::Argdown) ==
          std::vector<std::string>{corpus.file("SOURCES.md"), corpus.file("given.md"), corpus.file("map.argdown")});
    CHECK(problems.empty());
}

TEST_CASE("check over a real corpus folder reads its maps and not its SOURCES.md") {
    const std::string corpora = warrant::testing::shared_dir() + "/corpora/";
    const auto dialam = warrant::testing::run_warrant({"check", corpora + "dialam2024-test-aif", "--jobs", "2"});
    CHECK(dialam.out.find("SOURCES.md") == std::string::npos);
    CHECK(dialam.out.find(" 0 errors; ") != std::string::npos);
    CHECK(dialam.exit_code == 0);
    const auto cdcp = warrant::testing::run_warrant({"check", corpora + "cdcp", "--jobs", "2"});
    CHECK(cdcp.out.find("SOURCES.md") == std::string::npos);
    CHECK(cdcp.out.find("error[") == std::string::npos);
    CHECK(cdcp.out.ends_with("4932 warnings, 0 errors; 0/4932 claims grounded\n"));  // a warning per proposition
    CHECK(cdcp.exit_code == 0);
    const auto test_split = warrant::testing::run_warrant({"check", corpora + "cdcp/test", "--from", "cdcp", "--jobs", "2"});
    CHECK(test_split.out.ends_with("1026 warnings, 0 errors; 0/1026 claims grounded\n"));
    CHECK(test_split.exit_code == 0);
}

TEST_CASE("batch results come back in input order on two jobs and a bad file is one more result") {
    TempDir dir;
    std::vector<std::string> files;
    for (int i = 0; i < 20; ++i) files.push_back(dir.write("m" + std::to_string(100 + i) + ".json", kAif));
    files.insert(files.begin() + 7, dir.write("broken.json", "{"));
    files.push_back(dir.file("missing.json"));
    warrant::BatchOptions options;
    options.jobs = 2;
    auto results = warrant::run_batch(files, options, [](warrant::BatchResult& r) { r.output = r.loaded.map.file; });
    REQUIRE(results.size() == 22);
    for (std::size_t i = 0; i < results.size(); ++i) CHECK(results[i].file == files[i]);
    CHECK(results[0].output == files[0]);
    CHECK(results[7].outcome == warrant::FileOutcome::InputErrors);
    CHECK(results[7].output.empty());
    CHECK(results[21].outcome == warrant::FileOutcome::IoFailed);
    CHECK(warrant::worst_outcome(results) == warrant::FileOutcome::IoFailed);
}

TEST_CASE("a step that throws fails its file as I/O and gives an E000 diagnostic") {
    TempDir dir;
    auto results = warrant::run_batch({dir.write("a.json", kAif)}, {}, [](warrant::BatchResult&) {
        throw std::runtime_error("disk full");
    });
    REQUIRE(results[0].diagnostics.size() == 1);
    CHECK(results[0].diagnostics[0].code == "E000");
    CHECK(results[0].diagnostics[0].message == "disk full");
    CHECK(results[0].outcome == warrant::FileOutcome::IoFailed);
}

TEST_CASE("a forced input format overrides the extension") {
    TempDir dir;
    warrant::BatchOptions options;
    options.format = warrant::InputFormat::Aif;
    auto results = warrant::run_batch({dir.write("a.txt", kAif)}, options, nullptr);
    CHECK(results[0].outcome == warrant::FileOutcome::Ok);
    CHECK(results[0].loaded.map.node_count() == 1);
}

TEST_CASE("a batch record says file, ok, diagnostics and graph on one line") {
    TempDir dir;
    auto results = warrant::run_batch({dir.write("a.json", kAif), dir.write("b.json", "[1,")}, {}, nullptr);
    const std::string good = warrant::batch_record_json(results[0]);
    CHECK(good.back() == '\n');
    CHECK(std::count(good.begin(), good.end(), '\n') == 1);
    auto record = nlohmann::json::parse(good);
    CHECK(record["ok"] == true);
    CHECK(record["graph"]["nodes"][0]["texts"][0] == "a");
    auto bad = nlohmann::json::parse(warrant::batch_record_json(results[1]));
    CHECK(bad["ok"] == false);
    CHECK(bad["graph"].is_null());
    CHECK(bad["diagnostics"][0]["code"] == "E031");
    CHECK(bad["diagnostics"][0]["line"] == 1);
}
