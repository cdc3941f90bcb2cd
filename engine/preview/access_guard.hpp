// Who may read the served preview (private to engine/preview). The server listens on
// 127.0.0.1 only, but any page open in the user's browser can make requests there: a request
// must carry the token the URL was printed with, and name this server in its Host header (which
// defeats DNS rebinding, where another site's name is pointed at 127.0.0.1).
#pragma once

#include <string>

namespace warrant::preview {

// 32 hex digits from the system's random source (/dev/urandom).
std::string random_access_token();

class AccessGuard {
public:
    AccessGuard(std::string token, int port) : token_(std::move(token)), port_(port) {}
    // `host`: the request's Host header; `token`: its token parameter ("" when absent).
    bool allows(const std::string& host, const std::string& token) const;
    const std::string& token() const { return token_; }

private:
    std::string token_;
    int port_;
};

}  // namespace warrant::preview
