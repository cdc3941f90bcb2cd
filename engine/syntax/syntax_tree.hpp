// PLACEHOLDER until the Argdown parser lands: the parser branch replaces this file.
#pragma once
namespace warrant::syntax {
struct SyntaxTree {};
}  // namespace warrant::syntax
