// End to end through draft_essay with the built-in model: the seed essay's thesis, sections,
// counter-positions, furniture and titles; every microtext gets an argument with one thesis.
#include "draft/microtext_gold.hpp"
#include "support/run_warrant.hpp"
#include "support/source_tree.hpp"
#include "warrant/analysis.hpp"
#include "warrant/draft.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <set>

namespace {

using namespace warrant;

const DraftResult& seed_draft() {
    static const DraftResult draft = draft_essay(warrant::testing::read_file(warrant::testing::seed_essay_path()),
                                                 "seed.txt", DraftModel::built_in());
    return draft;
}

std::size_t count_kind(const Graph& graph, NodeKind kind) {
    std::size_t n = 0;
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) n += graph[v].kind == kind;
    return n;
}

}  // namespace

TEST_CASE("the seed essay: the thesis is the sentence the author marks with 'I claim that'") {
    const Graph& graph = seed_draft().loaded.map.graph;
    REQUIRE(count_kind(graph, NodeKind::Thesis) == 1);
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph)))
        if (graph[v].kind == NodeKind::Thesis) CHECK(graph[v].texts.front().find("Never Let Me Go, besides serving as a warning, provides hope") != std::string::npos);
}

TEST_CASE("the seed essay: no node is page furniture, no title is a type and a number, titles are unique") {
    const Graph& graph = seed_draft().loaded.map.graph;
    const std::regex generic("(Premise|Claim|Major claim) [0-9]+");
    std::set<std::string> titles;
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
        const Node& node = graph[v];
        CHECK_FALSE(std::regex_match(node.title, generic));
        CHECK(titles.insert(node.title).second);
        if (node.texts.empty()) continue;
        CHECK(node.texts.front().find("Shaddad") == std::string::npos);
        CHECK(node.texts.front().find("295") == std::string::npos);
        CHECK(node.texts.front().find("\u0627") == std::string::npos);  // Arabic alif
        CHECK(node.texts.front().find("Kazuo Ishiguro\u2019s Never Let Me Go (2005) This analysis") == std::string::npos);
    }
}

TEST_CASE("the seed essay: each section's point is a claim that reaches the thesis; reported views are attacked") {
    const DraftResult& draft = seed_draft();
    const Graph& graph = draft.loaded.map.graph;
    std::set<std::string> sections_with_claim_on_thesis;
    std::size_t attacked_counters = 0;
    for (EdgeId e : boost::make_iterator_range(boost::edges(graph))) {
        const Node& from = graph[boost::source(e, graph)];
        const Node& to = graph[boost::target(e, graph)];
        if (to.kind == NodeKind::Thesis && from.metadata.count("component") && from.metadata.at("component") == "Claim") {
            sections_with_claim_on_thesis.insert(from.section);
            // A section's point is in the writer's words: at most half of them quoted ("She
            // adds, “There's no way I …”" is evidence, not 3.5's point).
            const std::string& text = from.texts.front();
            const std::regex word("[A-Za-z']+"), quoted("\u201c.*?\u201d");
            const auto words = [&](const std::string& t) { return std::distance(std::sregex_iterator(t.begin(), t.end(), word), std::sregex_iterator()); };
            CAPTURE(text);
            CHECK(2 * (words(text) - words(std::regex_replace(text, quoted, " "))) <= words(text));
        }
        attacked_counters += to.kind == NodeKind::CounterPosition && graph[e].kind == EdgeKind::Attack;
    }
    // Every section that holds a component, but the thesis's own (the abstract).
    std::set<std::string> sections_with_components;
    std::string thesis_section;
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
        if (graph[v].kind == NodeKind::Thesis) thesis_section = graph[v].section;
        if (graph[v].metadata.count("component")) sections_with_components.insert(graph[v].section);
    }
    sections_with_components.erase(thesis_section);
    CHECK(sections_with_components.size() >= 10);
    for (const std::string& section : sections_with_components) {
        CAPTURE(section);
        CHECK(sections_with_claim_on_thesis.count(section));
    }
    CHECK(attacked_counters >= 1);
    // "Many thinkers have supported this viewpoint, claiming that dystopia is utopia's opposite"
    // is answered by "In contrast, some critics have asserted that a definition of dystopia ...
    // is too narrow", whose statement starts after its frame.
    bool answered = false;
    for (EdgeId e : boost::make_iterator_range(boost::edges(graph))) {
        const Node& from = graph[boost::source(e, graph)];
        const Node& to = graph[boost::target(e, graph)];
        answered = answered || (to.kind == NodeKind::CounterPosition && to.texts.front().starts_with("Many thinkers have supported") &&
                                graph[e].kind == EdgeKind::Attack && from.texts.front().starts_with("a definition of dystopia"));
    }
    CHECK(answered);
}

TEST_CASE("an objection and its answer in one sentence are two statements: the answer attacks the objection") {
    const DraftResult draft = draft_essay(
        "Should schools ban phones?\n\n"
        "Schools should ban phones in class, in my opinion. Phones distract students from their lessons, because every "
        "notification pulls their attention away.\n\n"
        "Some may say that phones help students look things up; however, a library or a class computer does that without "
        "the distraction. Others argue that parents need to reach their children, but the school office can always pass on "
        "a message.\n\n"
        "In conclusion, phones should stay in students' bags during lessons.\n",
        "phones.txt", DraftModel::built_in());
    const ArgumentMap& map = draft.loaded.map;
    const auto vertex = [&](const std::string& title) {
        const std::optional<Vertex> v = map.find_statement(title);
        REQUIRE_MESSAGE(v, "no statement [" << title << "]");
        return *v;
    };
    const auto attacks = [&](const std::string& from, const std::string& to) {
        const auto [e, found] = boost::edge(vertex(from), vertex(to), map.graph);
        return found && map.graph[e].kind == EdgeKind::Attack;
    };
    // Titled by the view, not by who holds it ("Others argue that ...").
    CHECK(map.graph[vertex("Parents need to reach their children")].kind == NodeKind::CounterPosition);
    CHECK(map.graph[vertex("Phones help students look things up")].kind == NodeKind::CounterPosition);
    CHECK(attacks("The school office can always pass", "Parents need to reach their children"));
    CHECK(attacks("A library or a class computer", "Phones help students look things up"));
    // Each answer is drawn once: no support beside the attack.
    CHECK(boost::out_degree(vertex("A library or a class computer"), map.graph) == 1);
}

TEST_CASE("an essay's thesis is the position its introduction states, without the reasons it announces") {
    const DraftResult draft = draft_essay(
        "Working for a large company\n\n"
        "Many graduates must choose between a small firm and a large company. I personally prefer to work for a large "
        "company for several reasons.\n\n"
        "First, a large company pays higher salaries. For example, my cousin earns twice as much at a bank as her friends "
        "at small firms.\n\n"
        "Second, a large company offers more training. Its employees learn new skills every year.\n\n"
        "In conclusion, a large company is the better choice, and this is for two reasons.\n",
        "company.txt", DraftModel::built_in());
    const Graph& graph = draft.loaded.map.graph;
    REQUIRE(count_kind(graph, NodeKind::Thesis) == 1);
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) {
        // The background sentence before the position is no statement of the essay.
        CHECK(graph[v].texts.front().find("Many graduates must choose") == std::string::npos);
        if (graph[v].kind == NodeKind::Thesis) CHECK(graph[v].texts.front() == "I personally prefer to work for a large company");
    }
    // "This is for two reasons" says what the reasons are for: it stays.
    bool said = false;
    for (Vertex v : boost::make_iterator_range(boost::vertices(graph))) said = said || graph[v].texts.front().ends_with("this is for two reasons");
    CHECK(said);
}

TEST_CASE("what bare people think is a counter-position when the essay answers it with a contrast, not otherwise") {
    const auto kind_of = [](const std::string& text, const std::string& title) {
        const DraftResult draft = draft_essay(text, "compost.txt", DraftModel::built_in());
        const std::optional<Vertex> v = draft.loaded.map.find_statement(title);
        REQUIRE_MESSAGE(v, "no statement [" << title << "]");
        return draft.loaded.map.graph[*v].kind;
    };
    CHECK(kind_of("Every household should compost its food waste. People think it is difficult to compost. But it is "
                  "not difficult at all, since a simple bin in the garden is enough.\n",
                  "It is difficult to compost") == NodeKind::CounterPosition);
    // Without the contrast, the people may be the writer's witnesses (AAE2's "Other people say that ...").
    CHECK(kind_of("Every household should compost its food waste. People think it is easy to compost. A simple bin in "
                  "the garden is enough.\n",
                  "It is easy to compost") != NodeKind::CounterPosition);
}

TEST_CASE("an example the writer gives is evidence: it grounds the reason it supports") {
    const std::string essay =
        "Sports events bring nations together\n\n"
        "International sports events should be supported, because they bring peace between nations.\n\n"
        "Firstly, sports events let people forget a war for a while. For example, when Iraq was struck by the Gulf War, "
        "its citizens followed the World Cup on portable radios. Thus, sports events bring people back towards peace.\n\n"
        "In conclusion, international sports events should be supported, since they bring peace between nations.\n";
    const DraftResult draft = draft_essay(essay, "sports.txt", DraftModel::built_in());
    const ArgumentMap& map = draft.loaded.map;
    std::optional<Vertex> example;
    for (Vertex v : boost::make_iterator_range(boost::vertices(map.graph)))
        if (map.graph[v].texts.front().find("Gulf War") != std::string::npos) example = v;
    REQUIRE(example);
    CHECK(map.graph[*example].kind == NodeKind::Evidence);
    CHECK(map.graph[*example].example);
    REQUIRE(boost::out_degree(*example, map.graph) >= 1);
    const GroundingResult grounding = compute_grounding(map);
    CHECK(grounding.is_grounded(*example));
    for (auto [e, end] = boost::out_edges(*example, map.graph); e != end; ++e)
        CHECK(grounding.is_grounded(boost::target(*e, map.graph)));
}

TEST_CASE("every microtext of part 1 gets an argument with exactly one thesis" * doctest::test_suite("corpora")) {
    for (const std::string& path : draft::microtext_files(warrant::testing::shared_dir() + "/corpora/microtexts/en", "all")) {
        const DraftResult draft = draft_essay(warrant::testing::read_file(path), path, DraftModel::built_in());
        CAPTURE(path);
        CHECK(count_kind(draft.loaded.map.graph, NodeKind::Thesis) == 1);
        CHECK(draft.loaded.diagnostics.empty());
    }
}

TEST_CASE("a quotation is titled by its citation as a reader knows it: the author's surname and the page") {
    const std::string essay =
        "Utopia and Its Shadow\n\n"
        "Utopia and dystopia meet in one novel. Atwood writes that \u201cwithin each utopia lies a concealed dystopia\u201d "
        "(Atwood 23), and Wear adds that \u201cevil cannot exist in an absolute sense\u201d (Wear 103). Kumar sees "
        "that dystopia \u201cfollowed utopia ever since\u201d (Kumar 19).\n\n"
        "Works Cited\n\n"
        "Atwood, Margaret. In Other Worlds. Doubleday, 2011.\n"
        "Wear, Sarah Klitenic. \u201cProclus on Evil.\u201d Philosophy, 2011.\n";
    const DraftResult draft = draft_essay(essay, "utopia.txt", DraftModel::built_in());
    for (const std::string title : {"Atwood 23", "Wear 103", "Kumar 19"}) {
        CAPTURE(title);
        const std::optional<Vertex> v = draft.loaded.map.find_statement(title);
        REQUIRE(v);
        CHECK(draft.loaded.map.graph[*v].kind == NodeKind::Evidence);
    }
    // The key stays the source's, as the map's {source: ...} names it.
    CHECK(draft.loaded.map.graph[*draft.loaded.map.find_statement("Wear 103")].source == "wear");
}
