// What an element's text holds for an escaped space (`\ `): a space that whitespace collapsing
// keeps. The parser writes it, the model builder turns it back into a space (private to the engine).
#pragma once

namespace warrant::syntax {

inline constexpr char kEscapedSpace = '\x1f';

}  // namespace warrant::syntax
