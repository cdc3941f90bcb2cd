// Grading a student's map against an instructor's reference map.
//
// Nodes are matched one to one, in three passes, each only among nodes still unmatched:
//   1. exact title (statements with statements, arguments with arguments);
//   2. text similarity within the same category (claim-like, evidence, argument): the token
//      Jaccard index |A ∩ B| / |A ∪ B| of the normalized words (lowercase, punctuation
//      stripped) of the titles, and of the texts; the higher of the two counts. Pairs at or
//      above the threshold are taken best first (ties: document order of student, reference);
//   3. evidence by citation: same source key and same page (spaces and dash style ignored).
// Then each category is scored by precision (matched / drawn by the student), recall
// (matched / in the reference) and F1. Categories: claims (thesis, claim, counter-position),
// evidence, and typed relations (every edge but cites). Matched evidence counts only when it
// cites the same source and page; otherwise it is a citation difference (a quotation given
// the wrong page is the quotation with an error, not a missing and an extra one). A relation matches when both ends
// match and the kind is the same (contradictory in either direction); with both ends matched
// but another kind it is "wrong kind" (support drawn as attack) and counts as unmatched.
//
// The total is 100 × the weighted mean of the three F1 scores (default weights: claims 0.4,
// evidence 0.2, relations 0.4). A category empty in both maps is left out and the weights of
// the others renormalized, so a map without evidence is not graded on evidence.
#pragma once

#include "warrant/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace warrant {

struct CompareWeights {
    double claims = 0.4;
    double evidence = 0.2;
    double relations = 0.4;
};

struct CompareOptions {
    double text_threshold = 0.5;   // minimum token Jaccard for a text match
    CompareWeights weights;
};

enum class MatchMethod { Title, Text, Citation };
std::string_view to_string(MatchMethod method);  // "title", "text", "citation"

struct NodeMatch {
    std::string student;      // titles
    std::string reference;
    NodeKind student_kind = NodeKind::Claim;
    NodeKind reference_kind = NodeKind::Claim;
    MatchMethod method = MatchMethod::Title;
    double similarity = 1.0;  // 1 for title and citation matches
};

// Precision, recall and F1 of one category. When both maps have none, all three are 1 and
// `counted` is false (the category does not enter the total).
struct CategoryScore {
    std::size_t matched = 0;
    std::size_t student = 0;
    std::size_t reference = 0;
    double precision = 1.0;
    double recall = 1.0;
    double f1 = 1.0;
    bool counted = false;
};

// A relation named by the titles of its ends: reference titles for missing relations and
// wrong kinds, student titles for extra relations.
struct RelationDifference {
    std::string from;
    std::string to;
    EdgeKind kind = EdgeKind::Support;          // the reference's kind (missing, wrong kind) or the student's (extra)
    EdgeKind student_kind = EdgeKind::Support;  // wrong kind only: what the student drew
    // False when an end is itself missing (or extra): the relation goes with that node and is
    // not a separate mistake, though it still counts in the relation score.
    bool ends_matched = true;
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
    std::vector<NodeMatch> matches;          // reference document order
    CategoryScore claims;
    CategoryScore evidence;
    CategoryScore relations;
    double total = 0;                         // 0..100
    std::vector<std::string> missing_claims;  // reference titles, document order
    std::vector<std::string> extra_claims;    // student titles, document order
    std::vector<std::string> missing_evidence;
    std::vector<std::string> extra_evidence;
    std::vector<RelationDifference> missing_relations;
    std::vector<RelationDifference> extra_relations;
    std::vector<RelationDifference> wrong_kind;
    std::vector<CitationDifference> citation_differences;  // reference order
};

// The token Jaccard index of two texts after normalization (0 when both are empty).
double text_similarity(std::string_view a, std::string_view b);

Comparison compare_maps(const ArgumentMap& student, const ArgumentMap& reference, const CompareOptions& options = {});

// Reports for one or many students against one reference. Deterministic; numbers rounded to
// three decimals. Text: one block per student, then a ranking table when there are several.
// JSON: {"reference", "weights", "text_threshold", "students": [...]}. CSV: a header and one
// row per student (scores and counts; RFC 4180 quoting).
std::string comparison_text(const std::vector<Comparison>& comparisons);
std::string comparison_json(const std::vector<Comparison>& comparisons, const CompareOptions& options);
std::string comparison_csv(const std::vector<Comparison>& comparisons);

}  // namespace warrant
