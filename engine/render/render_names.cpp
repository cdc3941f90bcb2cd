// The names of views, formats, engines, statuses and labels, as the CLI and docs/rendering.md spell them.
#include "diagnostics/name_table.hpp"
#include "warrant/render.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace warrant {
namespace {

using names::name_of;
using names::value_named;

constexpr std::array<std::pair<RenderView, std::string_view>, 4> kViewNames{{
    {RenderView::Map, "map"}, {RenderView::Dialectic, "dialectic"},
    {RenderView::Chain, "chain"}, {RenderView::Status, "status"},
}};
constexpr std::array<std::pair<RenderFormat, std::string_view>, 4> kFormatNames{{
    {RenderFormat::Dot, "dot"}, {RenderFormat::Svg, "svg"}, {RenderFormat::Png, "png"}, {RenderFormat::Pdf, "pdf"},
}};
constexpr std::array<std::pair<LayoutEngine, std::string_view>, 3> kEngineNames{{
    {LayoutEngine::Auto, "auto"}, {LayoutEngine::Dot, "dot"}, {LayoutEngine::Sfdp, "sfdp"},
}};
constexpr std::array<std::pair<RankDirection, std::string_view>, 2> kDirectionNames{{
    {RankDirection::TopToBottom, "TB"}, {RankDirection::LeftToRight, "LR"},
}};
constexpr std::array<std::pair<PageFit, std::string_view>, 4> kFitNames{{
    {PageFit::None, "none"}, {PageFit::Slide, "slide"}, {PageFit::A4, "a4"}, {PageFit::Letter, "letter"},
}};
constexpr std::array<std::pair<EvidenceShown, std::string_view>, 3> kEvidenceNames{{
    {EvidenceShown::Show, "show"}, {EvidenceShown::Count, "count"}, {EvidenceShown::Hide, "hide"},
}};
constexpr std::array<std::pair<NodeStatus, std::string_view>, 5> kStatusNames{{
    {NodeStatus::Grounded, "grounded"},
    {NodeStatus::Unsupported, "unsupported"},
    {NodeStatus::Ungrounded, "ungrounded"},
    {NodeStatus::Circular, "circular"},
    {NodeStatus::Unknown, "unknown"},
}};

}  // namespace

std::string_view to_string(RenderView view) { return name_of(kViewNames, view); }
std::string_view to_string(RenderFormat format) { return name_of(kFormatNames, format); }
std::string_view to_string(LayoutEngine engine) { return name_of(kEngineNames, engine); }
std::string_view to_string(NodeStatus status) { return name_of(kStatusNames, status); }

std::optional<RenderView> render_view_from_string(std::string_view name) { return value_named(kViewNames, name); }
std::optional<RenderFormat> render_format_from_string(std::string_view name) { return value_named(kFormatNames, name); }
std::optional<LayoutEngine> layout_engine_from_string(std::string_view name) { return value_named(kEngineNames, name); }
std::optional<RankDirection> rank_direction_from_string(std::string_view name) {
    return value_named(kDirectionNames, name);
}

std::optional<PageFit> page_fit_from_string(std::string_view name) { return value_named(kFitNames, name); }
std::optional<EvidenceShown> evidence_shown_from_string(std::string_view name) {
    return value_named(kEvidenceNames, name);
}

std::optional<RenderFormat> render_format_from_path(std::string_view path) {
    const std::size_t dot = path.rfind('.');
    const std::size_t slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
    std::string extension(path.substr(dot + 1));
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == "gv") return RenderFormat::Dot;
    return render_format_from_string(extension);
}

}  // namespace warrant
