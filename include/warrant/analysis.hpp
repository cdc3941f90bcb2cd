// Analyses: where an argument map does not hold up.
//
// Grounding says which statements reach evidence through support; support cycles, unanswered
// counter-positions, citation hygiene and structure checks turn the map's weak points into
// Diagnostics with stable codes (W1xx warnings, N2xx notes, E1xx errors) that
// `warrant explain CODE` documents; support chains show, for one claim, the tree of reasons
// beneath it. Every analysis is read-only on the map and deterministic.
//
// Threads: every function here only reads its map, so any number of threads may analyse one map
// at once while none changes it. check_map() and check_loaded() spread their checks over
// threads of their own on a large map.
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"
#include "warrant/parse.hpp"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warrant {

// --- Grounding --------------------------------------------------------------------------------
//
// A node is grounded when it is evidence with a source, or an #assumption, or a statement with
// at least one grounded supporter (convergent support: one suffices). An argument with premises
// supports its conclusion only when ALL its premises are grounded (linked support); an argument
// without premises is grounded like a claim. Supporters arrive over support and entails edges,
// and from arguments over conclusion-of. The least fixpoint: support cycles ground nothing.
struct GroundingResult {
    std::vector<bool> grounded;                     // by vertex
    std::vector<std::optional<Vertex>> grounded_by;  // the supporter that grounded it first, if any
    std::size_t claims = 0;                         // claims and theses
    std::size_t grounded_claims = 0;

    bool is_grounded(Vertex v) const { return v < grounded.size() && grounded[v]; }
};

// Linear in nodes + edges. `excluded` (if given) is treated as absent from the map: what
// would remain grounded without it.
GroundingResult compute_grounding(const ArgumentMap& map, std::optional<Vertex> excluded = std::nullopt);

// True for the edges through which support flows: support, entails, premise-of, conclusion-of.
bool carries_support(EdgeKind kind);

// Evidence that names its source (by metadata or by a cites edge), or a declared #assumption:
// what grounds itself.
bool is_ground(const ArgumentMap& map, Vertex v);

// --- Circular support -------------------------------------------------------------------------

// One strongly connected component of the support relation: its members in cycle order,
// starting from its lowest vertex: the first `cycle_length` members form the shortest cycle
// through it, each supporting the next and the last the first; members off that cycle follow
// in vertex order. A self-supporting node is a cycle of one.
struct SupportCycle {
    std::vector<Vertex> members;
    std::size_t cycle_length = 0;
};

// Each cycle once, ordered by first member.
std::vector<SupportCycle> find_support_cycles(const ArgumentMap& map);

// --- Support chains ---------------------------------------------------------------------------

// One line of the printed support tree: `vertex` at `depth` below the claim, reached over an
// edge of kind `via`. A node already printed elsewhere in the tree is listed again with
// `repeated` (and not expanded); one that closes a cycle with `circular`.
struct ChainStep {
    Vertex vertex = 0;
    int depth = 0;
    EdgeKind via = EdgeKind::Support;
    bool grounded = false;
    bool repeated = false;
    bool circular = false;
};

// How a step reaches its parent, marked as Argdown marks it: "+", "=>" (entails) or "premise".
std::string_view chain_step_marker(EdgeKind via);

struct SupportChain {
    Vertex claim = 0;
    std::vector<ChainStep> steps;       // preorder, steps[0] is the claim itself at depth 0
    int depth = 0;                      // longest path from the claim to a leaf
    std::vector<Vertex> grounds;        // distinct evidence/assumption leaves that ground it
    std::vector<Vertex> critical;       // supporters whose removal alone ungrounds the claim,
                                        // nearest first, among the nearest 512 (fewer on maps
                                        // over 16k nodes and edges: one grounding pass each)
    std::vector<Vertex> longest_ground_path;  // claim ... ground, the longest grounded path
    bool grounded = false;

    // 1 independent ground: one quotation or one assumption away from collapse.
    bool fragile() const { return grounds.size() == 1; }
};

SupportChain support_chain(const ArgumentMap& map, Vertex claim, const GroundingResult& grounding);

// The chain as an indented tree, one node a line, then its depth, grounds and weakest link.
std::string format_support_chain(const ArgumentMap& map, const SupportChain& chain);


// --- Checks -----------------------------------------------------------------------------------
//
// Each check appends findings to `out`. check_map() runs them all (side by side on a machine
// with several cores) and sorts the findings by position (then code), so the same map always
// yields the same list.
void check_unsupported(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out);  // W101
void check_ungrounded(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out);   // W102
void check_support(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out);  // both
void check_circular_support(const ArgumentMap& map, std::vector<Diagnostic>& out);
void check_counter_positions(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out);
void check_citations(const ArgumentMap& map, const GroundingResult& grounding, std::vector<Diagnostic>& out);
void check_structure(const ArgumentMap& map, std::vector<Diagnostic>& out);

struct CheckReport {
    std::string file;
    std::vector<Diagnostic> findings;   // load diagnostics first (file order), then the analyses'
    std::size_t claims = 0;             // claims and theses
    std::size_t grounded_claims = 0;
    std::vector<std::pair<std::string, bool>> claim_grounding;  // title, grounded; vertex order
    bool io_failed = false;

    std::size_t count(Severity severity) const;
};

std::vector<Diagnostic> check_map(const ArgumentMap& map, const GroundingResult& grounding);
// Runs every check on a loaded map and folds in its parse and typing diagnostics.
CheckReport check_loaded(const LoadResult& loaded);

// JSON of reports: one object per file {file, findings:[{code, severity, message, span,
// related}], summary:{errors, warnings, notes, claims, grounded}, grounding?}. `grounding`
// (title -> bool) only when `with_grounding`.
// Invalid UTF-8 in a title or message becomes U+FFFD: the output is always valid JSON. The
// write_ forms stream into `out`, which a report of a large map is worth.
std::string check_report_json(const CheckReport& report, bool with_grounding);  // one line
std::string check_reports_json(const std::vector<CheckReport>& reports, bool with_grounding);
void write_check_report_json(std::ostream& out, const CheckReport& report, bool with_grounding);
void write_check_reports_json(std::ostream& out, const std::vector<CheckReport>& reports, bool with_grounding);

// --- Explanations -----------------------------------------------------------------------------

// What `warrant explain CODE` prints: every code warrant can report, parser's included.
struct Explanation {
    std::string_view code;
    Severity severity;
    std::string_view title;
    std::string_view meaning;   // what the finding says
    std::string_view why;       // why it matters in an argument
    std::string_view example;   // two lines of Argdown that trigger it
    std::string_view fix;
};

const std::vector<Explanation>& explanations();  // sorted by code
const Explanation* find_explanation(std::string_view code);
std::string format_explanation(const Explanation& explanation);

}  // namespace warrant
