#include "support/source_tree.hpp"
#include "warrant/analysis.hpp"
#include "warrant/formats.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

namespace {

const std::string kBratCorpora = warrant::testing::shared_dir() + "/corpora";

// The gold of one .ann, read here without the engine: components (id, type, start, end),
// relations (from, to, type) with the line they are on, stances (claim, For|Against).
struct Gold {
    std::set<std::tuple<std::string, std::string, std::string, std::string>> components;
    std::set<std::tuple<std::string, std::string, std::string>> relations;
    std::map<int, std::string> relation_lines;  // line -> "T4 T3 supports"
    std::map<std::string, std::string> stances;
    std::size_t relation_count = 0, major_claims = 0;
};

Gold read_gold(const std::string& path) {
    Gold gold;
    std::ifstream in(path);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        std::istringstream fields(line);
        std::string id, type, a, b, c;
        fields >> id >> type >> a >> b;
        if (id.starts_with("T")) {
            gold.components.insert({id, type, a, b});
            gold.major_claims += type == "MajorClaim";
        } else if (id.starts_with("R")) {
            gold.relations.insert({a.substr(5), b.substr(5), type});
            gold.relation_lines[number] = a.substr(5) + " " + b.substr(5) + " " + type;
            ++gold.relation_count;
        } else if (id.starts_with("A")) {
            gold.stances[a] = b;
        }
    }
    return gold;
}

std::string gold_kind(const std::string& type) {
    return type == "supports" || type == "Support" ? "support" : "attack";
}

// Compares one imported file with its gold; returns what differs, empty when all agrees.
std::string compare(const warrant::LoadResult& loaded, const Gold& gold) {
    using namespace warrant;
    const Graph& graph = loaded.map.graph;
    std::set<std::tuple<std::string, std::string, std::string, std::string>> components;
    std::size_t theses = 0;
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
        const Node& node = graph[v];
        theses += node.kind == NodeKind::Thesis;
        components.insert({node.title, node.metadata.at("brat"), node.metadata.at("start"), node.metadata.at("end")});
        if (auto stance = gold.stances.find(node.title); stance != gold.stances.end() && node.metadata.at("stance") != stance->second)
            return node.title + " lost its stance";
    }
    if (components != gold.components) return "components differ";
    if (theses != (gold.major_claims > 0 ? 1u : 0u)) return "not one thesis";
    std::size_t relations = 0;
    for (EdgeId e : boost::make_iterator_range(boost::edges(graph))) {
        auto line = gold.relation_lines.find(graph[e].span.line);
        if (line == gold.relation_lines.end()) continue;
        std::istringstream fields(line->second);
        std::string from, to, type;
        fields >> from >> to >> type;
        if (graph[boost::source(e, graph)].title != from || graph[boost::target(e, graph)].title != to ||
            to_string(graph[e].kind) != gold_kind(type))
            return "relation on line " + std::to_string(graph[e].span.line) + " differs";
        ++relations;
    }
    if (relations != gold.relation_count) return "relations differ";
    // The rest joins claims to the thesis: one edge per stance, one per further major claim.
    const std::size_t joins = gold.major_claims > 0 ? gold.stances.size() + gold.major_claims - 1 : 0;
    if (loaded.map.edge_count() != gold.relation_count + joins) return "unexpected edges";
    return {};
}

std::vector<std::string> ann_files(const std::string& folder) {
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.path().extension() == ".ann") files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("every AAE2 essay imports with exactly the gold components, relations and stances of its .ann") {
    std::size_t essays = 0, components = 0, relations = 0;
    for (const std::string& path : ann_files(kBratCorpora + "/aae2-essays")) {
        ++essays;
        const warrant::LoadResult loaded = warrant::load_file(path);
        const Gold gold = read_gold(path);
        CHECK_MESSAGE(loaded.diagnostics.empty(), path);
        CHECK_MESSAGE(compare(loaded, gold) == "", path);
        components += gold.components.size();
        relations += gold.relation_count;
    }
    CHECK(essays == 402);
    CHECK(components == 6089);  // as SOURCES.md counts them
    CHECK(relations == 3832);
}

TEST_CASE("an essay with two major claims has one thesis and no E101") {
    const warrant::LoadResult loaded = warrant::load_file(kBratCorpora + "/aae2-essays/train/essay001.ann");
    const warrant::CheckReport report = warrant::check_loaded(loaded);
    for (const warrant::Diagnostic& d : report.findings) CHECK(d.code != "E101");
    const warrant::Node& t1 = loaded.map.node(*loaded.map.find_statement("T1"));
    CHECK(t1.kind == warrant::NodeKind::Thesis);
    CHECK(t1.texts == std::vector<std::string>{"we should attach more importance to cooperation during primary education"});
    CHECK(t1.span.line == 1);
    const warrant::Node& t2 = loaded.map.node(*loaded.map.find_statement("T2"));
    CHECK(t2.kind == warrant::NodeKind::Claim);
    CHECK(t2.metadata.at("brat") == "MajorClaim");
}

TEST_CASE("every AbstRCT abstract loads, its Partial-Attack as an attack") {
    std::size_t files = 0, attacks = 0, supports = 0;
    for (const std::string& path : ann_files(kBratCorpora + "/abstrct")) {
        ++files;
        const warrant::LoadResult loaded = warrant::load_file(path);
        CHECK_MESSAGE(!loaded.has_errors(), path);
        CHECK_MESSAGE(compare(loaded, read_gold(path)) == "", path);
        for (warrant::EdgeId e : boost::make_iterator_range(boost::edges(loaded.map.graph))) {
            const warrant::Edge& edge = loaded.map.graph[e];
            attacks += edge.kind == warrant::EdgeKind::Attack;
            supports += edge.kind == warrant::EdgeKind::Support;
        }
    }
    CHECK(files == 800);
    CHECK(attacks == 86 + 329);  // AbstRCT has no stance: every attack is an R line
}

TEST_CASE("code-point offsets pick the text after a multibyte character") {
    const warrant::LoadResult loaded =
        warrant::read_brat("T1\tClaim 2 5\tabc\n", std::string("é abc"), "x.ann");
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.map.node(*loaded.map.find_statement("T1")).texts == std::vector<std::string>{"abc"});
}

TEST_CASE("a malformed brat line and a dangling relation are errors with their line") {
    const warrant::LoadResult loaded =
        warrant::read_brat("T1\tClaim x 5\tabc\nR1\tsupports Arg1:T9 Arg2:T1\n#1\tAnnotatorNotes T1\tnote\n", std::string("abcdef"), "x.ann");
    REQUIRE(loaded.diagnostics.size() == 4);
    CHECK(loaded.diagnostics[0].code == "E035");
    CHECK(loaded.diagnostics[0].span.line == 1);
    CHECK(loaded.diagnostics[1].code == "W035");
    CHECK(loaded.diagnostics[1].span.line == 3);
}

TEST_CASE("a .ann without its .txt keeps the annotated texts and says so") {
    const warrant::LoadResult loaded = warrant::read_brat("T1\tPremise 0 3\tabc\n", std::nullopt, "x.ann");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].code == "W035");
    CHECK(loaded.map.node(*loaded.map.find_statement("T1")).texts == std::vector<std::string>{"abc"});
}
