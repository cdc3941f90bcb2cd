#include "formats/count_kinds.hpp"
#include "support/source_tree.hpp"
#include "warrant/formats.hpp"
#include "warrant/parse.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

namespace {

// Everything a reader of the graph can see except spans (the text moved).
std::string canonical(const warrant::ArgumentMap& map) {
    std::ostringstream out;
    std::vector<std::string> nodes;
    for (warrant::Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        const warrant::Node& n = map.graph[v];
        std::ostringstream node;
        node << to_string(n.kind) << " " << n.title << " pole=" << n.pole << " source=" << n.source << " page=" << n.page
             << " assumption=" << n.assumption << " section=" << n.section << " texts=";
        for (const auto& text : n.texts) node << "|" << text;
        node << " metadata=";
        for (const auto& [key, value] : n.metadata) node << key << ":" << value << ";";
        node << " pcs=";
        for (const auto& member : n.pcs) {
            node << to_string(member.role) << ":" << member.title << ":";
            for (const auto& rule : member.inference_rules) node << rule << ",";
            for (const auto& [key, value] : member.inference_metadata) node << key << "=" << value << ",";
            node << ";";
        }
        nodes.push_back(node.str());
    }
    std::sort(nodes.begin(), nodes.end());
    std::vector<std::string> edges = warrant::test::describe_edges(map);
    // Which inference of an argument an undercut hits.
    for (warrant::EdgeId e : boost::make_iterator_range(boost::edges(map.graph)))
        if (map.graph[e].inference >= 0)
            edges.push_back(map.graph[boost::source(e, map.graph)].title + " undercuts " +
                            map.graph[boost::target(e, map.graph)].title + " at " + std::to_string(map.graph[e].inference));
    std::sort(edges.begin(), edges.end());
    for (const auto& line : nodes) out << line << "\n";
    for (const auto& line : edges) out << line << "\n";
    for (const auto& s : map.sections) out << "section " << s.id << " " << s.level << " " << s.title << " " << s.parent << "\n";
    for (const auto& pole : map.poles) out << "pole " << pole << "\n";
    for (const auto& source : map.sources) out << "source " << source.key << " " << source.author << " " << source.work << " " << source.year << "\n";
    return out.str();
}

std::vector<std::string> round_trip_inputs() {
    std::vector<std::string> files{warrant::testing::source_dir() + "/graphs/ustopia.argdown"};
    for (const auto& entry : std::filesystem::directory_iterator(warrant::testing::shared_dir() + "/argdown-corpus/inputs"))
        files.push_back(entry.path().string());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("Argdown parsed, written and parsed again gives the same graph") {
    int checked = 0;
    for (const std::string& file : round_trip_inputs()) {
        warrant::LoadResult first = warrant::load_file(file);
        if (first.has_errors()) continue;  // inputs the reference rejects too
        const std::string written = warrant::export_argdown(first.map);
        warrant::LoadResult second = warrant::parse_argdown(written, "written.argdown");
        CHECK_MESSAGE(!second.has_errors(), file);
        CHECK_MESSAGE(canonical(second.map) == canonical(first.map), file);
        ++checked;
    }
    CHECK(checked == 98);  // the essay, the 94 corpus inputs Argdown accepts and its 3 include tests
}
