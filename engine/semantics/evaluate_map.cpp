// A map through a semantics: derive the framework, run the semantics, give each node its verdict.
#include "warrant/evaluation.hpp"

#include <algorithm>

namespace warrant {
namespace {

void add_gradual(const ArgumentMap& map, const Framework& framework, MapEvaluation& evaluation) {
    GradualResult result = evaluation.semantics == "df-quad" ? df_quad(derive_bipolar_framework(map))
                                                             : h_categoriser(framework);
    evaluation.gradual = true;
    evaluation.iterations = result.iterations;
    evaluation.converged = result.converged;
    for (ArgumentId a = 0; a < framework.size(); ++a) evaluation.nodes[a].strength = result.strength[a];
}

std::string status(const Framework& framework, Semantics semantics, ArgumentId a) {
    if (sceptically_accepted(framework, semantics, a)) return "accepted";
    return credulously_accepted(framework, semantics, a) ? "credulous" : "rejected";
}

void add_verdicts(const Framework& framework, Semantics semantics, MapEvaluation& evaluation) {
    if (semantics == Semantics::Grounded) {
        std::vector<Label> labels = grounded_labelling(framework);
        for (ArgumentId a = 0; a < framework.size(); ++a) evaluation.nodes[a].verdict = to_string(labels[a]);
        return;
    }
    const bool no_extension = semantics == Semantics::Stable && !find_extension(framework, semantics);
    for (ArgumentId a = 0; a < framework.size(); ++a)
        evaluation.nodes[a].verdict = no_extension ? "none" : status(framework, semantics, a);
}

void add_extensions(const Framework& framework, Semantics semantics, const EvaluationOptions& options,
                    MapEvaluation& evaluation) {
    std::vector<Extension> found = enumerate_extensions(framework, semantics, options.extension_limit + 1);
    evaluation.extensions_truncated = found.size() > options.extension_limit;
    found.resize(std::min(found.size(), options.extension_limit));
    for (const Extension& extension : found) {
        std::vector<std::string> names;
        for (ArgumentId a : extension) names.push_back(framework.name(a));
        evaluation.extensions.push_back(std::move(names));
    }
}

std::optional<ArgumentId> argument_of(const ArgumentMap& map, const Framework& framework, const std::string& title) {
    std::optional<Vertex> vertex = map.find(title);
    if (!vertex) return std::nullopt;
    auto it = std::find(framework.vertices.begin(), framework.vertices.end(), *vertex);
    if (it == framework.vertices.end()) return std::nullopt;  // a source: not an argument
    return static_cast<ArgumentId>(it - framework.vertices.begin());
}

}  // namespace

const std::vector<std::string>& evaluation_semantics() {
    static const std::vector<std::string> names{"grounded", "complete",      "preferred", "stable",
                                                "semi-stable", "h-categoriser", "df-quad"};
    return names;
}

MapEvaluation evaluate_map(const ArgumentMap& map, const EvaluationOptions& options) {
    MapEvaluation evaluation;
    evaluation.semantics = options.semantics;
    evaluation.bipolar = options.bipolar;
    const auto& known = evaluation_semantics();
    if (std::find(known.begin(), known.end(), options.semantics) == known.end()) {
        evaluation.error = "unknown semantics '" + options.semantics + "'";
        return evaluation;
    }
    Framework framework = derive_framework(map, options.bipolar ? FrameworkMode::Bipolar : FrameworkMode::Dung);
    evaluation.attack_count = framework.attack_count();
    for (ArgumentId a = 0; a < framework.size(); ++a)
        evaluation.nodes.push_back({framework.name(a), map.node(framework.vertices[a]).kind, {}, 0});
    if (!options.explain.empty()) {
        std::optional<ArgumentId> argument = argument_of(map, framework, options.explain);
        if (!argument) {
            evaluation.error = "no statement or argument titled '" + options.explain + "' to explain";
            return evaluation;
        }
        evaluation.explanation = explain_grounded(framework, *argument, options.explain_depth);
    }
    if (std::optional<Semantics> semantics = semantics_from_string(options.semantics)) {
        add_verdicts(framework, *semantics, evaluation);
        if (options.all_extensions) add_extensions(framework, *semantics, options, evaluation);
    } else {
        add_gradual(map, framework, evaluation);
    }
    return evaluation;
}

}  // namespace warrant
