// Scoring a student's map against a reference once nodes are matched: the four parts of the
// rubric, each lost point a deduction with its reason (include/warrant/compare.hpp).
#include "compare/compare_grading.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace warrant::grading {
namespace {

// How much of a matched piece of evidence its citation keeps: the same page all of it, a
// near page (a page turn) most, a wrong or missing page a little less, no source much less.
constexpr double near_page_credit = 0.9;
constexpr double wrong_page_credit = 0.75;
constexpr double missing_page_credit = 0.6;
constexpr double missing_source_credit = 0.35;
// A matched claim earns a share for standing in the right place (as surely as the match is
// sure) and the rest by its text; a piece of evidence mostly by being the same passage.
constexpr double placed_claim_credit = 0.25;
constexpr double quotation_credit = 0.6;
constexpr double extra_claims_points = 5;

// Matched points are statements: they are named as findings name them.
std::string bracketed(const std::string& title) { return display_name(NodeKind::Claim, title); }

std::string citation_words(const std::string& source, const std::string& page) {
    if (source.empty()) return "no source";
    return source + (page.empty() ? std::string(" without a page") : ", page " + page);
}


}  // namespace

Grader::Grader(const ArgumentMap& student, const ArgumentMap& reference, const NodeMatching& matching,
               Comparison& out)
    : student_(student), reference_(reference), m_(matching), out_(out) {}

std::string Grader::student_name(std::optional<Vertex> s, Vertex r) const {
    return bracketed(s ? student_.node(*s).title : reference_.node(r).title);
}

void Grader::lose(Part part, double units, Deduction deduction) {
    if (units <= 0) return;
    deduction.part = std::string(part_name(part));
    pending_.push_back({part, units, std::move(deduction)});
}

void Grader::grade_claims() {
    for (Vertex r = 0; r < reference_.node_count(); ++r) {
        const Node& ref = reference_.node(r);
        const NodeCategory category = category_of(ref.kind);
        if (category != NodeCategory::Claim && category != NodeCategory::Argument) continue;
        const double weight = ref.kind == NodeKind::Thesis ? 2.0 : 1.0;
        parts_[claims].weight += weight;
        ++parts_[claims].items;
        const std::optional<Vertex> s = m_.student_of[r];
        if (!s) {
            out_.missing_claims.push_back(ref.title);
            lose(claims, weight, {"", "missing-claim", 0,
                                  "the essay's point " + bracketed(ref.title) + " is not in the map", ref.title, "",
                                  plain_text(ref)});
            continue;
        }
        const double credit = placed_claim_credit * m_.confidence[r] + (1 - placed_claim_credit) * m_.fidelity[r];
        parts_[claims].earned += weight * credit;
        if (credit < 0.995)
            lose(claims, weight * (1 - credit),
                 {"", "vague-text", 0,
                  student_name(s, r) + " stands where the essay has " + bracketed(ref.title) +
                      ", but its text says only part of what the essay says",
                  ref.title, student_.node(*s).title, plain_text(ref)});
    }
}

double Grader::citation_credit(const Node& drawn, const Node& ref) const {
    if (ref.source.empty() || same_citation(drawn, ref)) return 1.0;
    if (drawn.source != ref.source) return missing_source_credit;
    if (near_citation(drawn, ref)) return near_page_credit;
    return drawn.page.empty() ? missing_page_credit : wrong_page_credit;
}

void Grader::grade_evidence() {
    for (Vertex r = 0; r < reference_.node_count(); ++r) {
        const Node& ref = reference_.node(r);
        if (ref.kind != NodeKind::Evidence) continue;
        parts_[evidence].weight += 1;
        ++parts_[evidence].items;
        const std::optional<Vertex> s = m_.student_of[r];
        if (!s) {
            out_.missing_evidence.push_back(ref.title);
            lose(evidence, 1,
                 {"", "missing-evidence", 0,
                  "the evidence " + bracketed(ref.title) + " (" + citation_words(ref.source, ref.page) +
                      ") is not in the map",
                  ref.title, "", plain_text(ref)});
            continue;
        }
        const Node& drawn = student_.node(*s);
        const double cited = citation_credit(drawn, ref);
        const double content = quotation_credit * m_.confidence[r] + (1 - quotation_credit) * m_.fidelity[r];
        parts_[evidence].earned += cited * content;
        if (cited < 1) {
            out_.citation_differences.push_back({drawn.title, ref.title, ref.source, ref.page, drawn.source, drawn.page});
            const char* code = drawn.source != ref.source ? "missing-source" : drawn.page.empty() ? "missing-page" : "wrong-page";
            lose(evidence, 1 - cited,
                 {"", code, 0,
                  bracketed(drawn.title) + " cites " + citation_words(drawn.source, drawn.page) + "; the essay cites " +
                      citation_words(ref.source, ref.page),
                  ref.title, drawn.title, ""});
        }
        if (content < 0.995)
            lose(evidence, cited * (1 - content),
                 {"", "vague-text", 0, bracketed(drawn.title) + " gives only part of the passage the essay cites",
                  ref.title, drawn.title, plain_text(ref)});
    }
    for (Vertex s = 0; s < student_.node_count(); ++s) {
        const NodeCategory category = category_of(student_.node(s).kind);
        if (m_.reference_of[s]) continue;
        if (category == NodeCategory::Evidence) out_.extra_evidence.push_back(student_.node(s).title);
        if (category == NodeCategory::Claim || category == NodeCategory::Argument)
            out_.extra_claims.push_back(student_.node(s).title);
    }
}

std::string_view Grader::part_name(Part part) {
    static constexpr std::array<std::string_view, part_count> names = {"claims", "evidence", "relations", "dialectic"};
    return names[part];
}

void Grader::finish(const CompareWeights& weights) {
    const std::array<double, part_count> points = {weights.claims, weights.evidence, weights.relations, weights.dialectic};
    double graded_points = 0;
    for (int p = 0; p < part_count; ++p)
        if (parts_[p].items > 0) graded_points += points[p];
    const double scale = graded_points > 0 ? 100.0 / graded_points : 0.0;
    std::array<double, part_count> possible{}, lost{}, listed{};
    for (int p = 0; p < part_count; ++p) {
        if (parts_[p].items == 0) continue;
        possible[p] = points[p] * scale;
        const double earned = possible[p] * std::max(0.0, parts_[p].earned) / parts_[p].weight;
        lost[p] = possible[p] - earned;
        out_.parts.push_back({std::string(part_name(static_cast<Part>(p))), possible[p], earned, parts_[p].items});
        out_.total += earned;
    }
    for (const PendingLoss& loss : pending_) listed[loss.part] += possible[loss.part] * loss.units / parts_[loss.part].weight;
    // A part cannot go below zero: when its losses add up to more, each is cut in proportion.
    for (PendingLoss& loss : pending_) {
        const double points_lost = possible[loss.part] * loss.units / parts_[loss.part].weight;
        loss.deduction.points = listed[loss.part] > lost[loss.part] ? points_lost * lost[loss.part] / listed[loss.part]
                                                                    : points_lost;
        out_.deductions.push_back(std::move(loss.deduction));
    }
    std::size_t drawn_claims = 0;
    for (Vertex s = 0; s < student_.node_count(); ++s) {
        const NodeCategory category = category_of(student_.node(s).kind);
        drawn_claims += category == NodeCategory::Claim || category == NodeCategory::Argument;
    }
    if (!out_.extra_claims.empty() && drawn_claims > 0) {
        const double share = static_cast<double>(out_.extra_claims.size()) / static_cast<double>(drawn_claims);
        const double points_lost = std::min(out_.total, extra_claims_points * share);
        out_.total -= points_lost;
        out_.deductions.push_back({"extra", "extra-claims", points_lost,
                                   std::to_string(out_.extra_claims.size()) + " of the map's " +
                                       std::to_string(drawn_claims) + " claims are not in the essay's argument",
                                   "", "", ""});
    }
    if (graded_points == 0) out_.total = 100;
    out_.total = std::clamp(out_.total, 0.0, 100.0);
}

}  // namespace warrant::grading
