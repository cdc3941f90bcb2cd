// The class report: one self-contained HTML page (inline SVG, CSS and a little JavaScript, no
// network) that an instructor puts on a projector or prints.
//
// The page draws what it is given: report_inputs() runs the analyses and the renderer the way
// `warrant check` and `warrant render` do and fills ReportInputs; render_html_report() computes
// nothing about the argument. What it reads from the map itself is what the map states (texts,
// citations, relations, poles, front matter). Every text that comes from the input is
// HTML-escaped.
//
// Threads: safe from several threads, as render.hpp is: the map's drawing takes Graphviz's lock.
#pragma once

#include "warrant/analysis.hpp"
#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"
#include "warrant/parse.hpp"
#include "warrant/render.hpp"
#include "warrant/schemes.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace warrant {

struct ReportInputs {
    const ArgumentMap* map = nullptr;      // required
    std::string title;                     // page heading; empty: front matter `title:`, else the file name
    // The map drawn by the renderer (SVG text; an XML prolog and doctype are dropped). Each
    // node's <g> must carry the vertex number so a click can find its details: Graphviz
    // writes the DOT node name into the group's <title>, and names "n<vertex>" or "<vertex>"
    // are understood, as is an id "node-<vertex>". Empty: the page lists the nodes instead.
    std::string svg;
    // The dialectic overview (render_dialectic_overview_svg()) shown with the poles; empty for a
    // map without poles.
    std::string dialectic_svg;
    std::vector<Diagnostic> findings;                 // everything the check run reported
    std::map<std::string, std::string> explanations;  // code -> what it means and how to fix it
    std::vector<SchemeAssessment> schemes;            // critical questions, per argument
    // Grounding as the analysis judged it: title -> grounded, for the claims it judged.
    // Empty: the summary shows no percentage.
    std::map<std::string, bool> grounded;
    // Grounding status by vertex (status_by_vertex()), for the page's status filter.
    std::map<Vertex, NodeStatus> status;
    // Support chains of claims, theses and counter-positions, drawn as trees in the details.
    std::map<Vertex, SupportChain> chains;
    // What the caller may want to tell the user (stderr); the page does not show them.
    std::vector<std::string> notes;
    // Above 0: the page reloads itself this often (`warrant watch` rewrites it as the map changes).
    int reload_seconds = 0;
};

// Above this many nodes the report draws no picture: a layout takes long and the drawing is too
// dense to read; the page starts folded and its search, filters and node list lead the way.
inline constexpr std::size_t kReportDrawLimit = kSfdpNodeThreshold;

struct ReportOptions {
    std::string title;       // page heading; empty: the front matter's `title:`, else the file name
    int reload_seconds = 0;  // above 0: the page reloads itself this often (`warrant watch`)
};

// Everything the page shows for a loaded map: the findings of every check (critical questions
// included), their explanations, grounding and chains, and the drawn map. `loaded` must outlive
// the result (it points at loaded.map).
ReportInputs report_inputs(const LoadResult& loaded, const ReportOptions& options = {});

// The whole page. Deterministic: same inputs, same bytes.
std::string render_html_report(const ReportInputs& inputs);

}  // namespace warrant
