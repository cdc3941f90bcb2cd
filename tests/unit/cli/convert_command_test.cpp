#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>

namespace {

namespace fs = std::filesystem;

const std::string kMicrotexts = WARRANT_SOURCE_DIR "/../shared/corpora/microtexts/en/";
const std::string kAifData = WARRANT_SOURCE_DIR "/tests/data/aif/";

int run(const std::string& arguments) {
    const int status = std::system((std::string(WARRANT_BINARY) + " " + arguments + " 2>/dev/null").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string read(const fs::path& path) {
    std::ostringstream text;
    text << std::ifstream(path).rdbuf();
    return text.str();
}

fs::path fresh_directory(const std::string& name) {
    fs::path path = fs::temp_directory_path() / name;
    fs::remove_all(path);
    fs::create_directories(path);
    return path;
}

}  // namespace

TEST_CASE("convert writes one file per input into --out-dir, named after the input") {
    fs::path out = fresh_directory("warrant_convert_outdir");
    CHECK(run("convert " + kMicrotexts + "micro_b001.xml " + kAifData + "undercut_aifdb.json --to aif --jobs 2 --out-dir " +
              out.string()) == 0);
    auto micro = nlohmann::json::parse(read(out / "micro_b001.aif.json"));
    std::string types;
    for (const auto& node : micro["nodes"]) types += node["type"].get<std::string>() + " ";
    // 5 ADUs, the rebuttal <c1> and undercut <c3> as CA nodes, the plain support a2 -> a1 as an RA.
    CHECK(types == "I I I I I CA CA RA ");
    CHECK(fs::exists(out / "undercut_aifdb.aif.json"));
    fs::remove_all(out);
}

TEST_CASE("convert --from forces the reader and -o writes a single output") {
    fs::path out = fresh_directory("warrant_convert_from");
    fs::copy_file(kAifData + "ova3_wrapped.json", out / "map.txt");
    CHECK(run("convert " + (out / "map.txt").string() + " --from aif --to graphml -o " + (out / "map.graphml").string()) == 0);
    CHECK(read(out / "map.graphml").find("<data key=\"key0\">claim</data>") != std::string::npos);
    fs::remove_all(out);
}

TEST_CASE("convert exits with the worst file's code and still converts the good ones") {
    fs::path out = fresh_directory("warrant_convert_worst");
    CHECK(run("convert " + kAifData + "malformed.json " + kAifData + "ova3_wrapped.json --to argdown --out-dir " +
              out.string()) == 1);
    CHECK(fs::exists(out / "ova3_wrapped.argdown"));
    CHECK_FALSE(fs::exists(out / "malformed.argdown"));
    CHECK(run("convert " + kAifData + "ova3_wrapped.json " + (out / "missing.xml").string() + " --to json --out-dir " +
              out.string()) == 2);
    fs::remove_all(out);
}

TEST_CASE("convert refuses several inputs without --out-dir and an unknown format") {
    CHECK(run("convert " + kAifData + "ova3_wrapped.json " + kAifData + "undercut_aifdb.json --to json") == 2);
    CHECK(run("convert " + kAifData + "ova3_wrapped.json --to pdf") == 2);
    CHECK(run("convert " + kAifData + "ova3_wrapped.json --from yaml --to json") == 2);
}

TEST_CASE("export --format jsonl writes one line per file of a directory, in sorted order") {
    fs::path out = fresh_directory("warrant_export_jsonl");
    CHECK(run("export --format jsonl --jobs 2 " + kAifData + " -o " + (out / "all.jsonl").string()) == 1);
    std::istringstream lines(read(out / "all.jsonl"));
    std::vector<std::string> files;
    std::vector<bool> ok;
    for (std::string line; std::getline(lines, line);) {
        auto record = nlohmann::json::parse(line);
        files.push_back(fs::path(record["file"].get<std::string>()).filename().string());
        ok.push_back(record["ok"].get<bool>());
    }
    CHECK(files == std::vector<std::string>{"linked_and_dialogue.json", "malformed.json", "ova3_wrapped.json",
                                            "undercut_aifdb.json"});
    CHECK(ok == std::vector<bool>{true, false, true, true});
    fs::remove_all(out);
}
