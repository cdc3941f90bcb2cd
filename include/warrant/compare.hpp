// Grading students' maps against an instructor's reference map (docs/teaching.md).
//
// Matching: each student map is matched to the reference as a whole, one student node to at
// most one reference node, by one global assignment that maximizes the summed pair weights.
// Structure first, words last. A pair's weight is made of
//   - role: thesis, reason, objection (a counter-position), its answer, evidence, read from
//     the map's structure, so a student's only objection is the reference's only objection;
//   - place (similarity flooding, after Melnik et al. 2002): the share of the pair's
//     supporters, attackers and targets that are matched to each other, whatever polarity the
//     student drew, carried a few rounds from the citations and the thesis inwards;
//   - citation identity: the same source key, more when the pages are the same or near;
//   - words: cosine of TF-IDF vectors of Snowball stems and their WordNet synonyms ("pupils"
//     meets "students"), the document frequencies counted over every map of the class;
//   - kind: claims with claims, evidence with evidence (a quotation drawn as a bare claim still
//     matches, for less), arguments with arguments.
// A pair needs a shared text, a citation to the same pages, both theses, or the same role in
// the same place: structure finds a paraphrase, but a word or two in common never makes a pair.
//
// Scoring: 100 points in five parts, each spread over the reference's items (a part the
// reference has no item for is left out and the others scaled up):
//   claims 28     each claim, counter-position and argument of the reference (the thesis
//                 twice): matched surely (role and place, citation, words, or for the
//                 thesis its topic) and saying the point in any words: a faithful
//                 paraphrase earns it all, a vague text half;
//   evidence 32   each piece of evidence: matched, citing the same source and page (a wrong
//                 page, a missing page or a wrong source cost part of it);
//   relations 15  each relation but `cites`: both ends matched and the same polarity;
//   dialectic 20  each attack (attack, undercut, contrary, contradictory): drawn as an attack;
//                 drawn as a support it costs twice its share (the map then says the opposite);
//   wording 5     how close the matched points' words are to the reference's, apart from all
//                 the rest, so that a paraphrase loses at most these few points.
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
    double claims = 28;
    double evidence = 32;
    double relations = 15;
    double dialectic = 20;
    double wording = 5;  // how close the words are: small, and named apart, on purpose
};

struct CompareOptions {
    CompareWeights weights;
};

enum class MatchMethod { Title, Text, Citation, Place };
std::string_view to_string(MatchMethod method);  // "title", "text", "citation", "place"

struct NodeMatch {
    std::string student;      // titles
    std::string reference;
    NodeKind student_kind = NodeKind::Claim;
    NodeKind reference_kind = NodeKind::Claim;
    // What decided it: an identical title, the texts, a citation to the same pages, or (with
    // next to no word in common) the same role in the same place.
    MatchMethod method = MatchMethod::Title;
    double similarity = 1.0;  // text similarity (cosine, 0..1) of the two nodes
    double fidelity = 1.0;    // how close the wording is to the reference's (0..1): the wording part
    std::string reference_text;  // the reference node's text, for feedback
};

// One part of the rubric: points earned of the points possible over `items` reference items.
struct RubricPart {
    std::string name;         // "claims", "evidence", "relations", "dialectic", "wording"
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

// How a student drew one point (claim, objection, argument or evidence) of the reference.
enum class PointOutcome { Drawn, Missing, DrawnWrongly };
std::string_view to_string(PointOutcome outcome);  // "drawn", "missing", "drawn-wrongly"

struct ReferencePoint {
    std::string reference;      // the reference's title
    NodeKind kind = NodeKind::Claim;
    PointOutcome outcome = PointOutcome::Missing;
    std::string student;        // the student's title for it, "" when missing
    std::vector<std::string> problems;  // deduction codes that make it drawn wrongly, in order
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
    // Every point of the reference (sources aside) in document order, and how this student
    // drew it: what the class page counts. Empty for an unreadable file.
    std::vector<ReferencePoint> points;

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

// The class roster (compare --roster): which student handed in which map. A CSV file with a
// header naming its columns: `file` (the map, as given on the command line, its file name, or
// that without extension), and any of `name`, `id` (Moodle's ID number, Canvas's user ID),
// `email`, `sis_user_id`, `sis_login_id`, `section`.
struct RosterEntry {
    std::string file;
    std::string name;
    std::string id;
    std::string email;
    std::string sis_user_id;
    std::string sis_login_id;
    std::string section;
};
struct Roster {
    std::vector<RosterEntry> entries;
    const RosterEntry* find(std::string_view student_file) const;  // nullptr when not listed
};
struct RosterResult {
    Roster roster;
    std::vector<Diagnostic> errors;  // E038 at file:line:col; the roster is unusable when any
};
RosterResult parse_roster(std::string_view text, const std::string& file);

// Grades where teachers keep them (docs/teaching.md, "Into the gradebook"). CSV, RFC 4180,
// UTF-8, CRLF line ends, one row per student in the order given.
struct GradebookOptions {
    std::string assignment = "Argument map";  // Canvas: "Name (id)" updates assignment id
    double points = 100;                      // the assignment's points; totals are scaled to it
};
// Moodle's grade import (Grades > Import > CSV file): `Full name`, `ID number`, `Email
// address`, the grade under the assignment's name, and `Feedback`: one paragraph per student.
std::string comparison_moodle(const std::vector<Comparison>& comparisons, const Roster& roster,
                              const GradebookOptions& options = {});
// Canvas's gradebook import (Grades > Import): `Student`, `ID`, `SIS User ID`, `SIS Login ID`,
// `Section`, the assignment's column, a `Points Possible` row first.
std::string comparison_canvas(const std::vector<Comparison>& comparisons, const Roster& roster,
                              const GradebookOptions& options = {});
// The one-paragraph summary of a student's grade that goes into a gradebook's feedback.
std::string feedback_summary(const Comparison& comparison);

// Feedback for the student (compare --feedback): one self-contained page in the student's own
// titles: the score and how it was made, what matches, what is missing (quoting the
// reference), what is drawn wrongly, and the student's own check findings with their
// explanations. Markdown for a learning platform, HTML to open in a browser.
std::string feedback_markdown(const Comparison& comparison);
std::string feedback_html(const Comparison& comparison);
// The class at a glance (compare --feedback writes it as DIR/index.html beside the students'
// pages): every student with score, status and a link to their page (`names`, as
// feedback_names() gives them); the distribution of scores; for each point of the reference
// how many students drew it, missed it or drew it wrongly, each count a link to the list of
// those students; the class's most common mistakes and `check` findings. One self-contained
// page without script, laid out to print on a few A4 pages.
std::string class_index_html(const std::vector<Comparison>& comparisons, const std::vector<std::string>& names);

// The file name stem for a student's feedback: the map's base name without its extension,
// made unique among `comparisons` by a numeric suffix ("anna", "anna-2").
std::vector<std::string> feedback_names(const std::vector<Comparison>& comparisons);

}  // namespace warrant
