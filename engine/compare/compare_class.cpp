// Grading one student or a whole class against a reference (include/warrant/compare.hpp).
#include "compare/compare_grading.hpp"
#include "diagnostics/name_table.hpp"
#include "warrant/analysis.hpp"

namespace warrant {
namespace {

Comparison grade(const ArgumentMap& student, const ArgumentMap& reference, const grading::ClassVocabulary& words,
                 std::size_t student_index, std::size_t reference_index, const CompareOptions& options) {
    const grading::NodeMatching matching = grading::match_nodes(student, reference, words, student_index, reference_index);
    Comparison c;
    c.student_file = student.file;
    c.reference_file = reference.file;
    c.matches = matching.matches;
    grading::Grader grader(student, reference, matching, c);
    grader.grade_claims();
    grader.grade_evidence();
    grader.grade_relations();
    grader.finish(options.weights);
    return c;
}

}  // namespace

constexpr names::NameTable<MatchMethod, 3> kMatchMethodNames{
    {{MatchMethod::Title, "title"}, {MatchMethod::Text, "text"}, {MatchMethod::Citation, "citation"}}};

std::string_view to_string(MatchMethod method) { return names::name_of(kMatchMethodNames, method); }

const RubricPart* Comparison::part(std::string_view name) const {
    for (const RubricPart& p : parts)
        if (p.name == name) return &p;
    return nullptr;
}

double text_similarity(std::string_view a, std::string_view b) {
    ArgumentMap first, second;
    first.node(first.add_node(NodeKind::Claim, "a")).texts.push_back(std::string(a));
    second.node(second.add_node(NodeKind::Claim, "b")).texts.push_back(std::string(b));
    const grading::ClassVocabulary words({&first, &second});
    return grading::cosine(words.content(0, 0), words.content(1, 0));
}

Comparison compare_maps(const ArgumentMap& student, const ArgumentMap& reference, const CompareOptions& options) {
    const grading::ClassVocabulary words({&student, &reference});
    return grade(student, reference, words, 0, 1, options);
}

std::vector<Comparison> compare_class(const std::vector<LoadResult>& students, const ArgumentMap& reference,
                                      const CompareOptions& options) {
    std::vector<const ArgumentMap*> maps;
    for (const LoadResult& student : students) maps.push_back(&student.map);
    maps.push_back(&reference);
    const grading::ClassVocabulary words(maps);
    std::vector<Comparison> comparisons;
    for (std::size_t i = 0; i < students.size(); ++i) {
        const LoadResult& loaded = students[i];
        Comparison c = grade(loaded.map, reference, words, i, students.size(), options);
        if (loaded.io_failed) {
            c = Comparison{};
            c.reference_file = reference.file;
            c.unreadable = true;
        }
        c.student_file = !loaded.map.file.empty() ? loaded.map.file.str()
                         : loaded.diagnostics.empty() ? std::string() : loaded.diagnostics.front().span.file.str();
        for (const Diagnostic& d : loaded.diagnostics)
            if (d.severity == Severity::Error) c.load_errors.push_back(d);
        if (!loaded.io_failed) c.findings = check_loaded(loaded).findings;
        comparisons.push_back(std::move(c));
    }
    return comparisons;
}

}  // namespace warrant
