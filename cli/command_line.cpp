#include "command_line.hpp"

#include <algorithm>
#include <cctype>
#include <iostream>

namespace warrant::cli {
namespace {

std::string positional_help(const std::vector<Positional>& positionals) {
    std::string help;
    for (const Positional& p : positionals) {
        std::string word = !p.usage.empty() ? p.usage : p.name == "input" ? "MAP" : p.name;
        if (p.usage.empty())
            std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::toupper(c); });
        if (p.many && p.usage.empty()) word += "...";
        if (!p.required) word = "[" + word + "]";
        help += (help.empty() ? "" : " ") + word;
    }
    return help;
}

}  // namespace

ParsedCommandLine parse_command_line(cxxopts::Options& options, int argc, char** argv,
                                     const std::vector<Positional>& positionals) {
    options.add_options()("h,help", "show this help");
    std::vector<std::string> names;
    for (const Positional& p : positionals) {
        if (p.many)
            options.add_options()(p.name, p.help, cxxopts::value<std::vector<std::string>>());
        else
            options.add_options()(p.name, p.help, cxxopts::value<std::string>());
        names.push_back(p.name);
    }
    options.parse_positional(names);
    options.positional_help(positional_help(positionals));
    ParsedCommandLine parsed{options.parse(argc, argv), std::nullopt};
    const bool missing = std::any_of(positionals.begin(), positionals.end(),
                                     [&](const Positional& p) { return p.required && !parsed.args.count(p.name); });
    if (parsed.args.count("help")) {
        std::cout << options.help();
        parsed.exit_code = 0;
    } else if (missing) {
        std::cerr << argv[0] << ": needs " << positional_help(positionals) << "\n" << options.help();
        parsed.exit_code = 2;
    }
    return parsed;
}

ParsedCommandLine parse_batch_command_line(cxxopts::Options& options, int argc, char** argv,
                                           const std::string& jobs_help, const std::string& usage) {
    add_from_option(options, "; folders give only its files");
    add_jobs_option(options, jobs_help);
    return parse_command_line(options, argc, argv, {{"inputs", "maps or directories", true, true, usage}});
}

void add_output_option(cxxopts::Options& options, const std::string& help) {
    options.add_options()("o,output", help, cxxopts::value<std::string>()->default_value("-"));
}

void add_out_dir_option(cxxopts::Options& options, const std::string& help) {
    options.add_options()("out-dir", help, cxxopts::value<std::string>());
}

void add_from_option(cxxopts::Options& options, const std::string& more_help) {
    options.add_options()("from", "input format: argdown, aif, microtexts, brat, cdcp, kialo or essay (default: by extension)" + more_help,
                          cxxopts::value<std::string>());
}

void add_jobs_option(cxxopts::Options& options, const std::string& help) {
    options.add_options()("j,jobs", help, cxxopts::value<int>()->default_value("1"));
}

bool read_from_option(const cxxopts::ParseResult& args, std::string_view command, std::optional<InputFormat>& format) {
    if (!args.count("from")) return true;
    const std::optional<std::string> name = choice_option(args, command, "from", {"argdown", "aif", "microtexts", "brat", "cdcp", "essay", "kialo"});
    if (name) format = input_format_from_string(*name);
    return format.has_value();
}

void add_format_option(cxxopts::Options& options, const std::string& help, const std::string& default_format) {
    if (default_format.empty())
        options.add_options()("f,format", help, cxxopts::value<std::string>());
    else
        options.add_options()("f,format", help, cxxopts::value<std::string>()->default_value(default_format));
}

std::optional<std::string> choice_option(const cxxopts::ParseResult& args, std::string_view command,
                                         const std::string& name, std::initializer_list<std::string_view> allowed) {
    const std::string value = args[name].as<std::string>();
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return value;
    std::cerr << command << ": unknown " << name << " '" << value << "' (";
    const char* separator = "";
    for (std::string_view word : allowed) {
        std::cerr << separator << word;
        separator = ", ";
    }
    std::cerr << ")\n";
    return std::nullopt;
}

}  // namespace warrant::cli
