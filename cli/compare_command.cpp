// warrant compare STUDENT... --reference REF [--format text|json|csv|moodle|canvas] [-o FILE]
//                 [--roster FILE.csv] [--assignment NAME] [--points N] [--from FORMAT]
//                 [--weights CLAIMS,EVIDENCE,RELATIONS,DIALECTIC[,WORDING]] [--feedback DIR]
#include "command_line.hpp"
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/compare.hpp"
#include "warrant/formats.hpp"

#include <algorithm>
#include <cxxopts.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <sstream>

namespace warrant::cli {
namespace {

// "28,32,15,20,5" -> weights (claims, evidence, relations, dialectic, wording; four numbers
// leave wording out); false unless non-negative numbers with a positive sum.
bool parse_weights(const std::string& text, CompareWeights& weights) {
    std::istringstream in(text);
    std::vector<double> values;
    double value = 0;
    while (values.size() < 5 && in >> value) {
        if (value < 0) return false;
        values.push_back(value);
        char comma = 0;
        if (!(in >> comma)) break;
        if (comma != ',') return false;
    }
    if (!(in >> std::ws).eof() || values.size() < 4) return false;
    weights = {values[0], values[1], values[2], values[3], values.size() == 5 ? values[4] : 0.0};
    return values[0] + values[1] + values[2] + values[3] + weights.wording > 0;
}

// One Markdown and one HTML page per student in `directory`, and the class page index.html,
// each written atomically.
void write_feedback(const std::string& directory, const std::vector<Comparison>& comparisons) {
    std::filesystem::create_directories(directory);
    const std::vector<std::string> names = feedback_names(comparisons);
    for (std::size_t i = 0; i < comparisons.size(); ++i) {
        const std::string stem = (std::filesystem::path(directory) / names[i]).string();
        write_file_atomically(stem + ".md", feedback_markdown(comparisons[i]));
        write_file_atomically(stem + ".html", feedback_html(comparisons[i]));
    }
    write_file_atomically((std::filesystem::path(directory) / "index.html").string(), class_index_html(comparisons, names));
}

// The roster named by --roster, its errors printed like a compiler's; nullopt when unusable.
std::optional<Roster> read_roster(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::cerr << "warrant compare: cannot open the roster '" << path << "'\n";
        return std::nullopt;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    RosterResult read = parse_roster(text, path);
    for (const Diagnostic& d : read.errors) std::cerr << format_diagnostic(d, text, use_color());
    if (!read.errors.empty()) return std::nullopt;
    return std::move(read.roster);
}

}  // namespace

int run_compare(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Grade student maps against a reference map.");
    options.add_options()
        ("r,reference", "the reference map", cxxopts::value<std::string>())
        ("weights", "points of claims, evidence, relations, dialectic and wording", cxxopts::value<std::string>()->default_value("28,32,15,20,5"))
        ("feedback", "write one feedback page per student (HTML and Markdown) and the class page index.html into this directory", cxxopts::value<std::string>())
        ("from", "the students' maps' format: argdown, aif, microtexts, brat, cdcp or kialo (default: by extension)", cxxopts::value<std::string>())
        ("roster", "CSV of the class: file,name,id[,email,sis_user_id,sis_login_id,section]", cxxopts::value<std::string>())
        ("assignment", "the gradebook column (moodle, canvas); Canvas: \"Name (id)\" updates that assignment", cxxopts::value<std::string>()->default_value("Argument map"))
        ("points", "the assignment's points in the gradebook (moodle, canvas)", cxxopts::value<double>()->default_value("100"));
    add_format_option(options, "text, json, csv (warrant's gradebook), moodle or canvas (their grade imports)", "text");
    add_output_option(options);
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv, {{"students", "student maps", true, true, "STUDENT..."}});
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    if (!args.count("reference")) {
        std::cerr << "warrant compare: needs --reference REF\n" << options.help();
        return 2;
    }
    const std::optional<std::string> format_choice = choice_option(args, "warrant compare", "format", {"text", "json", "csv", "moodle", "canvas"});
    if (!format_choice) return 2;
    const std::string& format = *format_choice;
    CompareOptions compare_options;
    if (!parse_weights(args["weights"].as<std::string>(), compare_options.weights)) {
        std::cerr << "warrant compare: --weights takes four or five non-negative numbers, e.g. 28,32,15,20,5\n";
        return 2;
    }
    std::optional<InputFormat> from;
    if (!read_from_option(args, "warrant compare", from)) return 2;
    Roster roster;
    if (args.count("roster")) {
        std::optional<Roster> read = read_roster(args["roster"].as<std::string>());
        if (!read) return 2;
        roster = std::move(*read);
    }
    const GradebookOptions gradebook{args["assignment"].as<std::string>(), args["points"].as<double>()};
    if (!(gradebook.points > 0)) {
        std::cerr << "warrant compare: --points takes a positive number\n";
        return 2;
    }
    LoadResult reference = load_and_report(args["reference"].as<std::string>());
    if (reference.io_failed) return 2;
    if (reference.has_errors()) return 1;

    // Every student is graded: a map with syntax errors on what loaded, an unreadable file as 0.
    int exit_code = 0;
    std::vector<LoadResult> students;
    for (const std::string& path : args["students"].as<std::vector<std::string>>()) {
        students.push_back(load_and_report(path, from));
        if (students.back().map.file.empty()) students.back().map.file = path;
        if (students.back().has_errors()) exit_code = students.back().io_failed ? 2 : std::max(exit_code, 1);
    }
    const std::vector<Comparison> comparisons = compare_class(students, reference.map, compare_options);
    if (format == "json")
        write_output(args["output"].as<std::string>(), comparison_json(comparisons, compare_options));
    else if (format == "csv")
        write_output(args["output"].as<std::string>(), comparison_csv(comparisons));
    else if (format == "moodle")
        write_output(args["output"].as<std::string>(), comparison_moodle(comparisons, roster, gradebook));
    else if (format == "canvas")
        write_output(args["output"].as<std::string>(), comparison_canvas(comparisons, roster, gradebook));
    else
        write_output(args["output"].as<std::string>(), comparison_text(comparisons));
    if (args.count("feedback")) write_feedback(args["feedback"].as<std::string>(), comparisons);
    return exit_code;
}

}  // namespace warrant::cli
