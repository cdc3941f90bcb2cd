// `warrant eval` output: an aligned table for people, a JSON object for programs.
#include "text/decimal_text.hpp"
#include "warrant/evaluation.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace warrant {
namespace {

std::string bracketed(const NodeVerdict& node) {
    if (!node.name.empty() && node.name.front() == '<') return node.name;
    return display_name(node.kind, node.name);
}

std::string verdict_column(const MapEvaluation& evaluation, const NodeVerdict& node) {
    std::string text = evaluation.gradual ? text::fixed_decimals(node.strength, 4) : node.verdict;
    text.resize(std::max<std::size_t>(text.size(), 10), ' ');
    return text;
}

}  // namespace

std::string evaluation_text(const MapEvaluation& e) {
    std::string out = e.semantics + " semantics" + (e.bipolar ? " (bipolar)" : "") + ": " +
                      std::to_string(e.nodes.size()) + " arguments, " + std::to_string(e.attack_count) + " attacks\n";
    if (e.gradual && !e.converged)
        out += "note: did not converge within " + std::to_string(e.iterations) + " sweeps; values are the last sweep's\n";
    for (const NodeVerdict& node : e.nodes) out += "  " + verdict_column(e, node) + " " + bracketed(node) + "\n";
    if (!e.extensions.empty() || (!e.gradual && e.semantics != "grounded" && e.extensions_truncated)) {
        out += std::to_string(e.extensions.size()) + (e.extensions_truncated ? "+" : "") + " " + e.semantics + " extension(s)\n";
        for (std::size_t i = 0; i < e.extensions.size(); ++i) {
            out += "  " + std::to_string(i + 1) + ": {";
            for (std::size_t j = 0; j < e.extensions[i].size(); ++j) out += (j ? ", " : "") + e.extensions[i][j];
            out += "}\n";
        }
    }
    if (!e.explanation.empty()) {
        out += "why (grounded):\n";
        for (const std::string& sentence : e.explanation) out += "  " + sentence + "\n";
    }
    return out;
}

std::string evaluation_json(const MapEvaluation& e) {
    nlohmann::ordered_json out;
    out["semantics"] = e.semantics;
    out["bipolar"] = e.bipolar;
    out["attacks"] = e.attack_count;
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (const NodeVerdict& node : e.nodes) {
        nlohmann::ordered_json entry{{"title", node.name}, {"kind", std::string(to_string(node.kind))}};
        if (e.gradual)
            entry["strength"] = std::stod(text::fixed_decimals(node.strength, 9));
        else entry[e.semantics == "grounded" ? "label" : "status"] = node.verdict;
        nodes.push_back(std::move(entry));
    }
    out["nodes"] = std::move(nodes);
    if (e.gradual) {
        out["iterations"] = e.iterations;
        out["converged"] = e.converged;
    }
    if (!e.extensions.empty() || e.extensions_truncated) {
        out["extensions"] = e.extensions;
        out["truncated"] = e.extensions_truncated;
    }
    if (!e.explanation.empty()) out["explanation"] = e.explanation;
    return out.dump(2) + "\n";
}

}  // namespace warrant
