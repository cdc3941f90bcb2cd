// The ICCMA 2023 solver tasks: names, and answers in the competition's output format.
#include "warrant/iccma.hpp"

#include <array>
#include <utility>

namespace warrant {
namespace {

constexpr std::array<std::pair<IccmaProblem, std::string_view>, 3> kProblems{{
    {IccmaProblem::DC, "DC"}, {IccmaProblem::DS, "DS"}, {IccmaProblem::SE, "SE"},
}};
constexpr std::array<std::pair<Semantics, std::string_view>, 5> kSemantics{{
    {Semantics::Complete, "CO"}, {Semantics::Grounded, "GR"}, {Semantics::Preferred, "PR"},
    {Semantics::Stable, "ST"}, {Semantics::SemiStable, "SST"},
}};

std::string witness(const Framework& framework, const Extension& extension) {
    std::string line = "w";
    for (ArgumentId a : extension) line += " " + framework.name(a);
    return line + "\n";
}

}  // namespace

std::optional<IccmaTask> parse_iccma_task(std::string_view name) {
    const std::size_t dash = name.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    IccmaTask task;
    bool problem_known = false, semantics_known = false;
    for (const auto& [problem, text] : kProblems)
        if (text == name.substr(0, dash)) task.problem = problem, problem_known = true;
    for (const auto& [semantics, text] : kSemantics)
        if (text == name.substr(dash + 1)) task.semantics = semantics, semantics_known = true;
    if (!problem_known || !semantics_known) return std::nullopt;
    return task;
}

std::string to_string(const IccmaTask& task) {
    std::string name;
    for (const auto& [problem, text] : kProblems)
        if (problem == task.problem) name = text;
    for (const auto& [semantics, text] : kSemantics)
        if (semantics == task.semantics) name += "-" + std::string(text);
    return name;
}

std::vector<std::string> supported_iccma_tasks() {
    std::vector<std::string> tasks;
    for (const auto& [problem, problem_name] : kProblems)
        for (const auto& [semantics, semantics_name] : kSemantics)
            tasks.push_back(std::string(problem_name) + "-" + std::string(semantics_name));
    return tasks;
}

std::string solve_iccma_task(const Framework& framework, const IccmaTask& task, std::optional<ArgumentId> argument) {
    switch (task.problem) {
        case IccmaProblem::SE: {
            std::optional<Extension> extension = find_extension(framework, task.semantics);
            return extension ? witness(framework, *extension) : "NO\n";
        }
        case IccmaProblem::DC: return credulously_accepted(framework, task.semantics, argument.value()) ? "YES\n" : "NO\n";
        case IccmaProblem::DS: return sceptically_accepted(framework, task.semantics, argument.value()) ? "YES\n" : "NO\n";
    }
    return {};
}

}  // namespace warrant
