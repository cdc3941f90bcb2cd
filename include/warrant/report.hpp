// The class report: one self-contained HTML page (inline SVG, CSS and a little JavaScript, no
// network) that an instructor puts on a projector or prints.
//
// The page draws what it is given: the caller runs the analyses and the renderer and fills
// ReportInputs; render_html_report() computes nothing about the argument. What it reads from
// the map itself is what the map states (texts, citations, relations, poles). Every text that
// comes from the input is HTML-escaped.
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"
#include "warrant/schemes.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace warrant {

struct ReportInputs {
    const ArgumentMap* map = nullptr;      // required
    std::string title;                     // page heading; empty: the thesis title, else the file name
    // The map drawn by the renderer (SVG text; an XML prolog and doctype are dropped). Each
    // node's <g> must carry the vertex number so a click can find its details: Graphviz
    // writes the DOT node name into the group's <title>, and names "n<vertex>" or "<vertex>"
    // are understood, as is an id "node-<vertex>". Empty: the page lists the nodes instead.
    std::string svg;
    std::vector<Diagnostic> findings;                 // everything the check run reported
    std::map<std::string, std::string> explanations;  // code -> what it means and how to fix it
    std::vector<SchemeAssessment> schemes;            // critical questions, per argument
    // Grounding as the analysis judged it: title -> grounded, for the claims it judged.
    // Empty: the summary shows no percentage.
    std::map<std::string, bool> grounded;
    // Chains as the analysis words them: node title -> lines, shown as written (indentation kept).
    std::map<std::string, std::vector<std::string>> chains;
    // Above 0: the page reloads itself this often (`warrant watch` rewrites it as the map changes).
    int reload_seconds = 0;
};

// The whole page. Deterministic: same inputs, same bytes.
std::string render_html_report(const ReportInputs& inputs);

}  // namespace warrant
