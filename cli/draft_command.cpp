// warrant draft ESSAY.txt|.md... [-o OUT | --out-dir DIR] [--format argdown|json|components] [--jobs N] [--model FILE]
//
// Drafts an argument map from each essay's prose (docs/drafting.md). Diagnostics go to stderr;
// an essay with nothing to draft still gets a valid (empty) draft and exit code 0.
#include "command_line.hpp"
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/draft.hpp"
#include "warrant/formats.hpp"

#include <cxxopts.hpp>
#include <filesystem>
#include <iostream>

namespace warrant::cli {
namespace {

std::string extension_of(const std::string& format) {
    if (format == "argdown") return ".argdown";
    return format == "json" ? ".graph.json" : ".json";
}

std::string draft_output(const DraftResult& draft, const std::string& format) {
    if (format == "argdown") return export_argdown(draft.loaded.map);
    if (format == "json") return export_json(draft.loaded.map);
    return draft_components_json(draft);
}

}  // namespace

int run_draft(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Draft an argument map from the prose of essays.");
    options.add_options()
        ("model", "a model file from `make train-draft` (default: the built-in model)", cxxopts::value<std::string>());
    add_output_option(options, "output file for one essay (default: stdout)");
    add_out_dir_option(options, "directory for one output per essay (NAME.argdown, NAME.json)");
    add_format_option(options, "argdown (a map), json (warrant's graph) or components (for evaluation)", "argdown");
    add_jobs_option(options, "essays drafted in parallel");
    const ParsedCommandLine parsed =
        parse_command_line(options, argc, argv, {{"inputs", "essays (plain text or Markdown)", true, true, "ESSAY..."}});
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    const std::optional<std::string> format = choice_option(args, "warrant draft", "format", {"argdown", "json", "components"});
    if (!format) return 2;
    const auto inputs = args["inputs"].as<std::vector<std::string>>();
    const std::string out_dir = args.count("out-dir") ? args["out-dir"].as<std::string>() : "";
    if (out_dir.empty() && inputs.size() > 1) {
        std::cerr << "warrant draft: " << inputs.size() << " essays need --out-dir DIR\n";
        return 2;
    }
    std::unique_ptr<DraftModel> loaded_model;
    if (args.count("model")) {
        std::string error;
        loaded_model = DraftModel::load(args["model"].as<std::string>(), error);
        if (!loaded_model) {
            std::cerr << "warrant draft: " << error << "\n";
            return 2;
        }
    }
    const DraftModel& model = loaded_model ? *loaded_model : DraftModel::built_in();
    if (!out_dir.empty()) std::filesystem::create_directories(out_dir);
    int exit_code = 0;
    draft_files(inputs, model, jobs_option(args["jobs"].as<int>()), [&](std::size_t, DraftResult& draft) {
        print_diagnostics(draft.loaded, draft.loaded.diagnostics, std::cerr);
        if (draft.loaded.io_failed) {
            exit_code = 2;
            return;
        }
        const std::string text = draft_output(draft, *format);
        if (out_dir.empty()) {
            write_output(args["output"].as<std::string>(), text);
        } else {
            const std::string name = std::filesystem::path(draft.loaded.map.file.str()).stem().string();
            write_file_atomically((std::filesystem::path(out_dir) / (name + extension_of(*format))).string(), text);
        }
    });
    return exit_code;
}

}  // namespace warrant::cli
