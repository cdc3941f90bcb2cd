#include "render/render_fixtures.hpp"

#include <tuple>

namespace warrant::testing {
namespace {

Node statement(NodeKind kind, std::string title, std::string text, std::string pole, std::string section) {
    Node node;
    node.kind = kind;
    node.title = std::move(title);
    if (!text.empty()) node.texts.push_back(std::move(text));
    node.pole = std::move(pole);
    node.section = std::move(section);
    return node;
}

}  // namespace

ArgumentMap teaching_map() {
    ArgumentMap map;
    map.file = "examples/ustopia.argdown";
    map.poles = {"utopia", "dystopia"};
    map.sections = {{"s1", 1, "Thesis", "", {}}, {"s2", 2, "Objections", "s1", {}}};
    map.sources = {{"atwood", "Margaret Atwood", "In Other Worlds", "2011", {}}};
    const Vertex thesis = map.add_node(statement(NodeKind::Thesis, "Ustopia", "Every utopia contains a latent dystopia.", "", "s1"));
    const Vertex order = map.add_node(statement(NodeKind::Claim, "Order", "A planned society removes want.", "utopia", "s1"));
    const Vertex control = map.add_node(statement(NodeKind::CounterPosition, "Control",
                                                  "Planning needs control, and control needs victims.", "dystopia", "s2"));
    Node quote = statement(NodeKind::Evidence, "Harvest quote", "The harvest was good that year, and no one asked.", "utopia", "s2");
    quote.source = "atwood";
    quote.page = "66";
    const Vertex evidence = map.add_node(std::move(quote));
    Node atwood = statement(NodeKind::Source, "atwood", "", "", "");
    atwood.source = "atwood";
    atwood.in_bibliography = true;
    const Vertex source = map.add_node(std::move(atwood));
    Node stability = statement(NodeKind::Argument, "Stability", "Order makes the ustopia possible.", "", "s1");
    stability.pcs = {{PcsMember::Role::Premise, "Order"}, {PcsMember::Role::MainConclusion, "Ustopia"}};
    const Vertex argument = map.add_node(std::move(stability));
    const Vertex bridge = map.add_node(statement(NodeKind::Claim, "Bridge", "Both sides want safety.", "", "s2"));
    const Vertex unsupported = map.add_node(statement(NodeKind::Claim, "Unsupported", "Victims are always chosen.", "dystopia", "s2"));

    map.add_edge(order, argument, {EdgeKind::PremiseOf, {}});
    map.add_edge(argument, thesis, {EdgeKind::ConclusionOf, {}});
    map.add_edge(evidence, order, {EdgeKind::Support, {}});
    map.add_edge(evidence, source, {EdgeKind::Cites, {}});
    map.add_edge(control, thesis, {EdgeKind::Attack, {}});
    map.add_edge(control, argument, {EdgeKind::Undercut, {}});
    map.add_edge(bridge, order, {EdgeKind::Support, {}});
    map.add_edge(bridge, control, {EdgeKind::Contrary, {}});
    map.add_edge(unsupported, control, {EdgeKind::Entails, {}});
    map.add_edge(order, control, {EdgeKind::Contradictory, {}});
    return map;
}

RenderOptions teaching_status_options() {
    RenderOptions options;
    options.view = RenderView::Status;
    options.status = {{0, NodeStatus::Grounded}, {1, NodeStatus::Grounded}, {2, NodeStatus::Ungrounded},
                      {6, NodeStatus::Circular}, {7, NodeStatus::Unsupported}};
    options.acceptability = {{0, Label::In}, {2, Label::Out}, {6, Label::Undec}};
    return options;
}

ArgumentMap hostile_map() {
    ArgumentMap map;
    map.file = "maps/\"quoted\" <file>.argdown";
    const Vertex hostile = map.add_node(statement(NodeKind::Claim, kInjectionTitle, kInjectionText, "", ""));
    const Vertex arabic = map.add_node(statement(NodeKind::Thesis, "يوتوبيا", kArabicText, "", ""));
    map.add_edge(hostile, arabic, {EdgeKind::Attack, {}});
    return map;
}

ArgumentMap pole_columns_map() {
    ArgumentMap map;
    map.file = "examples/poles.argdown";
    map.front_matter = {{"title", "Two poles & a bridge"}};
    map.poles = {"a", "b"};
    map.sources = {{"kumar", "Krishan Kumar", "", "", {}}};
    const Vertex thesis = map.add_node(statement(NodeKind::Thesis, "Thesis", "The thesis. #a #b", "", ""));
    const Vertex a1 = map.add_node(statement(NodeKind::Claim, "A1", "First reason, the heaviest. #a", "a", ""));
    const Vertex a2 = map.add_node(statement(NodeKind::Claim, "A2", "Second reason.", "a", ""));
    const Vertex b1 = map.add_node(statement(NodeKind::CounterPosition, "B1", "The objection.", "b", ""));
    const Vertex a3 = map.add_node(statement(NodeKind::Claim, "A3", "A reason for the first.", "a", ""));
    const Vertex x = map.add_node(statement(NodeKind::Claim, "X", "Both sides meet here.", "", ""));
    Node kumar = statement(NodeKind::Source, "kumar", "", "", "");
    kumar.source = "kumar";
    kumar.in_bibliography = true;
    const Vertex source = map.add_node(std::move(kumar));
    for (const auto& [title, page, supported] : {std::tuple{"E1", "12", a1}, std::tuple{"E2", "3", a3}}) {
        Node quote = statement(NodeKind::Evidence, title, "\xE2\x80\x9Cquoted words\xE2\x80\x9D", "a", "");
        quote.source = "kumar";
        quote.page = page;
        const Vertex e = map.add_node(std::move(quote));
        map.add_edge(e, supported, {EdgeKind::Support, {}});
        map.add_edge(e, source, {EdgeKind::Cites, {}});
    }
    map.node(thesis).tags = {"a", "b"};
    map.node(a1).tags = {"a"};
    map.add_edge(a1, thesis, {EdgeKind::Support, {}});
    map.add_edge(a2, thesis, {EdgeKind::Support, {}});
    map.add_edge(b1, thesis, {EdgeKind::Attack, {}});
    map.add_edge(a3, a1, {EdgeKind::Support, {}});
    map.add_edge(x, a1, {EdgeKind::Support, {}});
    map.add_edge(x, b1, {EdgeKind::Attack, {}});
    return map;
}

ArgumentMap support_chain_map(std::size_t count) {
    ArgumentMap map;
    for (std::size_t i = 0; i < count; ++i) {
        const Vertex v = map.add_node(statement(NodeKind::Claim, "C" + std::to_string(i), "Claim number " + std::to_string(i), "", ""));
        if (i > 0) map.add_edge(v - 1, v, {EdgeKind::Support, {}});
    }
    return map;
}

}  // namespace warrant::testing
