// Grading one matched student map part by part (private to the engine; the rubric is
// documented in include/warrant/compare.hpp). Claims and evidence are graded in
// compare_scoring.cpp, relations and dialectic in compare_relations.cpp.
#pragma once

#include "compare/compare_matching.hpp"

#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace warrant::grading {

class Grader {
public:
    Grader(const ArgumentMap& student, const ArgumentMap& reference, const NodeMatching& matching, Comparison& out);

    void grade_claims();
    void grade_evidence();
    void grade_relations();  // relations and dialectic in one pass over the reference's edges
    void grade_wording();    // after claims and evidence: how close the matched points' words are
    // Scales the parts to points, turns pending losses into deductions, sets the total.
    void finish(const CompareWeights& weights);

private:
    enum Part { claims, evidence, relations, dialectic, wording, part_count };
    static std::string_view part_name(Part part);

    struct PartTally {
        double weight = 0;   // sum of the reference items' weights
        double earned = 0;   // sum of their credits (a polarity error is negative)
        std::size_t items = 0;
    };
    struct PendingLoss {
        Part part;
        double units;        // in item weights; points once the part's scale is known
        Deduction deduction;
    };

    void lose(Part part, double units, Deduction deduction);
    void list_points();
    std::string student_name(std::optional<Vertex> s, Vertex r) const;
    double citation_credit(const Node& drawn, const Node& ref) const;
    // What a matched point earns before its citation: as sure as the match, and all of it when
    // the text says the point in any words (half when it is vague).
    double point_credit(Vertex r) const;
    Deduction vague(Vertex s, Vertex r, const std::string& what) const;
    // The student edge drawn between the images of a reference edge's ends, if any: with the
    // same polarity when `same_polarity`, else any; not one already used.
    std::optional<EdgeId> student_edge(EdgeId reference_edge, bool same_polarity) const;
    void grade_edge(EdgeId e, std::optional<EdgeId> drawn);
    void list_extra_relations();

    const ArgumentMap& student_;
    const ArgumentMap& reference_;
    const NodeMatching& m_;
    Comparison& out_;
    std::array<PartTally, part_count> parts_{};
    std::vector<PendingLoss> pending_;
    std::set<EdgeId> used_;  // student edges already paired with a reference edge
};

// A CSV field as RFC 4180 writes it: quoted (with "" for ") only where it holds , " or a line break.
std::string csv_field(const std::string& value);

}  // namespace warrant::grading
