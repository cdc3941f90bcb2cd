// The one place where a file's bytes become the UTF-8 text every reader expects (private to the
// engine): loaders call it right after reading, the language server on each document it is sent.
//
// Valid UTF-8 stays as it is, without a leading byte order mark. UTF-16 with a byte order mark
// (what Windows' Notepad calls "Unicode") is converted. Any other byte that is not UTF-8 is read
// as Windows-1252, what a text that is not UTF-8 almost always is (a Windows word processor's
// curly quotes, 0x93 and 0x94): the student's quotation marks survive instead of becoming U+FFFD,
// and a warning (W025) says where the first such byte was.
#pragma once

#include "warrant/diagnostic.hpp"

#include <optional>
#include <string>

namespace warrant {

// Makes `text` UTF-8 in place; returns the W025 warning when bytes had to be guessed.
std::optional<Diagnostic> decode_input_text(std::string& text, const FileName& file);

}  // namespace warrant
