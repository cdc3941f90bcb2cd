// Which critical questions of each argument's scheme the map addresses (convention in
// include/warrant/schemes.hpp and docs/teaching.md).
#include "analysis/analysis_runs.hpp"
#include "warrant/analysis.hpp"
#include "warrant/schemes.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace warrant {
namespace {

// "cq2", "CQ2", "Cq 2" -> "CQ2"; anything else -> "".
std::string question_id_of(std::string_view text) {
    std::string compact;
    for (unsigned char c : text)
        if (!std::isspace(c)) compact += static_cast<char>(std::toupper(c));
    if (compact.size() < 3 || !compact.starts_with("CQ")) return {};
    if (!std::all_of(compact.begin() + 2, compact.end(), [](unsigned char c) { return std::isdigit(c); })) return {};
    return compact;
}

// The questions a node says it answers: `answers: CQ1, CQ3` (or a YAML list, flattened to
// answers.0, answers.1, ...) and tags #CQ1.
std::set<std::string> answered_questions(const Node& node) {
    std::set<std::string> ids;
    for (const auto& [key, value] : node.metadata) {
        if (key != "answers" && !key.starts_with("answers.")) continue;
        std::string_view rest = value;
        while (!rest.empty()) {
            const std::size_t separator = rest.find_first_of(",;");
            if (std::string id = question_id_of(rest.substr(0, separator)); !id.empty()) ids.insert(id);
            rest = separator == std::string_view::npos ? std::string_view{} : rest.substr(separator + 1);
        }
    }
    for (const std::string& tag : node.tags)
        if (std::string id = question_id_of(tag); !id.empty()) ids.insert(id);
    return ids;
}

bool addresses(EdgeKind kind) { return is_attacking(kind) || is_supporting(kind); }

// The argument and its premises: a critical question may be raised against either.
std::vector<Vertex> question_targets(const ArgumentMap& map, Vertex argument) {
    std::vector<Vertex> targets{argument};
    for (EdgeId e : boost::make_iterator_range(boost::in_edges(argument, map.graph)))
        if (map.graph[e].kind == EdgeKind::PremiseOf) targets.push_back(boost::source(e, map.graph));
    for (const PcsMember& member : map.node(argument).pcs)
        if (member.role == PcsMember::Role::Premise)
            if (std::optional<Vertex> premise = map.find_statement(member.title)) targets.push_back(*premise);
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    return targets;
}

// Nodes related to any target by an addressing relation; a symmetric relation counts from
// either end.
std::vector<Vertex> responders(const ArgumentMap& map, const std::vector<Vertex>& targets) {
    std::vector<Vertex> found;
    for (Vertex target : targets) {
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(target, map.graph)))
            if (addresses(map.graph[e].kind)) found.push_back(boost::source(e, map.graph));
        for (EdgeId e : boost::make_iterator_range(boost::out_edges(target, map.graph)))
            if (is_symmetric(map.graph[e].kind)) found.push_back(boost::target(e, map.graph));
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

SchemeAssessment assess(const ArgumentMap& map, Vertex v, const std::string& declared) {
    SchemeAssessment assessment{map.node(v).title, v, declared, find_scheme(declared), {}, {}};
    if (!assessment.scheme) return assessment;
    for (const CriticalQuestion& question : assessment.scheme->questions)
        assessment.questions.push_back({&question, {}});
    for (Vertex responder : responders(map, question_targets(map, v))) {
        const Node& node = map.node(responder);
        for (const std::string& id : answered_questions(node)) {
            auto status = std::find_if(assessment.questions.begin(), assessment.questions.end(),
                                       [&](const QuestionStatus& s) { return s.question->id == id; });
            if (status == assessment.questions.end())
                assessment.unknown_answers.push_back({id, node.title});
            else
                status->answered_by.push_back(node.title);
        }
    }
    return assessment;
}

}  // namespace

std::vector<SchemeAssessment> assess_critical_questions(const ArgumentMap& map) {
    analysis::count_run(analysis::AnalysisPart::Schemes);
    std::vector<SchemeAssessment> assessments;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph))) {
        auto declared = map.node(v).metadata.find("scheme");
        if (declared != map.node(v).metadata.end() && !is_default_aif_scheme(declared->second))
            assessments.push_back(assess(map, v, declared->second));
    }
    return assessments;
}

std::vector<Diagnostic> critical_question_findings(const std::vector<SchemeAssessment>& assessments,
                                                   const ArgumentMap& map) {
    std::vector<Diagnostic> findings;
    for (const SchemeAssessment& a : assessments) {
        const SourceSpan& span = map.node(a.vertex).span;
        if (!a.scheme) {
            findings.push_back({Severity::Warning, "W190",
                                display_name(map.node(a.vertex)) + " declares the unknown scheme \"" + a.declared +
                                    "\" ('warrant schemes' lists the known ones)",
                                span, {a.argument}});
            continue;
        }
        for (const QuestionStatus& status : a.questions) {
            if (!status.answered_by.empty()) continue;
            findings.push_back({Severity::Note, "N210",
                                "critical question " + status.question->id + " (" + status.question->topic +
                                    ") of " + display_name(map.node(a.vertex)) + " is unanswered: " + status.question->question,
                                span, {a.argument}});
        }
        for (const UnknownAnswer& unknown : a.unknown_answers)
            findings.push_back({Severity::Warning, "W191",
                                "[" + unknown.answered_by + "] answers " + unknown.question + ", but scheme " +
                                    a.scheme->key + " has " + std::to_string(a.scheme->questions.size()) +
                                    " critical questions",
                                span, {a.argument, unknown.answered_by}});
    }
    return findings;
}

std::vector<Diagnostic> critical_question_findings(const ArgumentMap& map) {
    return critical_question_findings(assess_critical_questions(map), map);
}

}  // namespace warrant
