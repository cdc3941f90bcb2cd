// warrant schemes [NAME]
#include "command_line.hpp"
#include "commands.hpp"

#include "warrant/schemes.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {

int run_schemes(int argc, char** argv) {
    cxxopts::Options options(argv[0], "List the argumentation schemes warrant knows, or show one with its critical questions.");
    const ParsedCommandLine parsed =
        parse_command_line(options, argc, argv, {{"name", "a scheme, e.g. expert-opinion", false}});
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    if (!args.count("name")) {
        std::cout << format_scheme_list();
        return 0;
    }
    const std::string name = args["name"].as<std::string>();
    const ArgumentationScheme* scheme = find_scheme(name);
    if (!scheme) {
        std::cerr << "warrant schemes: unknown scheme '" << name << "'; known schemes:\n" << format_scheme_list();
        return 2;
    }
    std::cout << format_scheme(*scheme);
    return 0;
}

}  // namespace warrant::cli
