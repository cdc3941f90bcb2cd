// warrant chains FILE TITLE
#include "command_line.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_output.hpp"

#include "warrant/analysis.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {

int run_chains(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Print the support tree beneath a claim, down to its evidence.");
    const ParsedCommandLine parsed = parse_command_line(
        options, argc, argv,
        {{"input", "the map", true, false, "FILE"}, {"title", "the claim: its title, or [Title] / <Title> to choose a statement or an argument"}});
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
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
    return exit_code(loaded);
}

}  // namespace warrant::cli
