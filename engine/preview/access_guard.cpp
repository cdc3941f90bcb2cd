#include "preview/access_guard.hpp"

#include <random>

namespace warrant::preview {
namespace {

// Takes as long for a near miss as for a far one: the token is not guessed a digit at a time.
bool same_secret(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    unsigned char difference = 0;
    for (std::size_t i = 0; i < a.size(); ++i) difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

}  // namespace

std::string random_access_token() {
    std::random_device device("/dev/urandom");
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string token;
    for (int word = 0; word < 4; ++word) {
        const std::uint32_t bits = device();
        for (int nibble = 0; nibble < 8; ++nibble) token += kDigits[(bits >> (4 * nibble)) & 0xF];
    }
    return token;
}

bool AccessGuard::allows(const std::string& host, const std::string& token) const {
    const std::string port = ":" + std::to_string(port_);
    const bool this_server = host == "127.0.0.1" + port || host == "localhost" + port;
    return this_server && !token_.empty() && same_secret(token, token_);
}

}  // namespace warrant::preview
