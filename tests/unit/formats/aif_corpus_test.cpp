// The whole of QT30 (1478 nodesets) and the DialAM-2024 test maps, both ways: AIF -> AIF and
// AIF -> Argdown must give back the graph AIF gave, and AIF -> AIF every node and edge with its
// id. In the "corpora" suite, which ctest runs as its own test.
#include "formats/count_kinds.hpp"
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/analysis.hpp"
#include "warrant/formats.hpp"
#include "warrant/schemes.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace {

using warrant::testing::read_file;

using warrant::test::count_kinds;

const std::string kCorporaDir = warrant::testing::shared_dir() + "/corpora/";

std::vector<std::string> json_files(const std::string& folder) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(kCorporaDir + folder))
        if (entry.path().extension() == ".json") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

bool has_errors(const warrant::LoadResult& loaded) {
    return std::any_of(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                       [](const warrant::Diagnostic& d) { return d.severity == warrant::Severity::Error; });
}

std::string id_of(const nlohmann::json& id) { return id.is_string() ? id.get<std::string>() : id.dump(); }

// Every node as "id type text" and every edge as "edgeID from to": what must come back.
std::multiset<std::string> elements(const std::string& text) {
    nlohmann::json document = nlohmann::json::parse(text);
    if (document.contains("AIF")) document = nlohmann::json(document["AIF"]);
    std::multiset<std::string> out;
    for (const auto& node : document["nodes"])
        out.insert(id_of(node["nodeID"]) + " " + node.value("type", "") + " " + node.value("text", ""));
    for (const auto& edge : document["edges"])
        out.insert(id_of(edge.value("edgeID", nlohmann::json())) + " " + id_of(edge["fromID"]) + " " + id_of(edge["toID"]));
    return out;
}

struct RoundTrips {
    int files = 0;
    std::vector<std::string> aif_elements_lost, aif_graph_changed, argdown_graph_changed, unloadable;
};

RoundTrips round_trip(const std::vector<std::string>& files) {
    RoundTrips result;
    for (const std::string& path : files) {
        ++result.files;
        const std::string original = read_file(path);
        const warrant::LoadResult loaded = warrant::read_aif(original, path);
        const auto kinds = count_kinds(loaded.map);
        const std::string aif = warrant::export_aif(loaded.map);
        const warrant::LoadResult from_aif = warrant::read_aif(aif, path);
        if (has_errors(from_aif)) result.unloadable.push_back(path);
        if (count_kinds(from_aif.map) != kinds) result.aif_graph_changed.push_back(path);
        if (elements(aif) != elements(original)) result.aif_elements_lost.push_back(path);
        const warrant::LoadResult from_argdown = warrant::parse_argdown(warrant::export_argdown(loaded.map), path);
        if (has_errors(from_argdown) || count_kinds(from_argdown.map) != kinds) result.argdown_graph_changed.push_back(path);
    }
    return result;
}

std::string first_of(const std::vector<std::string>& paths) { return paths.empty() ? "" : paths.front(); }

// `merged` is how many files may come back from Argdown with another graph.
void check_round_trips(const RoundTrips& trips, std::size_t merged) {
    CHECK_MESSAGE(trips.unloadable.empty(), first_of(trips.unloadable));
    CHECK_MESSAGE(trips.aif_graph_changed.empty(), first_of(trips.aif_graph_changed));
    CHECK_MESSAGE(trips.aif_elements_lost.empty(), first_of(trips.aif_elements_lost));
    CHECK_MESSAGE(trips.argdown_graph_changed.size() == merged, first_of(trips.argdown_graph_changed));
}

}  // namespace

TEST_SUITE("corpora") {

TEST_CASE("every QT30 nodeset comes back whole from AIF -> AIF and as the same graph from AIF -> Argdown") {
    const RoundTrips trips = round_trip(json_files("qt30"));
    CHECK(trips.files == 1478);
    // Among them: relations annotated twice (two S-nodes, same premise and conclusion; nodeset19761
    // joins one pair six times), a support beside an entailment of the same pair (21681, 25510),
    // and an AIF text "they = government?" inside the kept document (23515).
    check_round_trips(trips, 0);
}

TEST_CASE("the DialAM-2024 test maps come back whole from AIF -> AIF and as the same graph from AIF -> Argdown") {
    const RoundTrips trips = round_trip(json_files("dialam2024-test-aif"));
    CHECK(trips.files == 11);
    check_round_trips(trips, 0);
}

TEST_CASE("QT30's checks know AIF: rephrases are no circle, default schemes are known, dropped S-nodes are named") {
    std::map<std::string, int> codes;
    std::vector<std::string> cycles;
    for (const std::string& path : json_files("qt30")) {
        const warrant::LoadResult loaded = warrant::load_file(path);
        for (const warrant::Diagnostic& d : loaded.diagnostics) ++codes[d.code];
        for (const warrant::Diagnostic& d : warrant::critical_question_findings(loaded.map)) ++codes[d.code];
        std::vector<warrant::Diagnostic> circular;
        warrant::check_circular_support(loaded.map, circular);
        for (const warrant::Diagnostic& d : circular) cycles.push_back(std::filesystem::path(path).filename().string() + ": " + d.message);
    }
    CHECK(codes["W190"] == 0);
    // 15 RAs and 8 CAs whose premise is not an I-node (nodeset18497's RA 554222: an L-node),
    // and 34 MAs.
    CHECK(codes["W033"] == 57);
    // One cycle of inferences, and three RAs whose premise is their own conclusion.
    CHECK(cycles == std::vector<std::string>{
                        "nodeset19761.json: circular support: [632747] -> [632783] -> [632747] (3 more in the same "
                        "circle: [632760], [632772] and [632787])",
                        "nodeset24903.json: [712427] supports itself", "nodeset25936.json: [591648] supports itself",
                        "nodeset25937.json: [591648] supports itself"});
}

}  // TEST_SUITE("corpora")
