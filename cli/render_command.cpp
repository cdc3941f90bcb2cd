// warrant render MAP [-o FILE] [--format dot|svg|png|pdf] [--view map|dialectic|chain|status]
//                    [--focus TITLE] [--direction TB|LR] [--group-sections] [--hide-evidence]
//                    [--layout auto|dot|sfdp]
#include "command_line.hpp"
#include "commands.hpp"
#include "input_output.hpp"

#include "warrant/analysis.hpp"
#include "warrant/render.hpp"
#include "warrant/semantics.hpp"

#include <cxxopts.hpp>
#include <iostream>

namespace warrant::cli {
namespace {

// The status view draws what the analysis stages computed: the fill from grounding and support
// cycles, the IN/OUT/UNDEC badges from the grounded semantics.
void supply_status_inputs(const ArgumentMap& map, RenderOptions& options) {
    if (options.view != RenderView::Status) return;
    options.status = status_by_vertex(map, compute_grounding(map), find_support_cycles(map));
    const Framework framework = derive_framework(map);
    options.acceptability = acceptability_by_vertex(framework, grounded_labelling(framework));
}

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
        ("o,output", "output file (default: DOT on stdout)", cxxopts::value<std::string>()->default_value("-"))
        ("f,format", "dot, svg, png or pdf (default: from -o's extension)", cxxopts::value<std::string>())
        ("view", "map, dialectic, chain or status", cxxopts::value<std::string>()->default_value("map"))
        ("focus", "chain view: the claim whose grounds to draw", cxxopts::value<std::string>()->default_value(""))
        ("direction", "TB (top to bottom) or LR (left to right)", cxxopts::value<std::string>()->default_value("TB"))
        ("group-sections", "one box per Argdown section")
        ("hide-evidence", "leave out evidence and sources")
        ("layout", "auto, dot or sfdp (auto: sfdp above 1500 nodes)", cxxopts::value<std::string>()->default_value("auto"));
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
    render_options.view = *view;
    render_options.direction = *direction;
    render_options.layout = *layout;
    render_options.focus = args["focus"].as<std::string>();
    render_options.group_by_section = args.count("group-sections") > 0;
    render_options.hide_evidence = args.count("hide-evidence") > 0;

    LoadResult loaded = load_and_report(args["input"].as<std::string>());
    if (loaded.io_failed) return 2;
    if (loaded.has_errors()) return 1;
    supply_status_inputs(loaded.map, render_options);
    const RenderResult rendered = render_map(loaded.map, render_options, *format);
    for (const std::string& note : rendered.notes) std::cerr << "warrant render: note: " << note << "\n";
    if (!rendered.ok()) return usage_error(rendered.error);
    write_output(output, rendered.bytes);
    return 0;
}

}  // namespace warrant::cli
