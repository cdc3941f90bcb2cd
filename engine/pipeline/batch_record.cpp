// One JSON line per file for `export --format jsonl`: a consumer reads the batch as a stream
// and learns for each file whether it loaded, what went wrong where, and its graph.
#include "formats/json_document.hpp"
#include "warrant/batch.hpp"

namespace warrant {

std::string batch_record_json(const BatchResult& result) {
    formats::JsonWriter json(0);
    json.begin_object().key("file").value(result.file);
    const bool ok = result.outcome == FileOutcome::Ok;
    json.key("ok").value(ok).key("diagnostics").begin_array();
    for (const Diagnostic& d : result.all_diagnostics()) {
        json.begin_object().key("severity").value(to_string(d.severity)).key("code").value(d.code);
        json.key("message").value(d.message).key("line").value(d.span.line).key("column").value(d.span.column);
        json.end_object();
    }
    json.end_array().key("graph");
    if (ok)
        formats::write_map_json(json, result.loaded.map);
    else
        json.null();
    json.end_object();
    return json.take() + "\n";
}

}  // namespace warrant
