// The built-in catalogue of argumentation schemes: engine/data/schemes.json, compiled into the
// binary by CMake (warrant_embed_data) and parsed once on first use.
#include "warrant/schemes.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace warrant {
namespace embedded {
extern const std::string_view schemes;
}  // namespace embedded

namespace {

std::vector<ArgumentationScheme> parse_catalogue(std::string_view text) {
    const nlohmann::json data = nlohmann::json::parse(text);
    std::vector<ArgumentationScheme> catalogue;
    for (const nlohmann::json& entry : data.at("schemes")) {
        ArgumentationScheme scheme;
        scheme.key = entry.at("key").get<std::string>();
        scheme.name = entry.at("name").get<std::string>();
        scheme.premises = entry.at("premises").get<std::vector<std::string>>();
        scheme.conclusion = entry.at("conclusion").get<std::string>();
        // Questions are numbered by position, as in the literature: the data file stays free
        // of ids that could drift out of order.
        for (const nlohmann::json& question : entry.at("questions"))
            scheme.questions.push_back({"CQ" + std::to_string(scheme.questions.size() + 1),
                                        question.at("topic").get<std::string>(),
                                        question.at("question").get<std::string>()});
        catalogue.push_back(std::move(scheme));
    }
    return catalogue;
}

// "Argument from Expert_Opinion" -> "expert-opinion".
std::string scheme_key_of(std::string_view name) {
    std::string key;
    for (unsigned char c : name) {
        if (std::isalnum(c))
            key += static_cast<char>(std::tolower(c));
        else if (!key.empty() && key.back() != '-')
            key += '-';
    }
    while (!key.empty() && key.back() == '-') key.pop_back();
    for (std::string_view prefix : {"argument-from-", "from-"})
        if (key.starts_with(prefix)) key.erase(0, prefix.size());
    return key;
}

}  // namespace

const std::vector<ArgumentationScheme>& scheme_catalogue() {
    static const std::vector<ArgumentationScheme> catalogue = parse_catalogue(embedded::schemes);
    return catalogue;
}

const ArgumentationScheme* find_scheme(std::string_view name) {
    const std::string key = scheme_key_of(name);
    const auto& catalogue = scheme_catalogue();
    auto it = std::find_if(catalogue.begin(), catalogue.end(),
                           [&](const ArgumentationScheme& scheme) { return scheme.key == key; });
    return it == catalogue.end() ? nullptr : &*it;
}

bool is_default_aif_scheme(std::string_view name) { return name.starts_with("Default "); }

}  // namespace warrant
