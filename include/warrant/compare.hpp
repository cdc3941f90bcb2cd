// Grading students' maps against an instructor's reference map (docs/teaching.md).
//
// Matching: each student map is matched to the reference as a whole, one student node to at
// most one reference node, by one global assignment that maximizes the summed pair weights.
// A pair's weight starts from
//   - text similarity: cosine of TF-IDF vectors of Snowball-stemmed words (title and texts;
//     stop words dropped), the document frequencies counted over every node of every map of
//     the class, so that words every student uses weigh little and the essay's own terms much;
//   - citation identity: the same source key, more when the pages are the same or near;
//   - kind: claims with claims, evidence with evidence (a quotation drawn as a bare claim still
//     matches, for less), arguments with arguments; the thesis with the thesis;
// and is then reinforced by the pair's neighbours (similarity flooding, Melnik et al. 2002):
// a pair whose supporters and targets also match gains weight, a few rounds. A pair that
// shares no word and no citation is never matched: structure reinforces, it does not invent.
//
// Scoring: 100 points in four parts, each spread over the reference's items (a part the
// reference has no item for is left out and the others scaled up):
//   claims 30     each claim, counter-position and argument of the reference (the thesis
//                 twice): matched, and credited by how much of its text the student's says;
//   evidence 35   each piece of evidence: matched, citing the same source and page (a wrong
//                 page, a missing page or a missing source cost part of it);
//   relations 15  each relation but `cites`: both ends matched and the same kind;
//   dialectic 20  each attack (attack, undercut, contrary, contradictory): drawn as an attack;
//                 drawn as a support it costs twice its share (the map then says the opposite).
// Every lost point is a Deduction with its reason. Students' extra claims cost at most 5.
//
// Threads: grading only reads its maps (the stemmer is one per thread): the functions may be
// called from several threads at once.
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"
#include "warrant/parse.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace warrant {

// Points of each part of the rubric; scaled so that the parts the reference has sum to 100.
struct CompareWeights {
    double claims = 30;
    double evidence = 35;
    double relations = 15;
    double dialectic = 20;
};

struct CompareOptions {
    CompareWeights weights;
};

enum class MatchMethod { Title, Text, Citation };
std::string_view to_string(MatchMethod method);  // "title", "text", "citation"

struct NodeMatch {
    std::string student;      // titles
    std::string reference;
    NodeKind student_kind = NodeKind::Claim;
    NodeKind reference_kind = NodeKind::Claim;
    MatchMethod method = MatchMethod::Title;  // what decided it: identical title, text or citation
    double similarity = 1.0;  // text similarity (cosine, 0..1) of the two nodes
    double fidelity = 1.0;    // how much of the reference's text the student's says (0..1)
    std::string reference_text;  // the reference node's text, for feedback
};

// One part of the rubric: points earned of the points possible over `items` reference items.
struct RubricPart {
    std::string name;         // "claims", "evidence", "relations", "dialectic"
    double possible = 0;
    double earned = 0;
    std::size_t items = 0;
};

// Points lost, and why. Titles: the reference's and, where the student drew it, the student's.
struct Deduction {
    std::string part;          // the rubric part it is taken from
    std::string code;          // "missing-claim", "vague-text", "wrong-page", "attack-as-support", ...
    double points = 0;
    std::string reason;        // one sentence, in the student's titles where there are some
    std::string reference;     // reference title
    std::string student;       // student title, or "" when nothing of theirs matched
    std::string quote;         // the reference's text, for missing items
};

// A relation named by the titles of its ends: reference titles for missing relations and
// wrong kinds, student titles for extra relations.
struct RelationDifference {
    std::string from;
    std::string to;
    EdgeKind kind = EdgeKind::Support;          // the reference's kind (missing, wrong kind) or the student's (extra)
    EdgeKind student_kind = EdgeKind::Support;  // wrong kind only: what the student drew
    // False when an end is itself missing (or extra): the relation goes with that node.
    bool ends_matched = true;
    std::string student_from;  // wrong kind: the student's titles of the ends
    std::string student_to;
};

// Matched evidence whose citation differs (titles of both sides, source keys and pages).
struct CitationDifference {
    std::string student;
    std::string reference;
    std::string reference_source;
    std::string reference_page;
    std::string student_source;
    std::string student_page;
};

struct Comparison {
    std::string student_file;
    std::string reference_file;
    // Loading: a map with syntax errors is graded on what the loader recovered and flagged here;
    // a file that could not be read at all scores 0 with `unreadable`.
    bool unreadable = false;
    std::vector<Diagnostic> load_errors;      // the student's parse errors (severity error)
    std::vector<Diagnostic> findings;         // the student's own `check` findings, errors included
    std::vector<NodeMatch> matches;           // reference document order
    std::vector<RubricPart> parts;            // claims, evidence, relations, dialectic (graded ones)
    std::vector<Deduction> deductions;        // reference order within each part
    double total = 0;                         // 0..100
    std::vector<std::string> missing_claims;  // reference titles, document order
    std::vector<std::string> extra_claims;    // student titles, document order
    std::vector<std::string> missing_evidence;
    std::vector<std::string> extra_evidence;
    std::vector<RelationDifference> missing_relations;
    std::vector<RelationDifference> extra_relations;
    std::vector<RelationDifference> wrong_kind;
    std::vector<CitationDifference> citation_differences;  // reference order

    const RubricPart* part(std::string_view name) const;  // nullptr when not graded
};

// The text similarity compare uses, for two texts alone (document frequencies from the two).
double text_similarity(std::string_view a, std::string_view b);

// One student against the reference; word weights from the two maps.
Comparison compare_maps(const ArgumentMap& student, const ArgumentMap& reference, const CompareOptions& options = {});

// A whole class: word weights from every map, each student's load errors and `check`
// findings kept. One Comparison per student, in the order given, none dropped.
std::vector<Comparison> compare_class(const std::vector<LoadResult>& students, const ArgumentMap& reference,
                                      const CompareOptions& options = {});

// Reports for one or many students against one reference. Deterministic; numbers rounded to
// three decimals (JSON) or one (text, CSV). Text: one block per student, then a ranking table
// when there are several. JSON: {"reference", "weights", "students": [...]}. CSV (the
// gradebook): a header and one row per student, unreadable ones included (RFC 4180 quoting).
std::string comparison_text(const std::vector<Comparison>& comparisons);
std::string comparison_json(const std::vector<Comparison>& comparisons, const CompareOptions& options);
std::string comparison_csv(const std::vector<Comparison>& comparisons);

// Feedback for the student (compare --feedback): one self-contained page in the student's own
// titles: the score and how it was made, what matches, what is missing (quoting the
// reference), what is drawn wrongly, and the student's own check findings with their
// explanations. Markdown for a learning platform, HTML to open in a browser.
std::string feedback_markdown(const Comparison& comparison);
std::string feedback_html(const Comparison& comparison);
// The file name stem for a student's feedback: the map's base name without its extension,
// made unique among `comparisons` by a numeric suffix ("anna", "anna-2").
std::vector<std::string> feedback_names(const std::vector<Comparison>& comparisons);

}  // namespace warrant
