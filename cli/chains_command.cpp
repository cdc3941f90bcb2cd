// warrant chains FILE TITLE
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/analysis.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {

int run_chains(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Print the support tree beneath a claim, down to its evidence.");
    options.add_options()
        ("h,help", "show this help")
        ("input", "the map", cxxopts::value<std::string>())
        ("title", "the claim: its title, or [Title] / <Title> to choose a statement or an argument",
         cxxopts::value<std::string>());
    options.parse_positional({"input", "title"});
    options.positional_help("FILE TITLE");
    auto args = options.parse(argc, argv);
    if (args.count("help")) {
        std::cout << options.help();
        return 0;
    }
    if (!args.count("input") || !args.count("title")) {
        std::cerr << options.help();
        return 2;
    }
    LoadResult loaded = load_and_report(args["input"].as<std::string>());
    if (loaded.io_failed) return 2;
    const std::string title = args["title"].as<std::string>();
    const std::optional<Vertex> claim = loaded.map.find(title);
    if (!claim) {
        std::cerr << "warrant chains: no statement or argument titled '" << title << "' in " << loaded.map.file.str() << "\n";
        return 2;
    }
    const GroundingResult grounding = compute_grounding(loaded.map);
    std::cout << format_support_chain(loaded.map, support_chain(loaded.map, *claim, grounding));
    return loaded.has_errors() ? 1 : 0;
}

}  // namespace warrant::cli
