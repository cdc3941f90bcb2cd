// What every subcommand's option parsing shares: positional arguments, --help, the usage error
// when a required one is missing, options that take one of a few words. Each command adds its
// own options first, then calls parse_command_line().
#pragma once

#include "warrant/formats.hpp"

#include <cxxopts.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::cli {

// A positional argument, in the order the command takes them. `many` (the last one only)
// collects every remaining word: FILE...
struct Positional {
    std::string name;
    std::string help;
    bool required = true;
    bool many = false;
    std::string usage;  // how the usage line shows it; default: the name in capitals (MAP for input)
};

struct ParsedCommandLine {
    cxxopts::ParseResult args;
    std::optional<int> exit_code;  // set: stop now with this code (help shown, or usage error)
};

// Adds -h/--help and the positionals (by default one required MAP, "input"), parses, prints the
// help to stdout for --help (exit 0) or to stderr when a required positional is missing (exit 2).
ParsedCommandLine parse_command_line(cxxopts::Options& options, int argc, char** argv,
                                     const std::vector<Positional>& positionals = {{"input", "the map"}});

// The batch commands (check, convert, export): their inputs ("inputs", shown as `usage`) are maps
// or directories, read -j/--jobs at a time, and --from names one reader for all of them. Adds the
// two options and the positional after the command's own options, then parses.
ParsedCommandLine parse_batch_command_line(cxxopts::Options& options, int argc, char** argv,
                                           const std::string& jobs_help, const std::string& usage);

// Options several commands share, each spelled once with its default; a command says only
// what its own means. Added after the command's own options, so --help lists them last.
void add_output_option(cxxopts::Options& options, const std::string& help = "output file (default: stdout)");  // -o, "-"
void add_out_dir_option(cxxopts::Options& options, const std::string& help);                                   // --out-dir
void add_jobs_option(cxxopts::Options& options, const std::string& help);                                      // -j, 1
// --from FORMAT: one reader instead of the one the extension chooses (`more_help` ends its help).
void add_from_option(cxxopts::Options& options, const std::string& more_help = "");
// --from's format into `format` (left unset without --from). An unknown name is printed as
// choice_option() prints it and gives false (exit 2).
bool read_from_option(const cxxopts::ParseResult& args, std::string_view command, std::optional<InputFormat>& format);
// -f/--format; an empty default: the command picks one (e.g. from the output's extension).
void add_format_option(cxxopts::Options& options, const std::string& help, const std::string& default_format);

// The option's value when it is one of `allowed`. Otherwise prints
// "warrant CMD: unknown NAME 'VALUE' (a, b, c)" to stderr and returns nothing (exit 2).
std::optional<std::string> choice_option(const cxxopts::ParseResult& args, std::string_view command,
                                         const std::string& name, std::initializer_list<std::string_view> allowed);

}  // namespace warrant::cli
