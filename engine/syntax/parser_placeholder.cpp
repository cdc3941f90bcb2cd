// PLACEHOLDER until the Argdown parser lands: the parser branch deletes this file.
#include "model/build_graph.hpp"
#include "model/typing.hpp"
#include "syntax/parser.hpp"
#include "warrant/formats.hpp"

namespace warrant {
namespace syntax {
SyntaxTree parse(std::string_view, const std::string& file_name, const ParseLimits&, std::vector<Diagnostic>& diagnostics) {
    diagnostics.push_back({Severity::Error, "E001", "the Argdown parser is not built yet", SourceSpan{file_name, 1, 1, 1, 1}, {}});
    return {};
}
}  // namespace syntax
namespace model {
void build_graph(const syntax::SyntaxTree&, ArgumentMap&, std::vector<Diagnostic>&) {}
}  // namespace model
std::string export_argdown_json(const ArgumentMap&) { return "{}\n"; }
}  // namespace warrant
