#include "formats/count_kinds.hpp"
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/formats.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace {

using warrant::testing::read_file;
const std::string kCdcp = warrant::testing::shared_dir() + "/corpora/cdcp";

std::vector<std::string> cdcp_files() {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(kCdcp))
        if (entry.path().string().ends_with(".ann.json")) files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

// One relation as the test reads it from the JSON: its source range and target, and as the
// graph holds it: "3 -> 5" for a plain support, "<reason 2>: 1 2 -> 5" for an argument.
std::string gold_relation(const nlohmann::json& relation, const std::string& kind, std::size_t n) {
    const int first = relation[0][0], last = relation[0][1], to = relation[1];
    if (first == last && kind == "reason") return std::to_string(first) + " -> " + std::to_string(to);
    std::string out = "<" + kind + " " + std::to_string(n) + ">:";
    for (int i = first; i <= last; ++i) out += " " + std::to_string(i);
    return out + " -> " + std::to_string(to);
}

std::multiset<std::string> graph_relations(const warrant::ArgumentMap& map) {
    using namespace warrant;
    std::multiset<std::string> out;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        const Node& node = map.node(v);
        if (node.kind != NodeKind::Argument) {
            for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map.graph)))
                if (map.graph[e].kind == EdgeKind::Support) out.insert(node.title + " -> " + map.node(boost::target(e, map.graph)).title);
            continue;
        }
        std::string relation = "<" + node.title + ">:", target;
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(v, map.graph)))
            if (map.graph[e].kind == EdgeKind::PremiseOf) relation += " " + map.node(boost::source(e, map.graph)).title;
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(v, map.graph)))
            if (map.graph[e].kind == EdgeKind::ConclusionOf) target = map.node(boost::target(e, map.graph)).title;
        out.insert(relation + " -> " + target);
    }
    return out;
}

const char* kSmallText = "We need rules. Fees hurt people. See https://x.";
const char* kSmall = R"({"evidences": [[[2, 2], 1]], "prop_labels": ["policy", "value", "reference"],
 "prop_offsets": [[0, 14], [15, 32], [33, 47]], "reasons": [[[1, 1], 0], [[1, 2], 0]], "url": {"2": "https://x."}})";

}  // namespace

TEST_SUITE("corpora") {

TEST_CASE("every CDCP comment imports with exactly its propositions, their texts and types, and its relations") {
    std::size_t comments = 0, propositions = 0, reasons = 0, evidences = 0, ranges = 0;
    std::map<std::string, std::size_t> types;
    for (const std::string& path : cdcp_files()) {
        ++comments;
        const warrant::LoadResult loaded = warrant::load_file(path);
        CHECK_MESSAGE(loaded.diagnostics.empty(), path);
        // The gold, read here without the engine.
        const nlohmann::json gold = nlohmann::json::parse(read_file(path));
        const std::string text = read_file(path.substr(0, path.size() - 9) + ".txt");  // all CDCP text is ASCII
        bool same = true;
        for (std::size_t i = 0; i < gold["prop_labels"].size(); ++i) {
            const auto vertex = loaded.map.find_statement(std::to_string(i));
            if (!vertex) { same = false; break; }
            const warrant::Node& node = loaded.map.node(*vertex);
            const std::size_t start = gold["prop_offsets"][i][0], end = gold["prop_offsets"][i][1];
            same = same && node.metadata.at("cdcp") == gold["prop_labels"][i] && node.metadata.at("start") == std::to_string(start) &&
                   node.metadata.at("end") == std::to_string(end) && node.texts == std::vector<std::string>{text.substr(start, end - start)};
            ++types[gold["prop_labels"][i]];
        }
        CHECK_MESSAGE(same, path);
        std::multiset<std::string> relations;
        for (const char* kind : {"reason", "evidence"}) {
            const nlohmann::json& list = gold[std::string(kind) + "s"];
            for (std::size_t n = 0; n < list.size(); ++n) {
                relations.insert(gold_relation(list[n], kind, n));
                ranges += list[n][0][0] != list[n][0][1];
            }
            (std::string(kind) == "reason" ? reasons : evidences) += list.size();
        }
        CHECK_MESSAGE(graph_relations(loaded.map) == relations, path);
        propositions += gold["prop_labels"].size();
    }
    CHECK(comments == 731);
    CHECK(propositions == 4932);
    CHECK(types == std::map<std::string, std::size_t>{{"fact", 786}, {"policy", 815}, {"reference", 32}, {"testimony", 1117}, {"value", 2182}});
    CHECK(reasons == 1172);
    CHECK(evidences == 49);
    CHECK(ranges == 119);
}

}  // TEST_SUITE("corpora")

TEST_CASE("a CDCP reason from one proposition is a support; a range and an evidence are arguments") {
    const warrant::LoadResult loaded = warrant::read_cdcp(kSmall, std::string(kSmallText), "x.ann.json");
    CHECK(loaded.diagnostics.empty());
    const warrant::Node& policy = loaded.map.node(*loaded.map.find_statement("0"));
    CHECK(policy.texts == std::vector<std::string>{"We need rules."});
    CHECK(policy.metadata == std::map<std::string, std::string>{{"cdcp", "policy"}, {"start", "0"}, {"end", "14"}});
    CHECK(loaded.map.node(*loaded.map.find_statement("2")).metadata.at("url") == "https://x.");
    CHECK(warrant::test::describe_edges(loaded.map) ==
          std::vector<std::string>{"1 -support-> 0", "1 -premise-of-> <reason 1>", "2 -premise-of-> <reason 1>",
                                   "<reason 1> -conclusion-of-> 0", "2 -premise-of-> <evidence 0>", "<evidence 0> -conclusion-of-> 1"});
    const warrant::Node& evidence = loaded.map.node(*loaded.map.find_argument("evidence 0"));
    CHECK(evidence.metadata.at("cdcp") == "evidence");
    REQUIRE(evidence.pcs.size() == 2);
    CHECK(evidence.pcs[1].role == warrant::PcsMember::Role::MainConclusion);
    // Propositions point at their offsets in the .ann.json, relations at their entry.
    CHECK(policy.span.line == 2);
    CHECK(policy.span.column == 19);
    CHECK(policy.span.end_column == 26);
}

TEST_CASE("a CDCP proposition keeps its type through Argdown") {
    const warrant::LoadResult loaded = warrant::read_cdcp(kSmall, std::string(kSmallText), "x.ann.json");
    const warrant::LoadResult back = warrant::parse_argdown(warrant::export_argdown(loaded.map), "back.argdown");
    CHECK(!back.has_errors());
    CHECK(back.map.node(*back.map.find_statement("1")).metadata.at("cdcp") == "value");
    CHECK(warrant::test::count_kinds(back.map) == warrant::test::count_kinds(loaded.map));
}

TEST_CASE("malformed CDCP JSON is one error at its line and column") {
    const warrant::LoadResult loaded = warrant::read_cdcp("{\"prop_labels\": [\"value\",\n  ]}", std::string("x"), "x.ann.json");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "E036");
    CHECK(loaded.diagnostics[0].message.starts_with("malformed JSON"));
    CHECK(loaded.diagnostics[0].span.line == 2);
    CHECK(loaded.diagnostics[0].span.column == 3);
    CHECK(loaded.has_errors());
}

TEST_CASE("a CDCP offset past the text is an error at its entry and the other propositions still load") {
    const warrant::LoadResult loaded = warrant::read_cdcp(
        R"({"prop_labels": ["value", "fact"], "prop_offsets": [[0, 3], [3, 99]], "reasons": [[[1, 1], 0]]})",
        std::string("abc def"), "x.ann.json");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "E036");
    CHECK(loaded.diagnostics[0].message == "offsets [3, 99] of proposition 1 are past the end of the text (7 code points)");
    CHECK(loaded.diagnostics[0].span.column == 61);  // the entry [3, 99]
    CHECK(loaded.map.node(*loaded.map.find_statement("0")).texts == std::vector<std::string>{"abc"});
    CHECK(loaded.map.edge_count() == 1);
}

TEST_CASE("CDCP relations that cannot be placed, and unknown types, are reported at their entry") {
    const warrant::LoadResult loaded = warrant::read_cdcp(
        R"({"prop_labels": ["value", "opinion"], "prop_offsets": [[0, 1], [1, 2]], "reasons": [[[1, 1], 7], [1, 0]], "evidences": [[[1, 0], 0]]})",
        std::string("ab"), "x.ann.json");
    std::vector<std::string> messages;
    for (const warrant::Diagnostic& d : loaded.diagnostics) messages.push_back(d.code + " " + std::to_string(d.span.column) + " " + d.message);
    CHECK(messages == std::vector<std::string>{
                          "W036 64 unknown proposition type 'opinion' of proposition 1; read as a claim",
                          "E036 85 reason 0 names proposition 7, which this file does not have",
                          "E036 98 malformed reason 1: expected [[first, last], to], got [1,0]",
                          "E036 121 evidence 0 runs from proposition 1 back to 0",
                      });
    CHECK(loaded.map.edge_count() == 0);
}

TEST_CASE("a CDCP file without its .txt is an error, and check exits non-zero") {
    const warrant::LoadResult loaded = warrant::read_cdcp(kSmall, std::nullopt, "x.ann.json");
    REQUIRE(!loaded.diagnostics.empty());
    CHECK(loaded.diagnostics[0].code == "E036");
    CHECK(loaded.diagnostics[0].span.line == 1);
    CHECK(loaded.diagnostics[0].span.column == 1);
    CHECK(loaded.map.node_count() == 5);  // the structure is read all the same: every finding at once

    warrant::testing::TempDir dir;
    const std::string path = dir.write("00001.ann.json", kSmall);
    const auto run = warrant::testing::run_warrant({"check", path});
    CHECK(run.exit_code == 1);
    CHECK(run.out.find(path + ":1:1: error[E036]: no .txt beside") != std::string::npos);
}

TEST_CASE("a .ann.json is CDCP by its name, beside its .txt, and --from cdcp reads any name") {
    CHECK(warrant::input_format_for_path("a/00001.ann.json") == warrant::InputFormat::Cdcp);
    CHECK(warrant::input_format_for_path("a/nodeset1.json") == warrant::InputFormat::Aif);
    CHECK(warrant::input_format_from_string("cdcp") == warrant::InputFormat::Cdcp);
    warrant::testing::TempDir dir;
    dir.write("00001.txt", kSmallText);
    const warrant::LoadResult loaded = warrant::load_file(dir.write("00001.ann.json", kSmall));
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.map.node(*loaded.map.find_statement("1")).texts == std::vector<std::string>{"Fees hurt people."});
    dir.write("comment.txt", kSmallText);
    const auto run = warrant::testing::run_warrant(
        {"convert", "--from", "cdcp", dir.write("comment.json", kSmall), "--to", "json", "-o", dir.file("out.json")});
    CHECK(run.exit_code == 0);
    CHECK(nlohmann::json::parse(read_file(dir.file("out.json")))["nodes"][0]["metadata"]["cdcp"] == "policy");
}

TEST_CASE("export --format json writes a CDCP comment's propositions with their types and its reasons") {
    const auto run = warrant::testing::run_warrant({"export", kCdcp + "/test/00194.ann.json", "--format", "json"});
    CHECK(run.exit_code == 0);
    const nlohmann::json graph = nlohmann::json::parse(run.out);
    std::vector<std::string> types;
    for (const auto& node : graph["nodes"]) types.push_back(node["metadata"]["cdcp"]);
    CHECK(types == std::vector<std::string>{"fact", "value", "policy"});
    REQUIRE(graph["edges"].size() == 1);  // reasons: [[[1, 1], 2]]
    CHECK(graph["edges"][0]["kind"] == "support");
    CHECK(graph["edges"][0]["from"] == 1);
    CHECK(graph["edges"][0]["to"] == 2);
}

TEST_CASE("reversed or non-numeric CDCP offsets are errors that name the proposition") {
    const warrant::LoadResult loaded = warrant::read_cdcp(
        R"({"prop_labels": ["value", "fact"], "prop_offsets": [[3, 1], [0, "x"]]})", std::string("abc"), "x.ann.json");
    REQUIRE(loaded.diagnostics.size() == 2);
    CHECK(loaded.diagnostics[0].message == "offsets [3, 1] of proposition 0 are reversed");
    CHECK(loaded.diagnostics[1].message == "malformed offsets of proposition 1: expected [start, end], got [0,\"x\"]");
    CHECK(loaded.map.node_count() == 2);
}

TEST_CASE("render shows a CDCP proposition's type in its tooltip") {
    warrant::testing::TempDir dir;
    const auto run = warrant::testing::run_warrant({"render", kCdcp + "/test/00194.ann.json", "--format", "svg", "-o", dir.file("map.svg")});
    CHECK(run.exit_code == 0);
    const std::string svg = read_file(dir.file("map.svg"));
    CHECK(svg.find("(cdcp: fact)") != std::string::npos);
    CHECK(svg.find("(cdcp: policy)") != std::string::npos);
}
