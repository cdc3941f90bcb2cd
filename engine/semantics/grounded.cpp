// Grounded semantics by queue labelling (Modgil & Caminada 2009, "Proof theories and
// algorithms for abstract argumentation frameworks"): linear in arguments plus attacks.
#include "semantics/grounded_labelling.hpp"

namespace warrant {
namespace semantics {

std::vector<Label> label_grounded(const Framework& framework, std::vector<std::uint32_t>* decided_at) {
    const std::size_t n = framework.size();
    std::vector<Label> labels(n, Label::Undec);
    // Attackers of each argument that are not yet OUT; an argument goes IN when this hits 0.
    std::vector<std::uint32_t> live_attackers(n);
    std::vector<ArgumentId> queue;
    queue.reserve(n / 4 + 1);
    for (ArgumentId a = 0; a < n; ++a) {
        live_attackers[a] = static_cast<std::uint32_t>(framework.attackers(a).size());
        if (live_attackers[a] == 0) queue.push_back(a);
    }
    std::uint32_t decisions = 0;
    if (decided_at) decided_at->assign(n, 0);
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const ArgumentId a = queue[head];
        labels[a] = Label::In;
        if (decided_at) (*decided_at)[a] = ++decisions;
        for (ArgumentId target : framework.targets(a)) {
            if (labels[target] == Label::Out) continue;
            labels[target] = Label::Out;
            if (decided_at) (*decided_at)[target] = ++decisions;
            for (ArgumentId next : framework.targets(target))
                if (--live_attackers[next] == 0 && labels[next] == Label::Undec) queue.push_back(next);
        }
    }
    return labels;
}

}  // namespace semantics

std::vector<Label> grounded_labelling(const Framework& framework) {
    return semantics::label_grounded(framework, nullptr);
}

Extension grounded_extension(const Framework& framework) {
    std::vector<Label> labels = grounded_labelling(framework);
    Extension extension;
    for (ArgumentId a = 0; a < labels.size(); ++a)
        if (labels[a] == Label::In) extension.push_back(a);
    return extension;
}

}  // namespace warrant
