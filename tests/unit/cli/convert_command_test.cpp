#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

namespace {

using warrant::testing::read_file;
using warrant::testing::run_warrant;
using warrant::testing::TempDir;

const std::string kMicrotexts = warrant::testing::shared_dir() + "/corpora/microtexts/en/";
const std::string kAifData = warrant::testing::source_dir() + "/tests/data/aif/";

}  // namespace

TEST_CASE("convert writes one file per input into --out-dir, named after the input") {
    TempDir out;
    auto run = run_warrant({"convert", kMicrotexts + "micro_b001.xml", kAifData + "undercut_aifdb.json", "--to", "aif",
                            "--jobs", "2", "--out-dir", out.path()});
    CHECK(run.exit_code == 0);
    CHECK(run.err.empty());
    auto micro = nlohmann::json::parse(read_file(out.file("micro_b001.aif.json")));
    std::string types;
    for (const auto& node : micro["nodes"]) types += node["type"].get<std::string>() + " ";
    // 5 ADUs, the rebuttal <c1> and undercut <c3> as CA nodes, the plain support a2 -> a1 as an RA.
    CHECK(types == "I I I I I CA CA RA ");
    CHECK(std::filesystem::exists(out.file("undercut_aifdb.aif.json")));
}

TEST_CASE("convert --from forces the reader and -o writes a single output") {
    TempDir out;
    const std::string input = out.write("map.txt", read_file(kAifData + "ova3_wrapped.json"));
    auto run = run_warrant({"convert", input, "--from", "aif", "--to", "graphml", "-o", out.file("map.graphml")});
    CHECK(run.exit_code == 0);
    CHECK(read_file(out.file("map.graphml")).find("<data key=\"key0\">claim</data>") != std::string::npos);
}

TEST_CASE("convert exits with the worst file's code and still converts the good ones") {
    TempDir out;
    auto bad = run_warrant({"convert", kAifData + "malformed.json", kAifData + "ova3_wrapped.json", "--to", "argdown",
                            "--out-dir", out.path()});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("/tests/data/aif/malformed.json:2:44: error[E031]: malformed JSON") != std::string::npos);
    CHECK(std::filesystem::exists(out.file("ova3_wrapped.argdown")));
    CHECK_FALSE(std::filesystem::exists(out.file("malformed.argdown")));
    auto missing = run_warrant({"convert", kAifData + "ova3_wrapped.json", out.file("missing.xml"), "--to", "json",
                                "--out-dir", out.path()});
    CHECK(missing.exit_code == 2);
}

TEST_CASE("convert refuses several inputs without --out-dir and an unknown format") {
    CHECK(run_warrant({"convert", kAifData + "ova3_wrapped.json", kAifData + "undercut_aifdb.json", "--to", "json"})
              .exit_code == 2);
    CHECK(run_warrant({"convert", kAifData + "ova3_wrapped.json", "--to", "pdf"}).exit_code == 2);
    CHECK(run_warrant({"convert", kAifData + "ova3_wrapped.json", "--from", "yaml", "--to", "json"}).exit_code == 2);
}

TEST_CASE("export --format jsonl writes one line per file of a directory, in sorted order") {
    auto run = run_warrant({"export", "--format", "jsonl", "--jobs", "2", kAifData});
    CHECK(run.exit_code == 1);
    std::istringstream lines(run.out);
    std::vector<std::string> files;
    std::vector<bool> ok;
    for (std::string line; std::getline(lines, line);) {
        auto record = nlohmann::json::parse(line);
        files.push_back(std::filesystem::path(record["file"].get<std::string>()).filename().string());
        ok.push_back(record["ok"].get<bool>());
    }
    CHECK(files == std::vector<std::string>{"linked_and_dialogue.json", "malformed.json", "ova3_wrapped.json",
                                            "undercut_aifdb.json"});
    CHECK(ok == std::vector<bool>{true, false, true, true});
}
