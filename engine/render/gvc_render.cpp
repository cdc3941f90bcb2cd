// render_to(): layout and rendering in-process through gvc; never a `dot` subprocess.
//
// DOT is written by cgraph's agwrite(), the same writer gvc's "canon" renderer calls, but on the
// unlaid graph: gvRender()/gvRenderData() refuse a graph without a layout ("Layout was not
// done"), and laying out only to print DOT would cost time and add positions that change with
// every Graphviz release. SVG, PNG and PDF are laid out with the engine build_dot_graph() chose.
#include "render/cgraph_calls.hpp"
#include "render/reproducible_pdf.hpp"
#include "render/dot_graph.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <set>

namespace warrant {
namespace {

// Graphviz reports through one process-wide callback; collect its messages while we render
// instead of letting the library print on our stderr.
std::mutex graphviz_errors_mutex;
std::string* graphviz_messages = nullptr;

int collect_graphviz_message(char* message) {
    if (graphviz_messages != nullptr) graphviz_messages->append(message);
    return 0;
}

class GraphvizMessages {
public:
    GraphvizMessages() : lock_(graphviz_errors_mutex) {
        graphviz_messages = &text_;
        previous_ = agseterrf(collect_graphviz_message);
    }
    GraphvizMessages(const GraphvizMessages&) = delete;
    GraphvizMessages& operator=(const GraphvizMessages&) = delete;
    ~GraphvizMessages() {
        agseterrf(previous_);
        graphviz_messages = nullptr;
    }
    // One note per distinct line, in the order first seen.
    std::vector<std::string> lines() const {
        std::vector<std::string> out;
        std::set<std::string> seen;
        std::size_t start = 0;
        while (start < text_.size()) {
            std::size_t end = text_.find('\n', start);
            if (end == std::string::npos) end = text_.size();
            std::string line = text_.substr(start, end - start);
            if (!line.empty() && seen.insert(line).second) out.push_back("graphviz: " + line);
            start = end + 1;
        }
        return out;
    }

private:
    std::lock_guard<std::mutex> lock_;
    std::string text_;
    agusererrf previous_ = nullptr;
};

// One gvc context for the whole process, freed at exit. Graphviz 2.42's pango text layout
// plugin caches a pointer to the last font name it measured, and that name lives in the
// context: after gvFreeContext() the next context's first layout reads freed memory (found by
// AddressSanitizer). Keeping one context also loads the plugins once. Callers hold
// graphviz_errors_mutex, so the context is never used by two threads at once.
GVC_t* shared_context() {
    static render::GvcContext context(gvContext(), &gvFreeContext);
    return context.get();
}

RenderResult write_dot(Agraph_t* graph) {
    RenderResult result;
    char* buffer = nullptr;
    std::size_t size = 0;
    FILE* stream = open_memstream(&buffer, &size);
    if (stream == nullptr) throw std::bad_alloc();
    const int status = agwrite(graph, stream);
    std::fclose(stream);
    result.bytes.assign(buffer, size);
    std::free(buffer);
    if (status != 0) result.error = "cgraph could not write the graph";
    return result;
}

// What common tools open: ImageMagick refuses PNGs over 16,384 px a side, and a PDF page may
// not exceed 14,400 units (Adobe's implementation limit).
constexpr double kMaxPngPixels = 16384;
constexpr double kMaxPdfPoints = 14400;
constexpr double kPageMarginPoints = 36;

struct Extent {
    double width = 0, height = 0;  // points
};

Extent laid_out_extent(Agraph_t* graph) {
    const boxf box = GD_bb(graph);
    return {box.UR.x - box.LL.x, box.UR.y - box.LL.y};
}

// gvc reads `size` and `page` into the layout when it lays a graph out, and uses them only
// when rendering: setting them there scales or pages the picture without a second layout.
void scale_into(Agraph_t* graph, double width_points, double height_points) {
    GD_drawing(graph)->size.x = width_points;
    GD_drawing(graph)->size.y = height_points;
    GD_drawing(graph)->filled = false;
}

std::string percent(double scale) { return std::to_string(static_cast<int>(scale * 100 + 0.5)) + "%"; }

double dots_per_inch(Agraph_t* graph, RenderFormat format) {
    const char* dpi = render::attribute_of(graph, "dpi");
    if (dpi != nullptr && *dpi != '\0') return std::atof(dpi);
    return format == RenderFormat::Png ? 96 : 72;
}

// The largest side, in points, this format may have; 0: no limit (SVG).
double largest_side_points(Agraph_t* graph, RenderFormat format) {
    if (format == RenderFormat::Png) return kMaxPngPixels * 72 / dots_per_inch(graph, format);
    if (format == RenderFormat::Pdf) return kMaxPdfPoints;
    return 0;
}

// A page, its printable area portrait; the laid-out picture goes on it portrait or landscape,
// whichever scales it less.
struct PagePlan {
    Extent size;        // scale into this (0: keep)
    std::string note;
};

PagePlan plan_page(Extent extent, PageFit fit, RenderFormat format) {
    const double page_width = fit == PageFit::A4 ? 595.276 : 612, page_height = fit == PageFit::A4 ? 841.89 : 792;
    const double width = page_width - 2 * kPageMarginPoints, height = page_height - 2 * kPageMarginPoints;
    const std::string name = fit == PageFit::A4 ? "A4" : "Letter";
    const double portrait = std::min({1.0, width / extent.width, height / extent.height});
    const double landscape = std::min({1.0, height / extent.width, width / extent.height});
    constexpr double kSmallestReadableScale = 0.6;  // 11 pt text stays above 6.5 pt
    const bool wide = landscape > portrait;
    const double scale = std::max(portrait, landscape);
    PagePlan plan;
    plan.size = wide ? Extent{height, width} : Extent{width, height};
    plan.note = "fitted to " + name + (wide ? " landscape" : " portrait") +
                (scale < 1 ? ", scaled to " + percent(scale) : "");
    // Graphviz 2.42's cairo PDF writer ignores `page` (only PostScript pages), so a map too large
    // for one page is scaled down, and the note says that it is now small.
    if (scale < kSmallestReadableScale && format == RenderFormat::Pdf)
        plan.note += ": smaller than readable (11 pt text under 6.5 pt); --fit slide folds the view instead";
    return plan;
}

RenderResult lay_out_and_render(Agraph_t* graph, LayoutEngine engine, RenderFormat format, PageFit fit) {
    RenderResult result;
    GraphvizMessages messages;
    GVC_t* context = shared_context();
    const char* engine_name = engine == LayoutEngine::Sfdp ? "sfdp" : "dot";
    std::vector<std::string> notes;
    if (gvLayout(context, graph, engine_name) != 0) {
        result.error = std::string("graphviz could not lay out the graph with ") + engine_name;
        result.notes = messages.lines();
        return result;
    }
    render::LayoutScope layout(context, graph);
    const Extent extent = laid_out_extent(graph);
    if (fit == PageFit::A4 || fit == PageFit::Letter) {
        const PagePlan plan = plan_page(extent, fit, format);
        if (plan.size.width > 0) scale_into(graph, plan.size.width, plan.size.height);
        notes.push_back(plan.note);
    }
    const double limit = largest_side_points(graph, format);
    const double largest = std::max(extent.width, extent.height);
    const double sized_side = std::max(GD_drawing(graph)->size.x, GD_drawing(graph)->size.y);
    if (limit > 0 && largest > limit && (sized_side <= 0 || sized_side > limit)) {
        const double scale = limit / largest;
        scale_into(graph, extent.width * scale, extent.height * scale);
        notes.push_back(std::string(format == RenderFormat::Png ? "PNG" : "PDF") + " larger than " +
                        (format == RenderFormat::Png ? "16,384 px" : "14,400 pt") +
                        " a side, which common tools refuse: scaled to " + percent(scale) +
                        " (--fit slide folds the view)");
    }
    char* data = nullptr;
    unsigned int length = 0;
    const std::string format_name(to_string(format));
    if (gvRenderData(context, graph, format_name.c_str(), &data, &length) != 0) {
        result.error = "graphviz could not render " + format_name + " (is its plugin installed?)";
    } else {
        result.bytes.assign(data, length);
    }
    gvFreeRenderData(data);
    if (format == RenderFormat::Pdf) render::pin_pdf_creation_date(result.bytes);
    result.notes = std::move(notes);
    for (std::string& line : messages.lines()) result.notes.push_back(std::move(line));
    return result;
}

}  // namespace

RenderResult render_to(const DotGraph& graph, RenderFormat format) {
    if (!graph.ok()) return RenderResult{{}, graph.notes, graph.error.empty() ? "no graph to render" : graph.error};
    RenderResult result = format == RenderFormat::Dot ? write_dot(graph.graph.get())
                                                      : lay_out_and_render(graph.graph.get(), graph.engine, format, graph.fit);
    result.notes.insert(result.notes.begin(), graph.notes.begin(), graph.notes.end());
    return result;
}

RenderResult render_map(const ArgumentMap& map, const RenderOptions& options, RenderFormat format) {
    return render_to(build_dot_graph(map, options), format);
}

RenderOptions dialectic_overview_options() {
    RenderOptions options;
    options.view = RenderView::Dialectic;
    options.fit = PageFit::Slide;
    return options;
}

RenderResult render_dialectic_overview_svg(const ArgumentMap& map) {
    return render_map(map, dialectic_overview_options(), RenderFormat::Svg);
}

}  // namespace warrant

#if defined(__SANITIZE_ADDRESS__)
// Sanitizer builds only: Graphviz 2.42 leaks inside its dot layout (virtual nodes, auxiliary
// graphs for clusters) and its HTML-label parser, and pango and fontconfig keep font caches.
// None of it is ours to fix, and it would fail every sanitizer run of a binary that renders.
// The suppressions name libraries, not functions, because those libraries are built without
// frame pointers: LeakSanitizer's fast unwinder stops inside them and never sees a caller.
// (Run once with ASAN_OPTIONS=fast_unwind_on_malloc=0 and the suppressions removed: every
// leak left was inside these libraries; none came from a handle warrant failed to free.)
extern "C" const char* __lsan_default_suppressions() {
    return "leak:libgvc.so\n"
           "leak:libgvplugin_dot_layout.so\n"
           "leak:libgvplugin_neato_layout.so\n"
           "leak:libgvplugin_pango.so\n"
           "leak:libpango\n"
           "leak:libglib\n"
           "leak:libfontconfig.so\n"
           "leak:libcairo.so\n";
}
#endif
