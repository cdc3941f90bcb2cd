// Edge appearance: one table of styles per relation kind.
#include "render/edge_style.hpp"

namespace warrant::render {
namespace {

// Okabe and Ito's blue and vermillion and reddish purple; support, attack and undercut also
// differ by line (solid, dashed, dotted) and arrowhead (filled, tee, open diamond), so they
// read without colour and in greyscale.
constexpr const char* kSupport = "#0072b2";
constexpr const char* kAttack = "#d55e00";
constexpr const char* kUndercut = "#cc79a7";
constexpr const char* kGrey = "#888888";

}  // namespace

Attributes edge_style(EdgeKind kind) {
    switch (kind) {
        case EdgeKind::Support: return {{"color", kSupport}, {"penwidth", "2"}, {"arrowhead", "normal"}};
        case EdgeKind::Attack: return {{"color", kAttack}, {"style", "dashed"}, {"arrowhead", "tee"}, {"penwidth", "2"}};
        case EdgeKind::Undercut:
            return {{"color", kUndercut}, {"style", "dotted"}, {"arrowhead", "odiamond"}, {"penwidth", "2.5"}};
        case EdgeKind::Contrary: return {{"color", kAttack}, {"style", "dashed"}, {"arrowhead", "onormal"}, {"penwidth", "2"}};
        case EdgeKind::Contradictory:
            return {{"color", kAttack}, {"style", "dashed"}, {"dir", "both"}, {"arrowhead", "tee"}, {"arrowtail", "tee"},
                    {"penwidth", "2"}};
        case EdgeKind::Entails: return {{"color", kSupport}, {"arrowhead", "normalnormal"}, {"penwidth", "2"}};
        case EdgeKind::PremiseOf:
        case EdgeKind::ConclusionOf: return {{"color", kGrey}, {"penwidth", "1"}, {"arrowsize", "0.6"}};
        case EdgeKind::Cites: return {{"color", kGrey}, {"style", "dotted"}, {"arrowsize", "0.6"}};
    }
    return {};
}

std::string legend_stroke(EdgeKind kind) {
    switch (kind) {
        case EdgeKind::Attack: return "\xE2\x95\x8C\xE2\x95\x8C\xE2\x94\xA4";            // ╌╌┤
        case EdgeKind::Undercut: return "\xE2\x94\x88\xE2\x94\x88\xE2\x97\x87";          // ┈┈◇
        case EdgeKind::Contradictory: return "\xE2\x94\x9C\xE2\x95\x8C\xE2\x94\xA4";     // ├╌┤
        case EdgeKind::Contrary: return "\xE2\x95\x8C\xE2\x95\x8C\xE2\x96\xB7";          // ╌╌▷
        case EdgeKind::Entails: return "\xE2\x94\x81\xE2\x96\xB6\xE2\x96\xB6";           // ━▶▶
        case EdgeKind::Cites: return "\xE2\x94\x88\xE2\x94\x88\xE2\x96\xB8";             // ┈┈▸
        case EdgeKind::PremiseOf:
        case EdgeKind::ConclusionOf: return "\xE2\x94\x80\xE2\x94\x80\xE2\x96\xB8";      // ──▸
        default: return "\xE2\x94\x81\xE2\x94\x81\xE2\x96\xB6";                          // ━━▶
    }
}

}  // namespace warrant::render
