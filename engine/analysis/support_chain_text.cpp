// The support chain as text: an indented tree, then what it means for the claim.
//
//   [Thesis]  thesis, grounded
//     + [Reason]  claim, grounded
//       + [Quote]  evidence atwood p. 66, ground
//     + <Argument>  argument, ungrounded
//       premise [Premise]  claim, ungrounded
#include "analysis/finding.hpp"

#include <algorithm>

namespace warrant {
namespace {

std::string describe(const ArgumentMap& map, const ChainStep& step) {
    const Node& node = map.node(step.vertex);
    std::string out(to_string(node.kind));
    if (node.kind == NodeKind::Evidence && !node.source.empty()) {
        out += " " + node.source;
        if (!node.page.empty()) out += " p. " + node.page;
    }
    if (node.assumption) out += " (assumption)";
    if (node.example) out += " (example)";
    if (is_ground(map, step.vertex))
        out += ", ground";
    else
        out += step.grounded ? ", grounded" : ", ungrounded";
    if (step.repeated) out += "; shown above";
    if (step.circular) out += "; circular: it is already on this path";
    return out;
}

// At most kShown names, then how many more: a thesis can rest on dozens of quotations.
constexpr std::size_t kShown = 10;

std::string some_names(const ArgumentMap& map, const std::vector<Vertex>& vertices) {
    if (vertices.size() <= kShown) return analysis::name_list(map, vertices);
    std::vector<Vertex> shown(vertices.begin(), vertices.begin() + kShown);
    std::string out;
    for (Vertex v : shown) out += display_name(map.node(v)) + ", ";
    return out + "and " + std::to_string(vertices.size() - kShown) + " more";
}

// Indentation stops growing after kMaxIndent levels and the depth is written out instead: a
// chain 10^5 steps deep would otherwise print 10^10 spaces.
constexpr int kMaxIndent = 40;

std::string indentation(int depth) {
    std::string out(static_cast<std::size_t>(std::min(depth, kMaxIndent)) * 2, ' ');
    if (depth > kMaxIndent) out += "(depth " + std::to_string(depth) + ") ";
    return out;
}

}  // namespace

std::string_view chain_step_marker(EdgeKind via) {
    switch (via) {
        case EdgeKind::PremiseOf: return "premise";
        case EdgeKind::Entails: return "=>";
        default: return "+";
    }
}

std::string format_support_chain(const ArgumentMap& map, const SupportChain& chain) {
    std::string out;
    for (const ChainStep& step : chain.steps) {
        out += indentation(step.depth);
        if (step.depth > 0) out.append(chain_step_marker(step.via)).push_back(' ');
        out += display_name(map.node(step.vertex)) + "  " + describe(map, step) + "\n";
    }
    return out + "\n" + support_chain_summary(map, chain);
}

std::string support_chain_summary(const ArgumentMap& map, const SupportChain& chain) {
    const std::string claim = display_name(map.node(chain.claim));
    std::string out = "depth " + std::to_string(chain.depth) + "; ";
    if (!chain.grounded) return out + claim + " is not grounded: no chain reaches evidence\n";
    out += std::to_string(chain.grounds.size()) + (chain.grounds.size() == 1 ? " independent ground" : " independent grounds");
    if (!chain.grounds.empty()) out += ": " + some_names(map, chain.grounds);
    out += chain.fragile() ? " (fragile: one ground carries it)\n" : "\n";
    if (!chain.critical.empty()) {
        out += "weakest link: " + display_name(map.node(chain.critical.front())) + " (without it " + claim +
               " is ungrounded)";
        if (chain.critical.size() > 1)
            out += "; also critical: " +
                   some_names(map, std::vector<Vertex>(chain.critical.begin() + 1, chain.critical.end()));
        return out + "\n";
    }
    if (chain.longest_ground_path.size() > 1) {
        out += "no single point of failure; longest chain to a ground: ";
        for (std::size_t i = 0; i < chain.longest_ground_path.size(); ++i)
            out += (i ? " <- " : "") + display_name(map.node(chain.longest_ground_path[i]));
        out += "\n";
    }
    return out;
}

}  // namespace warrant
