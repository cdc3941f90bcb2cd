// warrant af -p TASK -f FILE [-a ARG] [--fo i23|apx|tgf]: the ICCMA 2023 solver interface.
// warrant af --problems / --formats list what is supported, in ICCMA's bracketed form.
#include "command_line.hpp"
#include "commands.hpp"

#include "warrant/iccma.hpp"
#include "warrant/line_index.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {
namespace {

std::string bracketed(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + items[i];
    return out + "]";
}

}  // namespace

int run_af(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Solve an ICCMA task on an abstract argumentation framework.");
    options.add_options()
        ("p,problem", "task, e.g. SE-PR, DC-CO, DS-ST (see --problems)", cxxopts::value<std::string>())
        ("f,file", "the framework (.i23/.af, .apx, .tgf)", cxxopts::value<std::string>())
        ("fo", "the file's format when its extension does not say", cxxopts::value<std::string>())
        ("a,argument", "the query argument of DC and DS tasks", cxxopts::value<std::string>())
        ("problems", "list the supported tasks")
        ("formats", "list the supported file formats");
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv, {});
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    if (args.count("problems")) {
        std::cout << bracketed(supported_iccma_tasks()) << "\n";
        return 0;
    }
    if (args.count("formats")) {
        std::cout << bracketed({"i23", "apx", "tgf"}) << "\n";
        return 0;
    }
    if (!args.count("problem") || !args.count("file")) {
        std::cerr << options.help();
        return 2;
    }
    std::optional<IccmaTask> task = parse_iccma_task(args["problem"].as<std::string>());
    if (!task) {
        std::cerr << "warrant af: unsupported task '" << args["problem"].as<std::string>() << "' (see --problems)\n";
        return 2;
    }
    std::optional<IccmaFormat> format;
    if (args.count("fo") && !(format = iccma_format_from_string(args["fo"].as<std::string>()))) {
        std::cerr << "warrant af: unknown format '" << args["fo"].as<std::string>() << "' (see --formats)\n";
        return 2;
    }
    FrameworkLoadResult loaded = load_framework_file(args["file"].as<std::string>(), format);
    write_diagnostics(std::cerr, loaded.diagnostics, LineIndex(loaded.source_text));
    if (loaded.io_failed) return 2;
    if (loaded.has_errors()) return 1;

    std::optional<ArgumentId> argument;
    if (task->problem != IccmaProblem::SE) {
        if (!args.count("argument")) {
            std::cerr << "warrant af: " << to_string(*task) << " needs a query argument (-a)\n";
            return 2;
        }
        argument = loaded.framework.find(args["argument"].as<std::string>());
        if (!argument) {
            std::cerr << "warrant af: no argument '" << args["argument"].as<std::string>() << "' in the framework\n";
            return 2;
        }
    }
    std::cout << solve_iccma_task(loaded.framework, *task, argument);
    return 0;
}

}  // namespace warrant::cli
