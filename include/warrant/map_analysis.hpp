// Everything the analyses say about one map, computed once: what `warrant check`, the class
// report, the status view, compare and the language server read, instead of each running
// grounding, support cycles and critical questions its own way.
//
// Each part is computed on first use and kept: grounding, support cycles, the critical-question
// assessments, the findings of every check (a CheckReport, as check_loaded() returns), one
// support chain per claim asked for, and acceptability (the grounded labelling of the map's
// Dung framework). Parts are typed values; JSON, HTML and Markdown are made only by the
// surfaces that print them.
//
// Threads: every accessor may be called from several threads at once. The first caller of a
// part computes it while the others wait; a part, once computed, never changes.
#pragma once

#include "warrant/analysis.hpp"
#include "warrant/parse.hpp"
#include "warrant/schemes.hpp"
#include "warrant/semantics.hpp"

#include <map>
#include <memory>
#include <vector>

namespace warrant {

class MapAnalysis {
public:
    // `loaded` must outlive the analysis and stay unchanged. The report folds in its load
    // diagnostics and the fixes read from its source text, as `warrant check` prints them.
    explicit MapAnalysis(const LoadResult& loaded);
    // A map without its load (a map built in code): the report holds the checks' findings only.
    explicit MapAnalysis(const ArgumentMap& map);
    ~MapAnalysis();
    MapAnalysis(MapAnalysis&&) noexcept;
    MapAnalysis& operator=(MapAnalysis&&) noexcept;

    const ArgumentMap& map() const;
    const GroundingResult& grounding() const;
    const std::vector<SupportCycle>& cycles() const;
    const std::vector<SchemeAssessment>& schemes() const;
    // Load diagnostics first (file order), then every check's findings by position.
    const CheckReport& report() const;
    // The support chain beneath `claim` (any vertex; theses, claims and counter-positions are
    // the ones worth asking for). Computed once per claim.
    const SupportChain& chain(Vertex claim) const;
    // Each argument of the map's Dung framework with its grounded label (IN, OUT, UNDEC).
    const std::map<Vertex, Label>& acceptability() const;

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;

    friend CheckReport check_loaded(const LoadResult& loaded);
};

// The status view's badges from a labelling the semantics stage computed (for instance
// grounded_labelling(derive_framework(map))): label i belongs to framework.vertices[i].
std::map<Vertex, Label> acceptability_by_vertex(const Framework& framework, const std::vector<Label>& labels);

}  // namespace warrant
