// The sections of the HTML report (private to the engine). Each appends one part of the page
// to `out`; html_report.cpp puts them in order. All take the caller's inputs as they are.
#pragma once

#include "warrant/report.hpp"

#include <array>
#include <string>
#include <string_view>

namespace warrant::render {

// The order kinds are counted and listed in.
inline constexpr std::array kNodeKindsInOrder{NodeKind::Thesis, NodeKind::Claim, NodeKind::Evidence,
                                              NodeKind::CounterPosition, NodeKind::Argument, NodeKind::Source};

// Graphviz SVG starts with an XML prolog, a doctype and comments: inline, only <svg> counts.
inline std::string inline_svg(std::string_view svg) {
    const std::size_t start = svg.find("<svg");
    return start == std::string_view::npos ? std::string() : std::string(svg.substr(start));
}

// A clickable reference to a node: shows its details in the panel.
std::string node_link(const ArgumentMap& map, Vertex v);
std::string kind_badge(NodeKind kind);

// The map section: search and filters, the drawing (`svg` as inlined, may be empty), its
// printed tiles and the node list.
void append_map(const ReportInputs& inputs, const std::string& svg, std::string& out);
void append_findings(const ReportInputs& inputs, std::string& out);
// The essay pane (only when the inputs carry an essay): its text with each node's words marked
// and linked, and the findings under their paragraphs.
void append_essay(const ReportInputs& inputs, std::string& out);
void append_counter_positions(const ReportInputs& inputs, std::string& out);
void append_sources(const ReportInputs& inputs, std::string& out);
void append_poles(const ReportInputs& inputs, std::string& out);
void append_critical_questions(const ReportInputs& inputs, std::string& out);

// The side panel that stays on screen: one hidden <article id="detail-N"> per node, which the
// script shows. Each article's data-kind, data-pole, data-section and data-status (tokens:
// a NodeStatus name, "unanswered", "has-findings") are what the filters match.
void append_details_panel(const ReportInputs& inputs, std::string& out);
// Every node by kind, as links: the way in when there is no drawing, and a map legend otherwise.
void append_node_list(const ReportInputs& inputs, std::string& out);

}  // namespace warrant::render
