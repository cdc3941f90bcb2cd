// Argdown's `model: explodeArguments: true`: an argument of several inferential steps becomes
// one argument per step, <A - 1>, <A - 2>, …, as Argdown 1.7's ExplodeArgumentsPlugin makes them.
// A step's premises are the statements its inference's `uses` (or `from`) list names by number,
// or else its conclusion's own `uses`, else those written since the previous conclusion, that conclusion included: the intermediary
// conclusion of one step is a premise of the next. Every step keeps the argument's descriptions,
// tags, metadata and section; the relations of the argument itself go to the last step.
#include "model/graph_builder.hpp"

#include <algorithm>
#include <charconv>

namespace warrant::model {
namespace {

// The numbers of a flattened YAML list `key.0`, `key.1`, … (1-based statement numbers), or
// nothing when `key` is not a list.
std::optional<std::vector<long>> numbers_listed(const std::map<std::string, std::string>& metadata, const std::string& key) {
    std::vector<long> numbers;
    for (std::size_t i = 0;; ++i) {
        auto item = metadata.find(key + "." + std::to_string(i));
        if (item == metadata.end()) break;
        long number = 0;
        const auto [end, error] = std::from_chars(item->second.data(), item->second.data() + item->second.size(), number);
        numbers.push_back(error == std::errc() && end == item->second.data() + item->second.size() ? number : 0);
    }
    if (numbers.empty()) return std::nullopt;
    return numbers;
}

}  // namespace

// The step that ends in pcs[conclusion]; an empty vector when its `uses` list names no statement.
std::vector<PcsMember> GraphBuilder::inferential_step(EntryIndex argument, const std::vector<PcsMember>& pcs,
                                                     std::size_t conclusion) const {
    std::vector<PcsMember> step;
    std::optional<std::vector<long>> uses;
    if (const auto& metadata = pcs[conclusion].inference_metadata; !metadata.empty()) {
        uses = numbers_listed(metadata, "uses");
        if (!uses) uses = numbers_listed(metadata, "from");
    }
    if (const auto own = conclusion_metadata_.find({argument, conclusion}); !uses && own != conclusion_metadata_.end())
        uses = numbers_listed(own->second, "uses");
    if (uses) {
        for (long number : *uses) {
            if (number < 1 || static_cast<std::size_t>(number) > pcs.size()) return {};
            step.push_back(pcs[number - 1]);
        }
    } else {
        for (std::size_t i = conclusion; i-- > 0;) {
            step.insert(step.begin(), pcs[i]);
            if (pcs[i].role != PcsMember::Role::Premise) break;
        }
    }
    for (PcsMember& premise : step) premise = {PcsMember::Role::Premise, premise.title, {}};
    PcsMember last = pcs[conclusion];
    last.role = PcsMember::Role::MainConclusion;
    step.push_back(std::move(last));
    return step;
}

void GraphBuilder::explode_arguments() {
    const std::size_t written = arguments_.size();
    for (EntryIndex original = 0; original < written; ++original) {
        const std::vector<PcsMember> pcs = node_of(arguments_[original]).pcs;
        std::vector<std::vector<PcsMember>> steps;
        std::vector<std::size_t> conclusions;  // pcs index of each step's conclusion
        for (std::size_t i = 0; i < pcs.size(); ++i) {
            if (pcs[i].role == PcsMember::Role::Premise) continue;
            steps.push_back(inferential_step(original, pcs, i));
            conclusions.push_back(i);
        }
        if (steps.size() <= 1) continue;
        const std::string title = node_of(arguments_[original]).title;
        const auto unusable = [&](const std::vector<PcsMember>& step) { return step.empty(); };
        bool taken = false;
        for (std::size_t k = 0; k < steps.size(); ++k) taken = taken || map_.find_argument(title + " - " + std::to_string(k + 1));
        if (taken || std::any_of(steps.begin(), steps.end(), unusable)) {
            diagnostics_.push_back({Severity::Error, "E023",
                                    "explodeArguments cannot split <" + title + ">: " +
                                        (taken ? "a step's title <" + title + " - N> is taken"
                                               : "a 'uses' list names a statement the argument does not have"),
                                    node_of(arguments_[original]).span, {}});
            continue;
        }
        // The argument itself becomes the first step; the others copy it.
        std::vector<EntryIndex> entries{original};
        map_.rename(arguments_[original].vertex, title + " - 1");
        for (std::size_t k = 1; k < steps.size(); ++k) {
            const Entry copy_of = arguments_[original];
            const EntryIndex entry = argument(title + " - " + std::to_string(k + 1));
            Node& node = node_of(arguments_[entry]);
            const Node& first = node_of(arguments_[original]);
            node.texts = first.texts;
            node.tags = first.tags;
            node.metadata = first.metadata;
            node.section = first.section;
            node.span = first.span;
            arguments_[entry].defined = copy_of.defined;
            arguments_[entry].has_section = copy_of.has_section;
            entries.push_back(entry);
        }
        for (std::size_t k = 0; k < steps.size(); ++k) node_of(arguments_[entries[k]]).pcs = std::move(steps[k]);
        const EntryIndex last = entries.back();
        for (PendingRelation& relation : relations_) {
            if (relation.from == Member{Member::Type::Argument, original}) relation.from.index = last;
            if (relation.to.index != original || relation.to.type == Member::Type::Statement) continue;
            if (relation.to.type == Member::Type::Argument || relation.written_at_argument) {
                // As in Argdown, an undercut written against the argument hits the last step as a whole.
                relation.to = {Member::Type::Argument, last};
                continue;
            }
            // An undercut of one inference hits the step that ends in its conclusion.
            for (std::size_t k = 0; k < steps.size(); ++k) {
                if (static_cast<std::int32_t>(conclusions[k]) != relation.to.step) continue;
                const auto conclusion = static_cast<std::int32_t>(node_of(arguments_[entries[k]]).pcs.size()) - 1;
                relation.to = {Member::Type::Inference, entries[k], conclusion};
            }
        }
    }
}

}  // namespace warrant::model
