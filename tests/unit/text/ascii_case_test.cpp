// Case folding of ASCII letters: bytes of UTF-8 sequences pass unchanged.
#include "text/ascii_case.hpp"

#include <doctest/doctest.h>

TEST_CASE("ASCII case folding leaves UTF-8 bytes and non-letters as they are") {
    using namespace warrant::text;
    CHECK(lowercase("HOWEVER, Émile") == "however, Émile");
    CHECK(uppercase("w104 isn't") == "W104 ISN'T");
    CHECK(capitalized("atwood 23") == "Atwood 23");
    CHECK(capitalized("Émile") == "Émile");
    CHECK(capitalized("") == "");
}
