// The sections of the HTML report (private to the engine). Each appends one part of the page
// to `out`; html_report.cpp puts them in order. All take the caller's inputs as they are.
#pragma once

#include "warrant/report.hpp"

#include <string>

namespace warrant::render {

// A clickable reference to a node: shows its details in the panel.
std::string node_link(const ArgumentMap& map, Vertex v);
std::string kind_badge(NodeKind kind);

void append_findings(const ReportInputs& inputs, std::string& out);
void append_counter_positions(const ReportInputs& inputs, std::string& out);
void append_sources(const ReportInputs& inputs, std::string& out);
void append_poles(const ReportInputs& inputs, std::string& out);
void append_critical_questions(const ReportInputs& inputs, std::string& out);

// One hidden <article id="detail-N"> per node, for the detail panel (and, printed, an appendix).
void append_node_details(const ReportInputs& inputs, std::string& out);
// Every node by kind, as links: the way in when there is no drawing, and a map legend otherwise.
void append_node_list(const ReportInputs& inputs, std::string& out);

}  // namespace warrant::render
