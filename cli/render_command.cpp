// warrant render MAP [-o FILE] [--format dot|svg|png|pdf] [--view map|dialectic|chain|status]
//                    [--focus TITLE] [--direction TB|LR] [--group-sections] [--hide-evidence]
//                    [--layout auto|dot|sfdp] [--fit slide|a4|letter|none] [--depth N]
//                    [--evidence show|count|hide] [--pole NAME] [--show-tags]
#include "command_line.hpp"
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/render.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {
namespace {

// --format wins; otherwise -o's extension; otherwise DOT.
std::optional<RenderFormat> chosen_format(const cxxopts::ParseResult& args, const std::string& output) {
    if (args.count("format")) return render_format_from_string(args["format"].as<std::string>());
    if (output == "-") return RenderFormat::Dot;
    return render_format_from_path(output);
}

int usage_error(const std::string& message) {
    std::cerr << "warrant render: " << message << "\n";
    return 2;
}

}  // namespace

int run_render(int argc, char** argv) {
    cxxopts::Options options(argv[0], "Draw a map as DOT, SVG, PNG or PDF (laid out in-process by Graphviz).");
    options.add_options()
        ("view", "map, dialectic, chain or status", cxxopts::value<std::string>()->default_value("map"))
        ("focus", "chain view: the claim whose grounds to draw", cxxopts::value<std::string>()->default_value(""))
        ("direction", "TB (top to bottom) or LR (left to right)", cxxopts::value<std::string>()->default_value("TB"))
        ("group-sections", "one box per Argdown section")
        ("hide-evidence", "leave out evidence and sources")
        ("layout", "auto, dot or sfdp (auto: sfdp above 1500 nodes)", cxxopts::value<std::string>()->default_value("auto"))
        ("fit", "slide (1920x1080, folds the view), a4 or letter (one page, or tiled), none", cxxopts::value<std::string>()->default_value("none"))
        ("depth", "folded views: relations followed back from the thesis or focus", cxxopts::value<std::size_t>())
        ("evidence", "folded views: show (a box each), count (a badge on the claim) or hide", cxxopts::value<std::string>())
        ("pole", "folded dialectic view: draw only this pole", cxxopts::value<std::string>())
        ("show-tags", "keep #tags in the labels");
    add_output_option(options, "output file (default: DOT on stdout)");
    add_format_option(options, "dot, svg, png or pdf (default: from -o's extension)", "");
    const ParsedCommandLine parsed = parse_command_line(options, argc, argv);
    if (parsed.exit_code) return *parsed.exit_code;
    const cxxopts::ParseResult& args = parsed.args;
    const std::string output = args["output"].as<std::string>();
    const std::optional<RenderFormat> format = chosen_format(args, output);
    if (!format) return usage_error("unknown format for '" + output + "' (dot, svg, png, pdf; or pass --format)");
    RenderOptions render_options;
    const auto view = render_view_from_string(args["view"].as<std::string>());
    if (!view) return usage_error("unknown view '" + args["view"].as<std::string>() + "' (map, dialectic, chain, status)");
    const auto direction = rank_direction_from_string(args["direction"].as<std::string>());
    if (!direction) return usage_error("unknown direction '" + args["direction"].as<std::string>() + "' (TB, LR)");
    const auto layout = layout_engine_from_string(args["layout"].as<std::string>());
    if (!layout) return usage_error("unknown layout '" + args["layout"].as<std::string>() + "' (auto, dot, sfdp)");
    const auto fit = page_fit_from_string(args["fit"].as<std::string>());
    if (!fit) return usage_error("unknown fit '" + args["fit"].as<std::string>() + "' (slide, a4, letter, none)");
    render_options.fit = *fit;
    if (args.count("evidence")) {
        const auto evidence = evidence_shown_from_string(args["evidence"].as<std::string>());
        if (!evidence) return usage_error("unknown evidence '" + args["evidence"].as<std::string>() + "' (show, count, hide)");
        render_options.evidence = *evidence;
    }
    if (args.count("depth")) render_options.depth = args["depth"].as<std::size_t>();
    if (args.count("pole")) render_options.pole = args["pole"].as<std::string>();
    render_options.fold = args.count("depth") + args.count("evidence") + args.count("pole") > 0;
    render_options.show_tags = args.count("show-tags") > 0;
    render_options.view = *view;
    render_options.direction = *direction;
    render_options.layout = *layout;
    render_options.focus = args["focus"].as<std::string>();
    render_options.group_by_section = args.count("group-sections") > 0;
    render_options.hide_evidence = args.count("hide-evidence") > 0;

    LoadResult loaded = load_and_report(args["input"].as<std::string>());
    if (loaded.io_failed) return 2;
    if (loaded.has_errors()) return 1;
    add_status_view_inputs(MapAnalysis(loaded), render_options);
    const RenderResult rendered = render_map(loaded.map, render_options, *format);
    for (const std::string& note : rendered.notes) std::cerr << "warrant render: note: " << note << "\n";
    if (!rendered.ok()) return usage_error(rendered.error);
    write_output(output, rendered.bytes);
    return 0;
}

}  // namespace warrant::cli
