// warrant compare STUDENT... --reference REF [--format text|json|csv] [-o FILE]
//                 [--threshold X] [--weights CLAIMS,EVIDENCE,RELATIONS]
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/compare.hpp"

#include <algorithm>
#include <cxxopts.hpp>
#include <iostream>
#include <sstream>

namespace warrant::cli {
namespace {

// "0.5,0.2,0.3" -> weights; false when it is not three non-negative numbers.
bool parse_weights(const std::string& text, CompareWeights& weights) {
    std::istringstream in(text);
    double values[3];
    char comma = 0;
    if (!(in >> values[0] >> comma) || comma != ',' || !(in >> values[1] >> comma) || comma != ',' || !(in >> values[2]))
        return false;
    if (!in.eof() && !(in >> std::ws).eof()) return false;
    for (double v : values)
        if (v < 0) return false;
    weights = {values[0], values[1], values[2]};
    return values[0] + values[1] + values[2] > 0;
}

}  // namespace

int run_compare(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Grade student maps against a reference map.");
    options.add_options()
        ("r,reference", "the reference map", cxxopts::value<std::string>())
        ("f,format", "text, json or csv", cxxopts::value<std::string>()->default_value("text"))
        ("o,output", "output file (default: stdout)", cxxopts::value<std::string>()->default_value("-"))
        ("threshold", "minimum text similarity (token Jaccard) to match renamed nodes", cxxopts::value<double>()->default_value("0.5"))
        ("weights", "weights of claims, evidence and relations in the total", cxxopts::value<std::string>()->default_value("0.4,0.2,0.4"))
        ("h,help", "show this help")
        ("students", "student maps", cxxopts::value<std::vector<std::string>>());
    options.parse_positional({"students"});
    options.positional_help("STUDENT...");
    auto args = options.parse(argc, argv);
    if (args.count("help")) {
        std::cout << options.help();
        return 0;
    }
    if (!args.count("students") || !args.count("reference")) {
        std::cerr << options.help();
        return 2;
    }
    const std::string format = args["format"].as<std::string>();
    if (format != "text" && format != "json" && format != "csv") {
        std::cerr << "warrant compare: unknown format '" << format << "' (text, json, csv)\n";
        return 2;
    }
    CompareOptions compare_options;
    compare_options.text_threshold = args["threshold"].as<double>();
    if (!parse_weights(args["weights"].as<std::string>(), compare_options.weights)) {
        std::cerr << "warrant compare: --weights takes three non-negative numbers, e.g. 0.4,0.2,0.4\n";
        return 2;
    }
    LoadResult reference = load_and_report(args["reference"].as<std::string>());
    if (reference.io_failed) return 2;
    if (reference.has_errors()) return 1;

    int exit_code = 0;
    std::vector<Comparison> comparisons;
    for (const std::string& path : args["students"].as<std::vector<std::string>>()) {
        LoadResult student = load_and_report(path);
        if (student.has_errors()) {
            // One unreadable map must not cost the rest of the class their feedback.
            std::cerr << "warrant compare: skipping " << path << "\n";
            exit_code = student.io_failed ? 2 : std::max(exit_code, 1);
            continue;
        }
        comparisons.push_back(compare_maps(student.map, reference.map, compare_options));
    }
    if (format == "json")
        write_output(args["output"].as<std::string>(), comparison_json(comparisons, compare_options));
    else if (format == "csv")
        write_output(args["output"].as<std::string>(), comparison_csv(comparisons));
    else
        write_output(args["output"].as<std::string>(), comparison_text(comparisons));
    return exit_code;
}

}  // namespace warrant::cli
