// Figures of an SVG picture as a reader sees it fitted to a 1920x1080 slide: its aspect ratio
// and the pixel height of every text, read with pugixml from what Graphviz wrote.
#pragma once

#include <string>
#include <vector>

namespace warrant::testing {

struct SvgFigures {
    double width = 0, height = 0;           // the viewBox
    std::vector<double> text_pixels;        // each <text>'s font size on the fitted slide
    std::vector<std::string> node_ids;      // ids of the node groups (n12, legend_claim, ...)
    std::string all_text;                   // every <text>'s content, joined by spaces

    double aspect_ratio() const { return height > 0 ? width / height : 0; }
    double smallest_text() const;
    double median_text() const;
};

SvgFigures measure_svg(const std::string& svg);

}  // namespace warrant::testing
