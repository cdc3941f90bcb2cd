// check's findings as LSP diagnostics (private to engine/lsp).
#pragma once

#include "lsp/protocol_json.hpp"

namespace warrant::lsp {

// One finding: its range, severity, code (linked to nothing: `warrant explain CODE` is the
// documentation), message, and the definitions of the nodes it names as related information.
nlohmann::json diagnostic_json(const RequestContext& context, const Diagnostic& finding);

// The textDocument/publishDiagnostics parameters for every finding of the document.
nlohmann::json publish_diagnostics_params(const RequestContext& context);

}  // namespace warrant::lsp
