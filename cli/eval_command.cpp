// warrant eval MAP --semantics S [--all] [--bipolar] [--explain TITLE] [--format text|json]
#include "command_line.hpp"
#include "commands.hpp"
#include "exit_codes.hpp"
#include "input_output.hpp"

#include "warrant/evaluation.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {

int run_eval(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Which claims stand: evaluate a map under a formal semantics.");
    options.add_options()
        ("s,semantics", "grounded, complete, preferred, stable, semi-stable, h-categoriser or df-quad",
         cxxopts::value<std::string>()->default_value("grounded"))
        ("all", "also list every extension")
        ("bipolar", "add the attacks supports carry (supported and secondary attacks)")
        ("explain", "explain the grounded label of the node with this title", cxxopts::value<std::string>());
    add_format_option(options, "text or json", "text");
    add_output_option(options);
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv);
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    const std::optional<std::string> format = choice_option(args, "warrant eval", "format", {"text", "json"});
    if (!format) return 2;
    LoadResult loaded = load_and_report(args["input"].as<std::string>());
    if (exit_code(loaded) != kExitOk) return exit_code(loaded);

    EvaluationOptions evaluation_options;
    evaluation_options.semantics = args["semantics"].as<std::string>();
    evaluation_options.bipolar = args.count("bipolar") > 0;
    evaluation_options.all_extensions = args.count("all") > 0;
    if (args.count("explain")) evaluation_options.explain = args["explain"].as<std::string>();
    MapEvaluation evaluation = evaluate_map(loaded.map, evaluation_options);
    if (!evaluation.error.empty()) {
        std::cerr << "warrant eval: " << evaluation.error << "\n";
        return 2;
    }
    write_output(args["output"].as<std::string>(), *format == "json" ? evaluation_json(evaluation) : evaluation_text(evaluation));
    return 0;
}

}  // namespace warrant::cli
