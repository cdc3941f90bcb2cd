// Who may read the served preview: this server's Host and the printed token, nothing else.
#include "preview/access_guard.hpp"

#include <doctest/doctest.h>

using warrant::preview::AccessGuard;
using warrant::preview::random_access_token;

TEST_CASE("a random access token is 32 hex digits and differs each time") {
    const std::string first = random_access_token(), second = random_access_token();
    CHECK(first.size() == 32);
    CHECK(first.find_first_not_of("0123456789abcdef") == std::string::npos);
    CHECK(first != second);
}

TEST_CASE("the guard lets in this server's host with the token and refuses everything else") {
    const AccessGuard guard("00112233445566778899aabbccddeeff", 8123);
    CHECK(guard.allows("127.0.0.1:8123", "00112233445566778899aabbccddeeff"));
    CHECK(guard.allows("localhost:8123", "00112233445566778899aabbccddeeff"));
    CHECK_FALSE(guard.allows("127.0.0.1:8123", ""));
    CHECK_FALSE(guard.allows("127.0.0.1:8123", "00112233445566778899aabbccddeefe"));
    CHECK_FALSE(guard.allows("127.0.0.1:8123", "00112233445566778899aabbccddeeff0"));
    CHECK_FALSE(guard.allows("evil.example:8123", "00112233445566778899aabbccddeeff"));  // DNS rebinding
    CHECK_FALSE(guard.allows("127.0.0.1:8124", "00112233445566778899aabbccddeeff"));
    CHECK_FALSE(guard.allows("", "00112233445566778899aabbccddeeff"));
    CHECK_FALSE(AccessGuard("", 8123).allows("127.0.0.1:8123", ""));
}
