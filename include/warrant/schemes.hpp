// Argumentation schemes and their critical questions (Walton, Reed & Macagno 2008,
// "Argumentation Schemes", Cambridge University Press).
//
// An argument declares the pattern of reasoning it follows with `{scheme: expert-opinion}`.
// Each scheme comes with critical questions: the ways such an argument is typically challenged.
// A map that leaves a question unaddressed is not wrong, but a reader should see the gap, so
// every unanswered question becomes a note. The catalogue is built into the binary
// (engine/data/schemes.json, embedded at build time).
//
// Answering convention (docs/teaching.md): a critical question CQn of argument A counts as
// answered when a node that names it -- metadata `answers: CQn` (several: `answers: CQ1, CQ3`)
// or tag `#CQn` -- is related to A, or to one of A's premises, by an attack, undercut,
// contrary, contradictory, support or entails relation. A rebuttal and a defence both address
// the question; the map then shows how it was settled.
//
// Threads: the catalogue is built once, on first use, and only read after: safe from several
// threads at once.
#pragma once

#include "warrant/diagnostic.hpp"
#include "warrant/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace warrant {

struct CriticalQuestion {
    std::string id;        // "CQ1", "CQ2", ... as cited in `answers:` and tags
    std::string topic;     // one or two words: "expertise", "field", "consistency"
    std::string question;
};

struct ArgumentationScheme {
    std::string key;                       // "expert-opinion", as written in `{scheme: …}`
    std::string name;                      // "Argument from expert opinion"
    std::vector<std::string> premises;     // the premise pattern, with variables
    std::string conclusion;
    std::vector<CriticalQuestion> questions;
};

// The built-in catalogue, in a fixed order (the order of the data file).
const std::vector<ArgumentationScheme>& scheme_catalogue();

// Finds a scheme by key, forgiving case, spaces or underscores for hyphens and a leading
// "argument from": "Expert Opinion", "expert_opinion" and "argument from expert opinion" all
// name "expert-opinion".
const ArgumentationScheme* find_scheme(std::string_view name);

// AIF's placeholders for "no particular scheme" ("Default Inference", "Default Conflict",
// "Default Rephrase", "Default Preference", "Default Transition", ...): known, with no
// critical questions, never W190.
bool is_default_aif_scheme(std::string_view name);

// Plain text for `warrant schemes`: one line per scheme, or one scheme in full (premises,
// conclusion, numbered critical questions and how to cite them in a map).
std::string format_scheme_list();
std::string format_scheme(const ArgumentationScheme& scheme);

// One question of one argument's scheme and the nodes that address it.
struct QuestionStatus {
    const CriticalQuestion* question = nullptr;
    std::vector<std::string> answered_by;  // titles, in vertex order; empty: unanswered
};

// An answer naming a question the argument's scheme does not have ("CQ9" of a 6-question scheme).
struct UnknownAnswer {
    std::string question;
    std::string answered_by;
};

// What the critical questions say about one argument that declares a scheme.
struct SchemeAssessment {
    std::string argument;                  // the node's title
    Vertex vertex = 0;
    std::string declared;                  // the scheme as written
    const ArgumentationScheme* scheme = nullptr;  // null: unknown scheme
    std::vector<QuestionStatus> questions; // in catalogue order; empty for an unknown scheme
    std::vector<UnknownAnswer> unknown_answers;
};

// Every node with `scheme` metadata, in vertex order.
std::vector<SchemeAssessment> assess_critical_questions(const ArgumentMap& map);

// The assessment as findings: N210 per unanswered question, W190 per unknown scheme,
// W191 per answer naming a question the scheme does not have.
std::vector<Diagnostic> critical_question_findings(const std::vector<SchemeAssessment>& assessments,
                                                   const ArgumentMap& map);
std::vector<Diagnostic> critical_question_findings(const ArgumentMap& map);

}  // namespace warrant
