// DF-QuAD (Rago, Toni, Aurisicchio & Baroni 2016, "Discontinuity-free decision support with
// quantitative argumentation debates") on the quantitative bipolar graph of a map.
#include "semantics/map_arguments.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace warrant {
namespace {

constexpr double kDefaultBaseScore = 0.5;

double base_score_of(const Node& node) {
    auto it = node.metadata.find("weight");
    if (it == node.metadata.end()) return kDefaultBaseScore;
    const char* text = it->second.c_str();
    char* end = nullptr;
    const double value = std::strtod(text, &end);
    if (end == text || *end != '\0' || !std::isfinite(value)) return kDefaultBaseScore;
    return std::clamp(value, 0.0, 1.0);
}

// Probabilistic sum: 1 - prod(1 - v); 0 for no values.
template <typename Range>
double aggregate(const Range& arguments, const std::vector<double>& strength) {
    double product = 1.0;
    for (ArgumentId b : arguments) product *= 1.0 - strength[b];
    return 1.0 - product;
}

double combine(double base, double attack, double support) {
    if (attack >= support) return base - base * (attack - support);
    return base + (1.0 - base) * (support - attack);
}

}  // namespace

BipolarFramework derive_bipolar_framework(const ArgumentMap& map) {
    semantics::MapArguments arguments = semantics::map_arguments(map);
    BipolarFramework result;
    result.attacks = derive_framework(map, FrameworkMode::Dung);
    result.supporters.resize(arguments.vertices.size());
    for (ArgumentId a = 0; a < arguments.vertices.size(); ++a) {
        result.base_score.push_back(base_score_of(map.node(arguments.vertices[a])));
        for (EdgeId e : boost::make_iterator_range(boost::in_edges(arguments.vertices[a], map.graph))) {
            const ArgumentId from = arguments.argument[boost::source(e, map.graph)];
            if (semantics::is_bipolar_support(map.graph[e].kind) && from != semantics::kNotAnArgument)
                result.supporters[a].push_back(from);
        }
        auto& supporters = result.supporters[a];
        std::sort(supporters.begin(), supporters.end());
        supporters.erase(std::unique(supporters.begin(), supporters.end()), supporters.end());
    }
    return result;
}

GradualResult df_quad(const BipolarFramework& framework, const GradualOptions& options) {
    GradualResult result;
    result.strength = framework.base_score;
    std::vector<double> next(result.strength.size());
    while (result.iterations < options.max_iterations) {
        ++result.iterations;
        double largest_change = 0;
        for (ArgumentId a = 0; a < next.size(); ++a) {
            next[a] = combine(framework.base_score[a], aggregate(framework.attacks.attackers(a), result.strength),
                              aggregate(framework.supporters[a], result.strength));
            largest_change = std::max(largest_change, std::fabs(next[a] - result.strength[a]));
        }
        result.strength.swap(next);
        if (largest_change <= options.tolerance) {
            result.converged = true;
            break;
        }
    }
    return result;
}

}  // namespace warrant
