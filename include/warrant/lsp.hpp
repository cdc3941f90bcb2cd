// The language server: warrant's engine speaking the Language Server Protocol (3.17) over a
// pair of streams, so that any editor shows the findings of `warrant check` as you type.
//
// It has no analysis of its own: every diagnostic, hover and quick fix comes from the same
// public API the command line uses (parse_argdown, check_loaded, support chains, explanations).
// It never dies on a message: malformed input is answered with the protocol's error codes.
//
// Threads: run_language_server() answers requests on the calling thread and checks documents on
// one thread of its own; run one server per pair of streams.
#pragma once

#include <iosfwd>

namespace warrant {

struct LspOptions {
    // How long a document must stay unchanged before it is checked again: typing a word costs
    // one check, not one per key.
    int debounce_milliseconds = 150;
};

// Serves one client on `in` and `out` until it sends `exit` or closes `in`. Returns the
// process exit code the protocol asks for: 0 after shutdown then exit, 1 otherwise.
int run_language_server(std::istream& in, std::ostream& out, const LspOptions& options = {});

}  // namespace warrant
