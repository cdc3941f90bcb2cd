// warrant compare STUDENT... --reference REF [--format text|json|csv] [-o FILE]
//                 [--weights CLAIMS,EVIDENCE,RELATIONS,DIALECTIC] [--feedback DIR]
#include "command_line.hpp"
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/compare.hpp"
#include "warrant/formats.hpp"

#include <algorithm>
#include <cxxopts.hpp>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace warrant::cli {
namespace {

// "30,35,15,20" -> weights; false when it is not four non-negative numbers with a positive sum.
bool parse_weights(const std::string& text, CompareWeights& weights) {
    std::istringstream in(text);
    double values[4];
    for (int i = 0; i < 4; ++i) {
        char comma = 0;
        if (!(in >> values[i]) || values[i] < 0) return false;
        if (i < 3 && (!(in >> comma) || comma != ',')) return false;
    }
    if (!(in >> std::ws).eof()) return false;
    weights = {values[0], values[1], values[2], values[3]};
    return values[0] + values[1] + values[2] + values[3] > 0;
}

// One Markdown and one HTML page per student in `directory`, each written atomically.
void write_feedback(const std::string& directory, const std::vector<Comparison>& comparisons) {
    std::filesystem::create_directories(directory);
    const std::vector<std::string> names = feedback_names(comparisons);
    for (std::size_t i = 0; i < comparisons.size(); ++i) {
        const std::string stem = (std::filesystem::path(directory) / names[i]).string();
        write_file_atomically(stem + ".md", feedback_markdown(comparisons[i]));
        write_file_atomically(stem + ".html", feedback_html(comparisons[i]));
    }
}

}  // namespace

int run_compare(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Grade student maps against a reference map.");
    options.add_options()
        ("r,reference", "the reference map", cxxopts::value<std::string>())
        ("weights", "points of claims, evidence, relations and dialectic", cxxopts::value<std::string>()->default_value("30,35,15,20"))
        ("feedback", "write one feedback page per student (HTML and Markdown) into this directory", cxxopts::value<std::string>());
    add_format_option(options, "text, json or csv (the gradebook)", "text");
    add_output_option(options);
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv, {{"students", "student maps", true, true, "STUDENT..."}});
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    if (!args.count("reference")) {
        std::cerr << "warrant compare: needs --reference REF\n" << options.help();
        return 2;
    }
    const std::optional<std::string> format_choice = choice_option(args, "warrant compare", "format", {"text", "json", "csv"});
    if (!format_choice) return 2;
    const std::string& format = *format_choice;
    CompareOptions compare_options;
    if (!parse_weights(args["weights"].as<std::string>(), compare_options.weights)) {
        std::cerr << "warrant compare: --weights takes four non-negative numbers, e.g. 30,35,15,20\n";
        return 2;
    }
    LoadResult reference = load_and_report(args["reference"].as<std::string>());
    if (reference.io_failed) return 2;
    if (reference.has_errors()) return 1;

    // Every student is graded: a map with syntax errors on what loaded, an unreadable file as 0.
    int exit_code = 0;
    std::vector<LoadResult> students;
    for (const std::string& path : args["students"].as<std::vector<std::string>>()) {
        students.push_back(load_and_report(path));
        if (students.back().map.file.empty()) students.back().map.file = path;
        if (students.back().has_errors()) exit_code = students.back().io_failed ? 2 : std::max(exit_code, 1);
    }
    const std::vector<Comparison> comparisons = compare_class(students, reference.map, compare_options);
    if (format == "json")
        write_output(args["output"].as<std::string>(), comparison_json(comparisons, compare_options));
    else if (format == "csv")
        write_output(args["output"].as<std::string>(), comparison_csv(comparisons));
    else
        write_output(args["output"].as<std::string>(), comparison_text(comparisons));
    if (args.count("feedback")) write_feedback(args["feedback"].as<std::string>(), comparisons);
    return exit_code;
}

}  // namespace warrant::cli
