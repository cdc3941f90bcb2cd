// Drafting a map from an essay's prose (docs/drafting.md): the text in, a typed argument map
// out, each node's text taken verbatim from the essay with its span kept as code-point offsets
// (metadata start/end, end exclusive), so a finding can point back into the essay.
//
// An academic essay's parenthetical citations ("(Atwood 23)", "(Smith, 2019, p. 4)") become
// evidence nodes with their source and page, its Works Cited / References list the map's
// bibliography, its numbered headings (or, without headings, its paragraphs) the sections.
// Argument components (major claims, claims, premises) and their relations come from a
// learned model (engine/data/draft/, trained on the Argument Annotated Essays v2 corpus and
// the argumentative microtexts).
//
// Threads: the model is loaded once, on first use, and only read after: drafting may run on
// several threads at once.
#pragma once

#include "warrant/parse.hpp"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace warrant {

enum class ComponentType { MajorClaim, Claim, Premise };
std::string_view to_string(ComponentType type);  // "MajorClaim", "Claim", "Premise"

// An argument component of the essay, as the evaluation format writes it.
struct DraftComponent {
    std::string id;             // "c1", "c2", ... in text order
    ComponentType type = ComponentType::Premise;
    std::size_t start = 0;      // code points into the essay, end exclusive
    std::size_t end = 0;
    bool against = false;       // a claim's stance: against the major claims (for otherwise)
};

struct DraftRelation {
    std::string from, to;       // component ids
    bool attack = false;        // supports otherwise
};

struct DraftResult {
    LoadResult loaded;          // the map (typed), its diagnostics and the essay text
    std::vector<DraftComponent> components;
    std::vector<DraftRelation> relations;
    bool unusable = false;      // the text is empty, binary, not UTF-8 or too large to draft (W050)
};

// The learned argument miner: linear models (liblinear) for components and relations, and the
// vocabulary their features index. Read-only once loaded; one model serves many threads.
class DraftModel {
public:
    // The model compiled into warrant (engine/data/draft/model.txt).
    static const DraftModel& built_in();
    // A model file written by `make train-draft`; a missing or corrupt file sets `error`.
    static std::unique_ptr<DraftModel> load(const std::string& path, std::string& error);
    // Parses a model from its text; on failure `error` says what is wrong, and where.
    static std::unique_ptr<DraftModel> parse(std::string_view text, std::string& error);

    ~DraftModel();
    DraftModel(const DraftModel&) = delete;
    DraftModel& operator=(const DraftModel&) = delete;

    struct Impl;
    const Impl& impl() const { return *impl_; }

private:
    explicit DraftModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Drafts one essay. Never throws on bad input: an empty, binary or argument-free text gives a
// valid, possibly empty map and a diagnostic (W050) that says why it is empty.
DraftResult draft_essay(std::string text, std::string file_name, const DraftModel& model);

// Reads and drafts each file (an unreadable one gives a result with io_failed and E000), on up
// to `jobs` threads, handing the results to `consume` in input order on the calling thread.
void draft_files(const std::vector<std::string>& paths, const DraftModel& model, int jobs,
                 const std::function<void(std::size_t index, DraftResult& draft)>& consume);

// An essay read as a map (InputFormat::Essay, what load_file() does with a .txt): drafted with
// the built-in model, with a note (N220) that says the map was drafted and how to save it to
// correct it by hand. Its nodes keep their spans in the essay (metadata start/end), and check
// words its findings for the essay's writer (analysis.hpp, essay_findings). A text that cannot
// be drafted at all (empty, binary, not UTF-8, over 4 MiB) sets io_failed: nothing was read.
LoadResult read_essay(std::string text, std::string file_name);

// Trains a model on brat essays (AAE2's train folder), choosing each classifier's cost on the
// dev folder, deterministically; returns the model file's text. `log` gets one line a choice.
std::string train_draft_model(const std::string& train_dir, const std::string& dev_dir, std::vector<std::string>& log);

// The corpora of training: AAE2's train and dev folders (brat), and optionally a folder of
// argumentative microtexts (arggraph XML beside each .txt), four fifths of which are trained
// on and the fifth held out joins dev (every fifth in sorted order).
struct DraftTrainingData {
    std::string aae2_train, aae2_dev;
    std::string microtexts;  // "" for none
    int held_out_fifth = 4;  // which fifth of the microtexts chooses settings (0-4: cross-validation)
};
std::string train_draft_model(const DraftTrainingData& data, std::vector<std::string>& log);

// The evaluation format: {"components": [{"id", "type", "start", "end"[, "stance" of a claim: "For",
// "Against"]}], "relations": [...]}.
std::string draft_components_json(const DraftResult& draft);

}  // namespace warrant
