// Edge appearance: one table of styles per relation kind.
#include "render/edge_style.hpp"

namespace warrant::render {
namespace {

constexpr const char* kGreen = "#2e7d32";
constexpr const char* kRed = "#c62828";
constexpr const char* kGrey = "#9e9e9e";

}  // namespace

Attributes edge_style(EdgeKind kind) {
    switch (kind) {
        case EdgeKind::Support: return {{"color", kGreen}, {"penwidth", "1.5"}};
        case EdgeKind::Attack: return {{"color", kRed}, {"penwidth", "1.5"}};
        case EdgeKind::Undercut: return {{"color", kRed}, {"style", "dashed"}, {"arrowhead", "tee"}, {"penwidth", "1.5"}};
        case EdgeKind::Contrary: return {{"color", kRed}, {"arrowhead", "onormal"}, {"penwidth", "1.5"}};
        case EdgeKind::Contradictory: return {{"color", kRed}, {"dir", "both"}, {"penwidth", "1.5"}};
        case EdgeKind::Entails: return {{"color", kGreen}, {"style", "dotted"}, {"penwidth", "1.5"}};
        case EdgeKind::PremiseOf:
        case EdgeKind::ConclusionOf: return {{"color", kGrey}, {"penwidth", "0.6"}, {"arrowsize", "0.6"}};
        case EdgeKind::Cites: return {{"color", kGrey}, {"style", "dashed"}, {"arrowsize", "0.6"}};
    }
    return {};
}

std::string legend_stroke(EdgeKind kind) {
    switch (kind) {
        case EdgeKind::Undercut: return "\xE2\x95\x8C\xE2\x95\x8C\xE2\x94\xA4";          // ╌╌┤
        case EdgeKind::Contradictory: return "\xE2\x97\x80\xE2\x94\x81\xE2\x96\xB6";     // ◀━▶
        case EdgeKind::Contrary: return "\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB7";          // ━━▷
        case EdgeKind::Entails: return "\xE2\x94\x88\xE2\x94\x88\xE2\x96\xB6";           // ┈┈▶
        case EdgeKind::Cites: return "\xE2\x95\x8C\xE2\x95\x8C\xE2\x96\xB8";             // ╌╌▸
        case EdgeKind::PremiseOf:
        case EdgeKind::ConclusionOf: return "\xE2\x94\x80\xE2\x94\x80\xE2\x96\xB8";      // ──▸
        default: return "\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB6";                          // ━━▶
    }
}

}  // namespace warrant::render
