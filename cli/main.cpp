// warrant: check, render and teach argument maps. Dispatches to one subcommand.
#include "commands.hpp"

#include <cstring>
#include <iostream>
#include <string>

namespace {

struct Command {
    const char* name;
    int (*run)(int, char**);
    const char* summary;
};

constexpr Command kCommands[] = {
    {"check", warrant::cli::run_check, "report where the argument does not hold up"},
    {"chains", warrant::cli::run_chains, "print the support tree beneath a claim"},
    {"explain", warrant::cli::run_explain, "explain a finding's code, or list them all"},
    {"export", warrant::cli::run_export, "write the typed graph as JSON (ours or Argdown's shape)"},
    {"eval", warrant::cli::run_eval, "which claims stand: Dung, bipolar and gradual semantics"},
    {"af", warrant::cli::run_af, "solve an ICCMA task on an abstract framework (i23, apx, tgf)"},
    {"render", warrant::cli::run_render, "draw a map as DOT, SVG, PNG or PDF (map, dialectic, chain, status views)"},
    {"convert", warrant::cli::run_convert, "convert maps between Argdown, AIF, microtexts, GraphML and JSON"},
    {"compare", warrant::cli::run_compare, "grade student maps against a reference map"},
    {"report", warrant::cli::run_report, "write a self-contained HTML class report"},
    {"lsp", warrant::cli::run_lsp, "serve the Language Server Protocol: findings in your editor as you type"},
    {"watch", warrant::cli::run_watch, "keep a map's HTML report up to date as it is saved (a file, or served live)"},
    {"draft", warrant::cli::run_draft, "draft an argument map from an essay's prose (claims, premises, citations)"},
    {"schemes", warrant::cli::run_schemes, "list argumentation schemes and their critical questions"},
};

void print_usage(std::ostream& out) {
    out << "usage: warrant <command> [options] FILE...\n\ncommands:\n";
    for (const Command& command : kCommands) out << "  " << command.name << std::string(10 - std::strlen(command.name), ' ') << command.summary << "\n";
    out << "\n'warrant <command> --help' shows a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        print_usage(std::cerr);
        return 2;
    }
    const std::string name = argv[1];
    if (name == "-h" || name == "--help" || name == "help") {
        print_usage(std::cout);
        return 0;
    }
    if (name == "--version") {
        std::cout << "warrant 0.1.0\n";
        return 0;
    }
    for (const Command& command : kCommands) {
        if (name != command.name) continue;
        std::string program = "warrant " + name;
        argv[1] = program.data();
        try {
            return command.run(argc - 1, argv + 1);
        } catch (const std::exception& error) {
            std::cerr << "warrant " << name << ": " << error.what() << "\n";
            return 2;
        }
    }
    std::cerr << "warrant: unknown command '" << name << "'\n";
    print_usage(std::cerr);
    return 2;
}
