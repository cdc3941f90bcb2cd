// Drafted essays on a slide draw cleanly: the 80 AAE2 test essays are drafted, each slide laid
// out by Graphviz in-process (render_map, --fit slide), and the relations' curves are read back
// from the SVG Graphviz wrote. Where the drawn relations form a tree (every node gives to at
// most one drawn node), no two of them cross, and every giver stands below the node it gives to.
#include "support/source_tree.hpp"
#include "warrant/parse.hpp"
#include "warrant/draft.hpp"
#include "warrant/render.hpp"

#include <doctest/doctest.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Point {
    double x = 0, y = 0;
};

struct DrawnRelation {
    std::string receiver, giver;  // node ids; the receiver is the end the arrowhead is drawn at
    std::vector<Point> curve;     // the Bézier path, sampled
};

struct Box {
    Point low{1e18, 1e18}, high{-1e18, -1e18};
};

struct Slide {
    std::vector<DrawnRelation> relations;
    std::map<std::string, Point> centres;  // node id -> centre of its shape's text
    std::map<std::string, Box> boxes;      // node id -> its shape's bounding box
};

// The bounding box of the numbers of a shape's "points" or path "d" (x,y pairs).
Box box_of(std::string numbers) {
    std::replace_if(numbers.begin(), numbers.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == ','; }, ' ');
    std::istringstream in(numbers);
    Box box;
    for (Point p; in >> p.x >> p.y;) {
        box.low = {std::min(box.low.x, p.x), std::min(box.low.y, p.y)};
        box.high = {std::max(box.high.x, p.x), std::max(box.high.y, p.y)};
    }
    return box;
}

double distance_to_box(const Box& box, Point p) {
    const double dx = std::max({box.low.x - p.x, 0.0, p.x - box.high.x});
    const double dy = std::max({box.low.y - p.y, 0.0, p.y - box.high.y});
    return std::hypot(dx, dy);
}

// "M x,y C x,y x,y x,y ..." -> the cubic Bézier segments, ten samples each.
std::vector<Point> sampled_path(const std::string& d) {
    std::string numbers = d;
    std::replace_if(numbers.begin(), numbers.end(), [](char c) { return c == 'M' || c == 'C' || c == ','; }, ' ');
    std::istringstream in(numbers);
    std::vector<Point> controls;
    for (Point p; in >> p.x >> p.y;) controls.push_back(p);
    std::vector<Point> curve;
    if (controls.empty()) return curve;
    curve.push_back(controls[0]);
    for (std::size_t i = 0; i + 3 < controls.size(); i += 3) {
        const Point a = controls[i], b = controls[i + 1], c = controls[i + 2], e = controls[i + 3];
        for (int step = 1; step <= 10; ++step) {
            const double t = step / 10.0, u = 1 - t;
            curve.push_back({u * u * u * a.x + 3 * u * u * t * b.x + 3 * u * t * t * c.x + t * t * t * e.x,
                             u * u * u * a.y + 3 * u * u * t * b.y + 3 * u * t * t * c.y + t * t * t * e.y});
        }
    }
    return curve;
}

Slide read_slide(const std::string& svg) {
    Slide slide;
    pugi::xml_document document;
    REQUIRE(document.load_string(svg.c_str()));
    for (const pugi::xpath_node& found : document.select_nodes("//g[@class='node']")) {
        const pugi::xml_node group = found.node();
        const pugi::xml_node text = group.select_node(".//text").node();  // under the tooltip's <a>
        if (text) slide.centres[group.child_value("title")] = {text.attribute("x").as_double(), text.attribute("y").as_double()};
        if (const pugi::xml_node shape = group.select_node(".//polygon").node())
            slide.boxes[group.child_value("title")] = box_of(shape.attribute("points").as_string());
        else if (const pugi::xml_node path = group.select_node(".//path").node())
            slide.boxes[group.child_value("title")] = box_of(path.attribute("d").as_string());
    }
    for (const pugi::xpath_node& found : document.select_nodes("//g[@class='edge']")) {
        const pugi::xml_node group = found.node();
        const std::string title = group.child_value("title");  // "n3->n7"
        const std::size_t arrow = title.find("->");
        if (arrow == std::string::npos) continue;
        std::string receiver = title.substr(0, arrow), giver = title.substr(arrow + 2);
        if (receiver.rfind("n", 0) != 0 || giver.rfind("n", 0) != 0) continue;  // the legend's samples
        // Which end the reader sees the arrowhead at: the node nearer the head's first point (a
        // relation is mostly drawn from its receiver backwards, an upward answer forwards).
        std::istringstream head(group.select_node(".//polygon").node().attribute("points").as_string());
        Point tip;
        char comma = 0;
        head >> tip.x >> comma >> tip.y;
        auto distance = [&](const std::string& node) { return distance_to_box(slide.boxes.at(node), tip); };
        if (distance(giver) < distance(receiver)) std::swap(receiver, giver);
        slide.relations.push_back({receiver, giver, sampled_path(group.select_node(".//path").node().attribute("d").as_string())});
    }
    return slide;
}

double cross(Point o, Point a, Point b) { return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x); }

bool segments_cross(Point a, Point b, Point c, Point d) {
    const double d1 = cross(c, d, a), d2 = cross(c, d, b), d3 = cross(a, b, c), d4 = cross(a, b, d);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

bool curves_cross(const std::vector<Point>& p, const std::vector<Point>& q) {
    for (std::size_t i = 0; i + 1 < p.size(); ++i)
        for (std::size_t j = 0; j + 1 < q.size(); ++j)
            if (segments_cross(p[i], p[i + 1], q[j], q[j + 1])) return true;
    return false;
}

// Pairs of relations that cross, not counting two that meet at a node they share.
int crossings(const Slide& slide) {
    int count = 0;
    for (std::size_t i = 0; i < slide.relations.size(); ++i)
        for (std::size_t j = i + 1; j < slide.relations.size(); ++j) {
            const DrawnRelation &a = slide.relations[i], &b = slide.relations[j];
            if (a.receiver == b.receiver || a.receiver == b.giver || a.giver == b.receiver || a.giver == b.giver) continue;
            count += curves_cross(a.curve, b.curve);
        }
    return count;
}

bool is_tree(const Slide& slide) {
    std::map<std::string, int> gives;
    for (const DrawnRelation& relation : slide.relations)
        if (++gives[relation.giver] > 1) return false;
    return true;
}

bool answers_its_giver(const Slide& slide, const DrawnRelation& relation) {
    return std::any_of(slide.relations.begin(), slide.relations.end(), [&](const DrawnRelation& other) {
        return other.giver == relation.receiver && other.receiver == relation.giver;
    });
}

// SVG's y grows downwards: a giver below its receiver has the larger y. Of two nodes that
// attack each other (the thesis and a view it answers) one stands above the other: the view
// hangs under the thesis, and the thesis's answer runs upward.
int givers_not_below(const Slide& slide) {
    int count = 0;
    for (const DrawnRelation& relation : slide.relations)
        if (!(answers_its_giver(slide, relation) && slide.centres.at(relation.receiver).y > slide.centres.at(relation.giver).y))
            count += slide.centres.at(relation.giver).y <= slide.centres.at(relation.receiver).y;
    return count;
}

}  // namespace

TEST_CASE("on a slide, a thesis and the view it answers attack each other with a head at each") {
    const warrant::LoadResult loaded = warrant::parse_argdown(
        "[Thesis]: Cities should ban cars. #thesis\n"
        "  + [Fumes]: Fumes harm children.\n"
        "  - [Freedom]: Cars bring freedom. #counter\n"
        "    - [Thesis]\n",
        "mutual.argdown");
    REQUIRE_FALSE(loaded.has_errors());
    warrant::RenderOptions slide;
    slide.fit = warrant::PageFit::Slide;
    const warrant::RenderResult svg = warrant::render_map(loaded.map, slide, warrant::RenderFormat::Svg);
    REQUIRE(svg.ok());
    const Slide drawn = read_slide(svg.bytes);
    REQUIRE(drawn.relations.size() == 3);
    int attacks_on_the_thesis = 0, answers = 0;
    for (const DrawnRelation& relation : drawn.relations) {
        if (!answers_its_giver(drawn, relation)) continue;
        const bool on_the_thesis = drawn.centres.at(relation.receiver).y < drawn.centres.at(relation.giver).y;
        (on_the_thesis ? attacks_on_the_thesis : answers) += 1;
    }
    CHECK(attacks_on_the_thesis == 1);  // the view, below, attacks the thesis
    CHECK(answers == 1);                // the thesis answers it: the head is at the view
    CHECK(givers_not_below(drawn) == 0);
}

TEST_SUITE("corpora") {
TEST_CASE("the drafts of the AAE2 test essays draw on a slide without crossing relations where they form a tree") {
    const std::string folder = warrant::testing::shared_dir() + "/corpora/aae2-essays/test";
    std::vector<std::string> essays;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".txt") essays.push_back(entry.path().string());
    std::sort(essays.begin(), essays.end());
    REQUIRE(essays.size() == 80);
    warrant::RenderOptions slide;
    slide.fit = warrant::PageFit::Slide;
    int trees = 0, tree_crossings = 0, tree_givers_not_below = 0, other_crossings = 0;
    std::vector<std::string> crossed;
    warrant::draft_files(essays, warrant::DraftModel::built_in(), 2, [&](std::size_t i, warrant::DraftResult& draft) {
        const warrant::RenderResult svg = warrant::render_map(draft.loaded.map, slide, warrant::RenderFormat::Svg);
        REQUIRE(svg.ok());
        const Slide drawn = read_slide(svg.bytes);
        const int count = crossings(drawn);
        if (!is_tree(drawn)) {
            other_crossings += count;
            return;
        }
        ++trees;
        tree_crossings += count;
        tree_givers_not_below += givers_not_below(drawn);
        if (count > 0) crossed.push_back(std::filesystem::path(essays[i]).filename().string());
    });
    MESSAGE(trees << " of 80 slides are trees; crossings on the others: " << other_crossings);
    CHECK(trees >= 40);
    CHECK(crossed == std::vector<std::string>{});
    CHECK(tree_crossings == 0);
    CHECK(tree_givers_not_below == 0);
}
}
