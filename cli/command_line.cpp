#include "command_line.hpp"

#include <iostream>

namespace warrant::cli {

ParsedCommandLine parse_command_line(cxxopts::Options& options, int argc, char** argv) {
    options.add_options()
        ("h,help", "show this help")
        ("input", "the map", cxxopts::value<std::string>());
    options.parse_positional({"input"});
    options.positional_help("MAP");
    ParsedCommandLine parsed{options.parse(argc, argv), std::nullopt};
    if (parsed.args.count("help")) {
        std::cout << options.help();
        parsed.exit_code = 0;
    } else if (!parsed.args.count("input")) {
        std::cerr << options.help();
        parsed.exit_code = 2;
    }
    return parsed;
}

}  // namespace warrant::cli
