// Explanations of grounded labels as a dialogue of attackers and defenders (in the spirit of
// the grounded persuasion game of Modgil & Caminada 2009): an OUT argument is answered by the
// IN attacker that defeated it first, an IN argument by the OUT status of each attacker, an
// UNDEC argument by an UNDEC attacker that no one defeats.
#include "semantics/grounded_labelling.hpp"

#include <algorithm>
#include <unordered_set>

namespace warrant {
namespace {

class GroundedDialogue {
public:
    GroundedDialogue(const Framework& framework, int max_depth) : framework_(framework), max_depth_(max_depth) {
        labels_ = semantics::label_grounded(framework, &decided_at_);
    }

    std::vector<std::string> explain(ArgumentId argument) {
        visit(argument, 0);
        return std::move(sentences_);
    }

private:
    void visit(ArgumentId a, int depth) {
        if (depth > max_depth_ || !explained_.insert(a).second) return;
        switch (labels_[a]) {
            case Label::In: return explain_in(a, depth);
            case Label::Out: return explain_out(a, depth);
            case Label::Undec: return explain_undec(a, depth);
        }
    }

    void explain_in(ArgumentId a, int depth) {
        auto attackers = framework_.attackers(a);
        if (attackers.empty()) {
            say(name(a) + " is IN because nothing attacks " + name(a) + ".");
            return;
        }
        std::string list;
        for (ArgumentId b : attackers) list += (list.empty() ? "" : ", ") + name(b);
        say(name(a) + " is IN because every attacker of it is OUT: " + list + ".");
        for (ArgumentId b : attackers) visit(b, depth + 1);
    }

    // The IN attacker decided first: it is the one that made `a` OUT, so the chain is well founded.
    void explain_out(ArgumentId a, int depth) {
        std::optional<ArgumentId> first;
        for (ArgumentId b : framework_.attackers(a))
            if (labels_[b] == Label::In && (!first || decided_at_[b] < decided_at_[*first])) first = b;
        say(name(a) + " is OUT because " + name(*first) + " attacks it and " + name(*first) + " is IN.");
        visit(*first, depth + 1);
    }

    void explain_undec(ArgumentId a, int depth) {
        auto attackers = framework_.attackers(a);
        auto undecided = std::find_if(attackers.begin(), attackers.end(), [&](ArgumentId b) { return labels_[b] == Label::Undec; });
        const ArgumentId b = *undecided;  // an UNDEC argument always has an UNDEC attacker
        std::string reason = b == a ? name(a) + " attacks itself" : name(b) + " attacks it and " + name(b) + " is UNDEC";
        say(name(a) + " is UNDEC because " + reason + ": no attacker of it is IN, and not all are OUT.");
        visit(b, depth + 1);
    }

    std::string name(ArgumentId a) const { return framework_.name(a); }
    void say(std::string sentence) { sentences_.push_back(std::move(sentence)); }

    const Framework& framework_;
    int max_depth_;
    std::vector<Label> labels_;
    std::vector<std::uint32_t> decided_at_;
    std::unordered_set<ArgumentId> explained_;
    std::vector<std::string> sentences_;
};

}  // namespace

std::vector<std::string> explain_grounded(const Framework& framework, ArgumentId argument, int max_depth) {
    return GroundedDialogue(framework, max_depth).explain(argument);
}

}  // namespace warrant
