// The catalogue as plain text, for `warrant schemes` and `warrant schemes NAME`.
#include "warrant/schemes.hpp"

#include <algorithm>

namespace warrant {

std::string format_scheme_list() {
    std::size_t width = 0;
    for (const ArgumentationScheme& scheme : scheme_catalogue()) width = std::max(width, scheme.key.size());
    std::string out;
    for (const ArgumentationScheme& scheme : scheme_catalogue()) {
        out += scheme.key + std::string(width + 2 - scheme.key.size(), ' ') + scheme.name + " (" +
               std::to_string(scheme.questions.size()) + " critical questions)\n";
    }
    return out;
}

std::string format_scheme(const ArgumentationScheme& scheme) {
    std::string out = scheme.name + "   {scheme: " + scheme.key + "}\n\npremises:\n";
    for (const std::string& premise : scheme.premises) out += "  - " + premise + "\n";
    out += "conclusion:\n  " + scheme.conclusion + "\n\ncritical questions:\n";
    for (const CriticalQuestion& question : scheme.questions)
        out += "  " + question.id + " (" + question.topic + "): " + question.question + "\n";
    out += "\nAnswer a question with a node related to the argument or a premise that says\n"
           "{answers: " + scheme.questions.front().id + "} or carries the tag #" + scheme.questions.front().id + ".\n";
    return out;
}

}  // namespace warrant
