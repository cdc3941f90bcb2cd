#include "render/svg_figures.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace warrant::testing {
namespace {

// Graphviz scales the drawing with transform="scale(s s) ..." on the graph group.
double group_scale(const pugi::xml_node& group) {
    const std::string transform = group.attribute("transform").as_string();
    const std::size_t at = transform.find("scale(");
    return at == std::string::npos ? 1.0 : std::atof(transform.c_str() + at + 6);
}

void collect(const pugi::xml_node& node, double pixels_per_unit, SvgFigures& figures) {
    for (const pugi::xml_node& child : node.children()) {
        const std::string name = child.name();
        if (name == "text") {
            figures.text_pixels.push_back(child.attribute("font-size").as_double(14) * pixels_per_unit);
            figures.all_text += std::string(child.child_value()) + " ";
        }
        if (name == "g" && std::string(child.attribute("class").as_string()) == "node")
            figures.node_ids.push_back(child.attribute("id").as_string());
        collect(child, pixels_per_unit, figures);
    }
}

}  // namespace

double SvgFigures::smallest_text() const {
    return text_pixels.empty() ? 0 : *std::min_element(text_pixels.begin(), text_pixels.end());
}

double SvgFigures::median_text() const {
    if (text_pixels.empty()) return 0;
    std::vector<double> sorted = text_pixels;
    std::sort(sorted.begin(), sorted.end());
    return sorted[sorted.size() / 2];
}

SvgFigures measure_svg(const std::string& svg) {
    SvgFigures figures;
    pugi::xml_document document;
    if (!document.load_string(svg.c_str())) return figures;
    const pugi::xml_node root = document.child("svg");
    std::istringstream view_box(root.attribute("viewBox").as_string());
    double x = 0, y = 0;
    view_box >> x >> y >> figures.width >> figures.height;
    if (figures.width <= 0 || figures.height <= 0) return figures;
    const double fitted = std::min(1920 / figures.width, 1080 / figures.height);
    const pugi::xml_node graph = root.child("g");
    collect(graph, fitted * group_scale(graph), figures);
    return figures;
}

}  // namespace warrant::testing
