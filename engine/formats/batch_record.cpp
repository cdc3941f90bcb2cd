// One JSON line per file for `export --format jsonl`: a consumer reads the batch as a stream
// and learns for each file whether it loaded, what went wrong where, and its graph.
#include "formats/json_document.hpp"
#include "warrant/batch.hpp"

namespace warrant {

std::string batch_record_json(const BatchResult& result) {
    using json = nlohmann::ordered_json;
    json diagnostics = json::array();
    for (const Diagnostic& d : result.all_diagnostics())
        diagnostics.push_back({{"severity", to_string(d.severity)}, {"code", d.code}, {"message", d.message},
                               {"line", d.span.line}, {"column", d.span.column}});
    const bool ok = result.exit_code == 0;
    json record{{"file", result.file}, {"ok", ok}, {"diagnostics", std::move(diagnostics)},
                {"graph", ok ? formats::map_json(result.loaded.map) : json(nullptr)}};
    return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace warrant
