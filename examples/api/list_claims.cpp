// A library user's program: load a map and print its claims with their kind and grounds.
//   build/list_claims graphs/ustopia.argdown
#include <warrant/parse.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: list_claims MAP.argdown\n";
        return 2;
    }
    warrant::LoadResult loaded = warrant::load_file(argv[1]);
    for (const auto& diagnostic : loaded.diagnostics)
        std::cerr << warrant::format_diagnostic(diagnostic, loaded.source_text);
    if (loaded.has_errors()) return 1;

    const auto& graph = loaded.map.graph;
    for (auto v : boost::make_iterator_range(boost::vertices(graph))) {
        const warrant::Node& node = graph[v];
        if (node.kind != warrant::NodeKind::Claim && node.kind != warrant::NodeKind::Thesis) continue;
        std::cout << warrant::to_string(node.kind) << "\t" << node.title << "\t"
                  << boost::in_degree(v, graph) << " incoming relations\n";
    }
    return 0;
}
