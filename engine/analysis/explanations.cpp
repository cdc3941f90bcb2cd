// The catalogue of every code warrant reports: what `warrant explain CODE` prints.
//
// One catalogue sorted by code, so a new code is one new row and docs/diagnostics.md's list can
// be checked against it. The rows of the checks (E1xx, N2xx, W1xx) are here; the codes of
// reading an input (E0xx, W0xx) are in explanations_reading.cpp.
#include "analysis/explanation_rows.hpp"
#include "text/ascii_case.hpp"

#include <algorithm>

namespace warrant {
namespace analysis {

using S = Severity;

// The catalogue is laid out one field a line, as it reads; clang-format would pack the fields.
// clang-format off
std::vector<Explanation> check_explanations() {
    return {
        {"E101", S::Error, "thesis declared twice",
         "More than one statement is marked as the thesis.",
         "An essay argues for one thesis; two theses leave the reader unsure what the argument is for, "
         "and analyses of the thesis pick one arbitrarily.",
         "[Main]: Utopias fail. #thesis\n[Other]: Dystopias fail. #thesis",
         "Keep #thesis on the central claim and make the other a claim supporting it."},
        {"E102", S::Error, "relation between kinds that cannot relate",
         "A relation joins two kinds of node that cannot be related that way: something supports a "
         "source, evidence attacks a source, or something other than evidence cites one.",
         "Sources are works, not statements: they are cited, never supported or refuted by quotation. "
         "Such a relation is almost always a typo in the title or the relation symbol.",
         "[Quote]: \"...\" {source: atwood, page: 66}\n  - [atwood]",
         "Attack or support the statement the source makes, not the source; cite with {source: KEY}."},
        {"N201", S::Note, "bibliography entry never cited",
         "A source of the bibliography is not cited by any evidence.",
         "A reader expects every listed work to do some work in the argument; an unused entry often "
         "marks a quotation that was dropped or cited under another key.",
         "===\nsources: {atwood: {author: Margaret Atwood}}  # and no {source: atwood}",
         "Cite it from the evidence that relies on it, or remove the entry."},
        {"N202", S::Note, "one source carries most of a claim's grounds",
         "More than half of the (at least three) evidence grounds directly under a claim come from "
         "one source; the share is given.",
         "The claim stands or falls with that one source: if it is wrong, biased or misread, most of "
         "the support goes at once.",
         "[C]: ...\n  + [Q1]: ... {source: a, page: 1}  (and Q2, Q3 from a as well)",
         "Add evidence from independent sources, or say why this source is authoritative. The work "
         "under study (a novel in a literary essay) is declared `primary: true` in the bibliography "
         "and is never reported: quoting it is the method, not a reliance on one authority."},
        {"N203", S::Note, "no thesis",
         "No statement is marked as the thesis.",
         "An argument map without a thesis has no point to reach; the analyses cannot tell the "
         "main claim from the others.",
         "[Claim]: Utopias fail.\n  + [Reason]: People differ.",
         "Tag the central claim #thesis (or {kind: thesis})."},
        {"N207", S::Note, "one title with two different texts",
         "A title is written twice, each time with a text of other words: `[Cost]: Later buses cost the "
         "district more.` and further down `[Cost]: Overtime for teachers is expensive.` The note is "
         "on the second, and names the line of the first. The same words twice (another case, other "
         "punctuation) are quiet.",
         "Argdown makes every statement of one title one statement, with several texts, on purpose; "
         "but a title reused by accident merges two claims, and what supports or attacks one is then "
         "read as bearing on the other.",
         "[Cost]: Later buses cost the district more.\n  - [Cost]: Overtime for teachers is expensive.",
         "If these are two claims, give the second its own title (the fix renames it `[Cost 2]`); if "
         "they are one claim said twice, say it with the same words, or refer to it as `[Cost]` alone."},
        {"N210", S::Note, "unanswered critical question",
         "An argument declares an argumentation scheme ({scheme: expert-opinion}) and the map does not "
         "address one of that scheme's critical questions; the question is quoted.",
         "Each scheme is open to typical challenges (Walton, Reed & Macagno 2008). A map that leaves "
         "them unasked has not yet tested the argument the way a careful opponent would.",
         "<Atwood knows>: Atwood says so. {scheme: expert-opinion}\n  - [Novelist, not scholar]: ... {answers: CQ2}",
         "Relate a node that answers it ({answers: CQn} or #CQn) to the argument or one of its premises, "
         "by attack or support; `warrant schemes NAME` lists the questions."},
        {"N220", S::Note, "map drafted from an essay",
         "The input is prose (an essay's .txt, or Markdown without ```argdown blocks), not a map: "
         "warrant drafted its map as `warrant draft` does, and reports the draft's findings at the "
         "essay's sentences, in words for its writer.",
         "A draft is a machine's reading of the essay: it can take a claim for a premise, or miss a "
         "relation, and a finding about the draft may be about that misreading.",
         "warrant check essay.txt\n",
         "Read each finding against its sentence. To correct the map by hand, save the draft "
         "(`warrant draft essay.txt -o essay.argdown`), edit it, and check that file."},
        {"W101", S::Warning, "unsupported claim",
         "A claim or the thesis has no support at all: no statement, argument or evidence backs it.",
         "A bare assertion asks the reader to take it on trust; it is where an essay's argument "
         "does not hold up.",
         "[Claim]: Utopias always fail.\n  - [Objection]: Some succeed.",
         "Support it with evidence (`+ [Quote]: \"…\" {source: KEY, page: N}`) or an argument, "
         "or mark it #assumption if the essay takes it as given, #concession if it grants a point "
         "it then argues past (\"Although X, Y\")."},
        {"W102", S::Warning, "ungrounded claim",
         "A claim is supported, but no chain of support reaches evidence or an assumption: every chain "
         "ends in an unsupported statement (named) or turns in a circle.",
         "Support by other bare assertions only postpones the question; the claim is no better "
         "founded than the unsupported statements beneath it.",
         "[Thesis]: Utopias fail. #thesis\n  + [Reason]: People differ.",
         "Ground the named statements with evidence, or mark them #assumption."},
        {"W103", S::Warning, "circular support",
         "Statements support each other in a circle (or one supports itself); the cycle is listed in "
         "order.",
         "Circular support is begging the question: the circle as a whole rests on nothing, and it "
         "grounds none of its members.",
         "[A]: Utopias fail.\n  + [B]: They fail because they are utopias.\n    + [A]",
         "Break the circle: ground one member independently, or merge statements that say the same."},
        {"W104", S::Warning, "unanswered counter-position",
         "A counter-position (or a plain claim attacking the thesis or what supports it) is not "
         "attacked or undercut by any grounded statement or argument. This asks more than the status "
         "view does: its IN/OUT labels (Dung's grounded semantics) weigh attacks alone, so an "
         "objection attacked by a bare assertion is drawn OUT there and still reported here, "
         "because the answer rests on nothing.",
         "An objection raised and left standing concedes the point; a reader will side with it.",
         "[Thesis]: Utopias fail. #thesis\n  - [Objection]: Some succeed. #counter",
         "Answer it with a grounded attack (`- [Rebuttal]` backed by evidence), or concede and "
         "narrow the thesis; a point the essay grants and argues past (\"Although X, Y\") is marked "
         "#concession and owes no answer."},
        {"W110", S::Warning, "evidence without a source",
         "A statement marked as evidence names no source.",
         "Evidence nobody can look up is an assertion in quotation marks; it grounds nothing.",
         "[Quote]: \"The children never rebel.\" #evidence\n",
         "Add {source: KEY, page: N} with a KEY from the bibliography; or, for an example of your own "
         "(an event, a case you know), mark it #example: it grounds itself and needs no source."},
        {"W111", S::Warning, "evidence without a page",
         "Evidence cites a source but no page.",
         "A quotation must be findable to be checked; a whole book is not a reference.",
         "[Quote]: \"The children never rebel.\" {source: ishiguro}\n",
         "Add {page: N} (or a range, \"3–4\")."},
        {"W112", S::Warning, "source missing from the bibliography",
         "Evidence cites a source key that the front-matter bibliography does not declare.",
         "The reader cannot tell which work the key means; it is often a misspelt key.",
         "===\nsources: {atwood: {author: Margaret Atwood}}\n===\n[Q]: \"…\" {source: atwod, page: 66}",
         "Declare the source under `sources:` or fix the key: when a declared key is close (case and "
         "accents ignored), the finding names it (\"did you mean 'atwood'?\"), offers the edit, and "
         "the declared entry is not also reported as never cited (N201)."},
        {"W120", S::Warning, "reference to an undefined title",
         "A title is used in a relation but no statement with that title is ever written out.",
         "The reader cannot know what is claimed; it is usually a misspelt title, which silently "
         "splits one statement into two.",
         "[Thesis]: Utopias fail. #thesis\n  + [Reasno]\n\n[Reason]: They promise too much.",
         "Fix the title (warrant suggests the nearest defined one, case and accents ignored: \"did you "
         "mean [Reason]?\"), or define the statement with `[Title]: text`."},
        {"W121", S::Warning, "self-relation",
         "A statement attacks (or otherwise relates to) itself.",
         "A statement cannot be its own objection; it is almost always a wrong title.",
         "[A]: Utopias fail.\n  - [A]",
         "Relate it to the statement you meant."},
        {"W122", S::Warning, "isolated node",
         "A statement or argument has no relation to anything.",
         "It plays no part in the argument: it is either missing its relations or does not belong.",
         "[Thesis]: Utopias fail. #thesis\n[Aside]: Ishiguro was born in Nagasaki.",
         "Relate it to the argument, or remove it."},
        {"W123", S::Warning, "branch disconnected from the thesis",
         "Two or more statements relate to each other but nothing among them supports or attacks "
         "anything that leads to the thesis. One finding per such part, named by its top claim.",
         "The branch argues for nothing the essay claims: its evidence grounds nothing, and a "
         "mistyped title (W120) or a reason written at the wrong indentation usually cut it off.",
         "[Thesis]: Cars should go. #thesis\n  + [Safer roads]: Fewer crashes.\n\n"
         "[Popular]: Residents want it.\n  + [Poll]: Sixty per cent voted for it.",
         "Hang the branch's top claim under the claim it supports (`+ [Popular]` below the thesis), "
         "fix the mistyped title that should join it, or remove it."},
        {"W190", S::Warning, "unknown argumentation scheme",
         "An argument's {scheme: …} names no scheme of the built-in catalogue.",
         "Its critical questions cannot be asked, so the argument escapes that check unnoticed.",
         "<Stars>: The stars say so. {scheme: astrology}\n  +> [Fate]: Our fate is written.",
         "Use a scheme `warrant schemes` lists (expert-opinion, analogy, sign, ...), or remove the metadata."},
        {"W191", S::Warning, "answer to a question the scheme does not have",
         "A node related to an argument says it answers a critical question (CQn) beyond the number "
         "its scheme has.",
         "The answer is counted nowhere: the question it meant may still be reported as unanswered.",
         "<A>: ... {scheme: sign}\n  - [Reply]: ... {answers: CQ7}",
         "Check the number with `warrant schemes NAME` and correct it."},
    };
}
// clang-format on

}  // namespace analysis

namespace {

std::vector<Explanation> sorted_catalogue() {
    std::vector<Explanation> catalogue = analysis::reading_explanations();
    std::vector<Explanation> checks = analysis::check_explanations();
    catalogue.insert(catalogue.end(), checks.begin(), checks.end());
    std::sort(catalogue.begin(), catalogue.end(),
              [](const Explanation& a, const Explanation& b) { return std::string_view(a.code) < std::string_view(b.code); });
    return catalogue;
}

}  // namespace

const std::vector<Explanation>& explanations() {
    static const std::vector<Explanation> catalogue = sorted_catalogue();
    return catalogue;
}

const Explanation* find_explanation(std::string_view code) {
    const std::string upper = text::uppercase(code);
    const std::vector<Explanation>& catalogue = explanations();
    auto it = std::find_if(catalogue.begin(), catalogue.end(), [&](const Explanation& e) { return e.code == upper; });
    return it == catalogue.end() ? nullptr : &*it;
}

std::string format_explanation(const Explanation& e) {
    std::string out;
    out += std::string(e.code) + " (" + std::string(to_string(e.severity)) + "): " + std::string(e.title) + "\n\n";
    out += std::string(e.meaning) + "\n\nWhy it matters: " + std::string(e.why) + "\n\nExample:\n";
    std::string_view example = e.example;
    while (!example.empty()) {
        const std::size_t newline = example.find('\n');
        out += "    " + std::string(example.substr(0, newline)) + "\n";
        example = newline == std::string_view::npos ? std::string_view{} : example.substr(newline + 1);
    }
    out += "\nFix: " + std::string(e.fix) + "\n";
    return out;
}

}  // namespace warrant
