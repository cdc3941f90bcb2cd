// What every subcommand's option parsing shares: the positional MAP, --help, and what to do
// when MAP is missing. Each command adds its own options first.
#pragma once

#include <cxxopts.hpp>

#include <optional>

namespace warrant::cli {

struct ParsedCommandLine {
    cxxopts::ParseResult args;
    std::optional<int> exit_code;  // set: stop now with this code (help shown, or MAP missing)
};

// Adds -h/--help and the positional "input" (MAP), parses, prints the help to stdout for
// --help (exit 0) or to stderr when MAP is missing (exit 2).
ParsedCommandLine parse_command_line(cxxopts::Options& options, int argc, char** argv);

}  // namespace warrant::cli
