// YAML flattening with yaml-cpp. The walk over the YAML tree uses an explicit stack: nesting
// depth is the input's to choose.
#include "model/metadata.hpp"

#include "model/flow_map.hpp"

#include <yaml-cpp/yaml.h>

#include <utility>
#include <vector>

namespace warrant::model {

bool flatten_yaml(std::string_view yaml, std::map<std::string, std::string>& out, std::string& error, int& error_line) {
    if (read_flat_flow_map(yaml, out)) return true;
    return flatten_yaml_with_yaml_cpp(yaml, out, error, error_line);
}

bool flatten_yaml_with_yaml_cpp(std::string_view yaml, std::map<std::string, std::string>& out, std::string& error,
                                int& error_line) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::Exception& e) {
        error = e.msg;
        error_line = e.mark.line < 0 ? 0 : e.mark.line;
        return false;
    }
    std::vector<std::pair<std::string, YAML::Node>> pending{{"", root}};
    while (!pending.empty()) {
        // Not a structured binding: clang before 16 cannot capture one in the lambda below.
        const std::string key = std::move(pending.back().first);
        const YAML::Node node = pending.back().second;
        pending.pop_back();
        const auto child_key = [&](const std::string& name) { return key.empty() ? name : key + "." + name; };
        switch (node.Type()) {
            case YAML::NodeType::Map: {
                std::vector<std::pair<std::string, YAML::Node>> children;
                for (const auto& entry : node) children.emplace_back(child_key(entry.first.as<std::string>("")), entry.second);
                // Reverse so that the stack yields them in document order.
                for (auto it = children.rbegin(); it != children.rend(); ++it) pending.push_back(std::move(*it));
                break;
            }
            case YAML::NodeType::Sequence:
                for (std::size_t i = node.size(); i-- > 0;) pending.emplace_back(child_key(std::to_string(i)), node[i]);
                break;
            case YAML::NodeType::Scalar:
                if (!key.empty()) out[key] = node.Scalar();
                break;
            case YAML::NodeType::Null:
                if (!key.empty()) out[key] = "";
                break;
            case YAML::NodeType::Undefined: break;
        }
    }
    return true;
}

}  // namespace warrant::model
