#include "warrant/report.hpp"

#include <doctest/doctest.h>

using namespace warrant;

namespace {

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
    return count;
}

struct SampleMap {
    ArgumentMap map;
    Vertex thesis, reason, quote, objection, reply, source;
};

SampleMap sample_map() {
    SampleMap s;
    ArgumentMap& map = s.map;
    map.file = "class.argdown";
    map.poles = {"utopia", "dystopia"};
    map.sources.push_back({"atwood", "Margaret Atwood", "In Other Worlds", "2011", {}});
    auto add = [&](NodeKind kind, std::string title, std::string text) {
        Node node;
        node.kind = kind;
        node.title = std::move(title);
        node.texts = {std::move(text)};
        node.span = SourceSpan{"class.argdown", 3, 1, 3, 9};
        return map.add_node(std::move(node));
    };
    s.thesis = add(NodeKind::Thesis, "Ustopia", "Every utopia contains a latent dystopia.");
    s.reason = add(NodeKind::Claim, "Control", "Perfection needs control.");
    s.quote = add(NodeKind::Evidence, "Scratch", "Scratch a utopia and you find a dystopia.");
    map.node(s.quote).source = "atwood";
    map.node(s.quote).page = "66";
    map.node(s.quote).pole = "dystopia";
    s.objection = add(NodeKind::CounterPosition, "Hope", "Utopias give hope.");
    s.reply = add(NodeKind::Claim, "False hope", "The hope is misplaced.");
    Node source;
    source.kind = NodeKind::Source;
    source.title = source.source = "atwood";
    source.in_bibliography = true;
    s.source = map.add_node(source);
    map.add_edge(s.reason, s.thesis, Edge{EdgeKind::Support, {}});
    map.add_edge(s.quote, s.reason, Edge{EdgeKind::Support, {}});
    map.add_edge(s.quote, s.source, Edge{EdgeKind::Cites, {}});
    map.add_edge(s.objection, s.thesis, Edge{EdgeKind::Attack, {}});
    map.add_edge(s.reply, s.objection, Edge{EdgeKind::Attack, {}});
    return s;
}

// Report inputs with only the map set: everything else at its default.
ReportInputs inputs_for(const warrant::ArgumentMap& map) {
    ReportInputs inputs;
    inputs.map = &map;
    return inputs;
}

}  // namespace

TEST_CASE("a script in a title or text shows as text and never runs") {
    SampleMap s = sample_map();
    s.map.node(s.reason).title = "<script>alert(1)</script>";
    s.map.node(s.reason).texts = {"a \"quoted\" <b>bold</b> & 'single'"};
    ReportInputs inputs = inputs_for(s.map);
    inputs.findings.push_back({Severity::Warning, "W1<x>", "bad <img src=x onerror=alert(1)>", {}, {"<script>alert(1)</script>"}});
    const std::string page = render_html_report(inputs);
    CHECK(count_of(page, "<script>") == 1);  // the report's own script, once
    CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(page.find("a &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; &amp; &#39;single&#39;") != std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("W1&lt;x&gt;") != std::string::npos);
}

TEST_CASE("the page is self-contained: no external scripts, styles or images") {
    SampleMap s = sample_map();
    const std::string page = render_html_report(inputs_for(s.map));
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    CHECK(page.find(" src=") == std::string::npos);
    // The one <link> is the empty favicon, a data: URL, so that no browser asks for one.
    CHECK(page.find("<link") == page.find("<link rel=\"icon\" href=\"data:,\">"));
    CHECK(page.find("<link", page.find("<link") + 1) == std::string::npos);
    CHECK(page.find("@import") == std::string::npos);
    CHECK(page.find("@media print") != std::string::npos);
    CHECK(page.ends_with("</script>\n</body>\n</html>\n"));
}

TEST_CASE("the summary names the thesis and counts nodes, grounding and findings") {
    SampleMap s = sample_map();
    ReportInputs inputs = inputs_for(s.map);
    inputs.grounded = {{"Ustopia", true}, {"Control", true}, {"False hope", false}};
    inputs.findings = {{Severity::Warning, "W101", "x", {}, {}}, {Severity::Note, "N210", "y", {}, {}},
                       {Severity::Note, "N210", "z", {}, {}}};
    const std::string page = render_html_report(inputs);
    CHECK(page.find("<strong>Thesis:</strong> <a class=\"node-link\" href=\"#node-0\" data-node=\"0\">Ustopia</a>") != std::string::npos);
    CHECK(page.find("<span class=\"count\"><span class=\"kind kind-claim\">claim</span><strong>2</strong></span>") != std::string::npos);
    CHECK(page.find("<span class=\"big\" id=\"grounded-percent\">67%</span> grounded (2 of 3 claims reach evidence)") != std::string::npos);
    CHECK(page.find("<a class=\"count severity-warning\" href=\"#findings\">warnings <strong>1</strong></a>") != std::string::npos);
    CHECK(page.find("<a class=\"count severity-note\" href=\"#findings\">notes <strong>2</strong></a>") != std::string::npos);
    CHECK(page.find("<a class=\"count severity-error\" href=\"#findings\">errors <strong>0</strong></a>") != std::string::npos);
}

TEST_CASE("the page is titled by the front matter's title, author and date, else by the file's name") {
    SampleMap s = sample_map();
    CHECK(render_html_report(inputs_for(s.map)).find("<title>class.argdown</title>") != std::string::npos);
    s.map.file = "/home/teacher/week3/drafts/class.argdown";  // its folders say nothing to the class, as on the picture
    CHECK(render_html_report(inputs_for(s.map)).find("<title>class.argdown</title>") != std::string::npos);
    s.map.front_matter = {{"title", "Week 3: <Ustopia>"}, {"author", "A. Student"}, {"date", "2026"}};
    const std::string page = render_html_report(inputs_for(s.map));
    CHECK(page.find("<title>Week 3: &lt;Ustopia&gt;</title>") != std::string::npos);
    CHECK(page.find("<h1>Week 3: &lt;Ustopia&gt;</h1>\n<p class=\"byline\">A. Student · 2026</p>") != std::string::npos);
    ReportInputs inputs = inputs_for(s.map);
    inputs.title = "Given";
    CHECK(render_html_report(inputs).find("<title>Given</title>") != std::string::npos);
}

TEST_CASE("the summary links every claim that reaches no evidence and every unanswered counter-position") {
    SampleMap s = sample_map();
    ReportInputs inputs = inputs_for(s.map);
    inputs.grounded = {{"Ustopia", true}, {"Control", true}, {"False hope", false}};
    inputs.status = {{s.reply, NodeStatus::Unsupported}};
    inputs.findings = {{Severity::Warning, "W104", "unanswered", {}, {"Hope", "Ustopia"}}};
    const std::string page = render_html_report(inputs);
    CHECK(page.find("<h3 id=\"not-grounded\">Claims that reach no evidence (1)</h3>\n<ul class=\"attention-list\">\n<li>"
                    "<a class=\"node-link\" href=\"#node-4\" data-node=\"4\">False hope</a> <span class=\"status-word\">unsupported</span></li>") != std::string::npos);
    CHECK(page.find("<h3 id=\"unanswered\">Unanswered counter-positions (1)</h3>\n<ul class=\"attention-list\">\n<li>"
                    "<a class=\"node-link\" href=\"#node-3\" data-node=\"3\">Hope</a> <span class=\"status-word\">objects to</span> "
                    "<a class=\"node-link\" href=\"#node-0\" data-node=\"0\">Ustopia</a></li>") != std::string::npos);
}

TEST_CASE("each node's details carry what the filters match: kind, pole, section and status") {
    SampleMap s = sample_map();
    s.map.node(s.objection).pole = "utopia";
    s.map.node(s.objection).section = "s2";
    ReportInputs inputs = inputs_for(s.map);
    inputs.status = {{s.objection, NodeStatus::Ungrounded}};
    inputs.findings = {{Severity::Warning, "W104", "unanswered", {}, {"Hope", "Ustopia"}}};
    const std::string page = render_html_report(inputs);
    CHECK(page.find("<article class=\"node-detail\" id=\"detail-3\" data-kind=\"counter-position\" data-pole=\"utopia\" "
                    "data-section=\"s2\" data-status=\"ungrounded unanswered has-findings\" hidden>") != std::string::npos);
    CHECK(page.find("<article class=\"node-detail\" id=\"detail-0\" data-kind=\"thesis\" data-pole=\"\" data-section=\"\" "
                    "data-status=\"has-findings\" hidden>") != std::string::npos);
    CHECK(page.find("<li data-code=\"W104\"><span class=\"severity-warning\">warning[W104]</span> unanswered</li>") != std::string::npos);
    CHECK(page.find("<select id=\"filter-pole\" data-filter=\"pole\"><option value=\"\">all</option><option value=\"utopia\">utopia</option>"
                    "<option value=\"dystopia\">dystopia</option></select>") != std::string::npos);
}

TEST_CASE("each node has a hidden detail with its quotation, source, page, chain and findings") {
    SampleMap s = sample_map();
    ReportInputs inputs = inputs_for(s.map);
    inputs.chains[s.reason] = support_chain(s.map, s.reason, compute_grounding(s.map));
    inputs.findings = {{Severity::Note, "N300", "quoted once", {}, {"Scratch"}}};
    const std::string page = render_html_report(inputs);
    const std::size_t at = page.find("<article class=\"node-detail\" id=\"detail-2\"");
    REQUIRE(at != std::string::npos);
    const std::string detail = page.substr(at, page.find("</article>", at) - at);
    CHECK(detail.find("<blockquote>Scratch a utopia and you find a dystopia.</blockquote>") != std::string::npos);
    CHECK(detail.find("<dt>Source</dt><dd>atwood: Margaret Atwood, “In Other Worlds” (2011)</dd>") != std::string::npos);
    CHECK(detail.find("<dt>Page</dt><dd>66</dd>") != std::string::npos);
    CHECK(detail.find("note[N300]</span> quoted once") != std::string::npos);
    CHECK(count_of(page, "class=\"node-detail\"") == 6);
}

TEST_CASE("a conceded statement's details say it is granted and argued past") {
    SampleMap s = sample_map();
    s.map.node(s.objection).conceded = true;
    const std::string page = render_html_report(inputs_for(s.map));
    auto detail_of = [&](Vertex v) {
        const std::size_t at = page.find("<article class=\"node-detail\" id=\"detail-" + std::to_string(v) + "\"");
        REQUIRE(at != std::string::npos);
        return page.substr(at, page.find("</article>", at) - at);
    };
    CHECK(detail_of(s.objection).find("<dt>Conceded</dt><dd>granted by the writer and argued past") != std::string::npos);
    CHECK(detail_of(s.reply).find("<dt>Conceded</dt>") == std::string::npos);
}

TEST_CASE("a claim's details show its chain as a tree with sources, pages and status") {
    SampleMap s = sample_map();
    ReportInputs inputs = inputs_for(s.map);
    inputs.chains[s.thesis] = support_chain(s.map, s.thesis, compute_grounding(s.map));
    const std::string page = render_html_report(inputs);
    const std::size_t at = page.find("<article class=\"node-detail\" id=\"detail-0\"");
    REQUIRE(at != std::string::npos);
    const std::string detail = page.substr(at, page.find("</article>", at) - at);
    CHECK(detail.find(
              "<dt>Chain</dt><dd><ul class=\"chain-tree\"><li><a class=\"node-link\" href=\"#node-0\" data-node=\"0\">Ustopia</a> "
              "<span class=\"step-status step-grounded\">grounded</span><ul><li><span class=\"via\">+</span> "
              "<a class=\"node-link\" href=\"#node-1\" data-node=\"1\">Control</a> <span class=\"step-status step-grounded\">grounded</span>"
              "<ul><li><span class=\"via\">+</span> <a class=\"node-link\" href=\"#node-2\" data-node=\"2\">Scratch</a> "
              "<span class=\"step-status step-grounded\">atwood p. 66, ground</span></li></ul></li></ul></li></ul>\n"
              "<p class=\"chain-summary\">Depth 2; 1 independent ground (fragile); weakest link: "
              "<a class=\"node-link\" href=\"#node-1\" data-node=\"1\">Control</a>.</p>") != std::string::npos);
}

TEST_CASE("counter-positions show what answers them, or that nothing does") {
    SampleMap s = sample_map();
    std::string page = render_html_report(inputs_for(s.map));
    CHECK(page.find("<span class=\"answered\">Answered by:</span> <a class=\"node-link\" href=\"#node-4\" data-node=\"4\">False hope</a>") != std::string::npos);
    boost::clear_in_edges(s.objection, s.map.graph);
    page = render_html_report(inputs_for(s.map));
    CHECK(page.find("<p class=\"unanswered\">Not answered in the map.</p>") != std::string::npos);
}

TEST_CASE("sources show how often they are cited and whether the bibliography has them") {
    SampleMap s = sample_map();
    const std::string page = render_html_report(inputs_for(s.map));
    CHECK(page.find("<td>Margaret Atwood</td><td>In Other Worlds</td><td>2011</td><td>1</td><td>yes</td>") != std::string::npos);
}

TEST_CASE("poles list their claims first, each with its evidence folded under it") {
    SampleMap s = sample_map();
    std::string page = render_html_report(inputs_for(s.map));
    CHECK(page.find("<h3>dystopia (0 claims, 1 evidence)</h3>\n<p><details><summary>Evidence of this pole that supports none of its "
                    "claims (1)</summary><ul>\n<li><a class=\"node-link\" href=\"#node-2\" data-node=\"2\">Scratch</a> "
                    "<span class=\"status-word\">atwood, p. 66</span></li>\n</ul></details></p>") != std::string::npos);
    CHECK(page.find("<h3>utopia (0 claims, 0 evidence)</h3>\n<p class=\"empty\">No node joins this pole.</p>") != std::string::npos);
    s.map.node(s.reason).pole = "dystopia";
    page = render_html_report(inputs_for(s.map));
    CHECK(page.find("<h3>dystopia (1 claim, 1 evidence)</h3>\n<ul class=\"pole-claims\">\n<li><span class=\"kind kind-claim\">claim</span>"
                    "<a class=\"node-link\" href=\"#node-1\" data-node=\"1\">Control</a> <details><summary>1 piece of evidence</summary><ul>\n"
                    "<li><a class=\"node-link\" href=\"#node-2\" data-node=\"2\">Scratch</a> <span class=\"status-word\">atwood, p. 66</span></li>\n"
                    "</ul></details></li>\n</ul>\n</section>") != std::string::npos);
}

TEST_CASE("critical questions show answered and unanswered questions per argument") {
    SampleMap s = sample_map();
    Node argument;
    argument.kind = NodeKind::Argument;
    argument.title = "Experts agree";
    argument.metadata["scheme"] = "sign";
    Vertex a = s.map.add_node(argument);
    Node reply;
    reply.title = "Other causes";
    reply.tags = {"CQ2"};
    s.map.add_edge(s.map.add_node(reply), a, Edge{EdgeKind::Undercut, {}});
    ReportInputs inputs = inputs_for(s.map);
    inputs.schemes = assess_critical_questions(s.map);
    const std::string page = render_html_report(inputs);
    CHECK(page.find("Experts agree</a> — Argument from sign</h3>") != std::string::npos);
    CHECK(page.find("<tr><td>CQ1</td><td>How reliably does the sign A go together with B?</td><td><span class=\"unanswered\">unanswered</span></td></tr>") != std::string::npos);
    CHECK(page.find("<td><span class=\"answered\">answered by</span> <a class=\"node-link\" href=\"#node-7\" data-node=\"7\">Other causes</a></td>") != std::string::npos);
}

TEST_CASE("a drawn map is inlined without its XML prolog, and without one the node list stands in") {
    SampleMap s = sample_map();
    ReportInputs inputs = inputs_for(s.map);
    std::string page = render_html_report(inputs);
    CHECK(page.find("No drawing was made") != std::string::npos);
    inputs.svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg width=\"10pt\"><g id=\"node1\" class=\"node\"><title>n0</title></g></svg>\n";
    page = render_html_report(inputs);
    CHECK(page.find("<?xml") == std::string::npos);
    CHECK(page.find("<!DOCTYPE svg") == std::string::npos);
    CHECK(page.find("<div class=\"map\" id=\"map-view\" tabindex=\"0\"") != std::string::npos);
    CHECK(page.find("\">\n<svg width=\"10pt\">") != std::string::npos);
}

TEST_CASE("the same inputs give the same bytes") {
    SampleMap s = sample_map();
    CHECK(render_html_report(inputs_for(s.map)) == render_html_report(inputs_for(s.map)));
}

TEST_CASE("findings in the map's own file show line and column, others their file too") {
    SampleMap s = sample_map();
    ReportInputs inputs = inputs_for(s.map);
    inputs.findings = {{Severity::Warning, "W101", "here", SourceSpan{"class.argdown", 7, 3, 7, 9}, {}},
                       {Severity::Warning, "W101", "there", SourceSpan{"other.argdown", 2, 1, 2, 4}, {}}};
    const std::string page = render_html_report(inputs);
    CHECK(page.find("<td>W101</td><td class=\"where\">line 7:3</td><td>here</td>") != std::string::npos);
    CHECK(page.find("<td>W101</td><td class=\"where\">other.argdown:2:1</td><td>there</td>") != std::string::npos);
}

TEST_CASE("a drawing much wider than a page prints as strips of one landscape page that reuse it") {
    SampleMap s = sample_map();
    ReportInputs inputs = inputs_for(s.map);
    inputs.svg = "<svg width=\"8000pt\" height=\"1000pt\" viewBox=\"0.00 0.00 8000.00 1000.00\"><g id=\"graph0\" class=\"graph\"></g></svg>";
    const std::string page = render_html_report(inputs);
    CHECK(page.find("<div class=\"print-map\" aria-hidden=\"true\">\n"
                    "<svg viewBox=\"0.00 0.00 4000.00 1000.00\" preserveAspectRatio=\"xMinYMin meet\"><use href=\"#graph0\"/></svg>\n"
                    "<svg viewBox=\"4000.00 0.00 4000.00 1000.00\" preserveAspectRatio=\"xMinYMin meet\"><use href=\"#graph0\"/></svg>\n"
                    "</div>") != std::string::npos);
}

TEST_CASE("a map larger than the report draws starts folded and says how to find its nodes") {
    ArgumentMap map;
    map.file = "large.argdown";
    for (std::size_t i = 0; i <= kReportDrawLimit; ++i) map.add_node(NodeKind::Claim, "c" + std::to_string(i));
    const std::string page = render_html_report(inputs_for(map));
    CHECK(page.find("This map has " + std::to_string(kReportDrawLimit + 1) + " nodes, too many to draw on one page") != std::string::npos);
    CHECK(page.find("<details class=\"all-nodes\"><summary>All " + std::to_string(kReportDrawLimit + 1) + " nodes, by kind</summary>") !=
          std::string::npos);
}

TEST_CASE("a node's details say what a corpus's annotators called it") {
    SampleMap s = sample_map();
    s.map.node(s.reason).metadata["brat"] = "Premise";
    s.map.node(s.objection).metadata["cdcp"] = "testimony";
    const std::string html = render_html_report(inputs_for(s.map));
    CHECK(count_of(html, "<dt>Annotated as</dt><dd>Premise (brat)</dd>") == 1);
    CHECK(count_of(html, "<dt>Annotated as</dt><dd>testimony (cdcp)</dd>") == 1);
    CHECK(count_of(html, "<dt>Annotated as</dt>") == 2);
}
