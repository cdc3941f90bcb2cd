#include "syntax/token_stream.hpp"

namespace warrant::syntax {

void TokenStream::put(std::vector<Token> chunk) {
    {
        std::lock_guard lock(mutex_);
        incoming_.push_back(std::move(chunk));
    }
    arrived_.notify_one();
}

void TokenStream::close() {
    {
        std::lock_guard lock(mutex_);
        closed_ = true;
    }
    arrived_.notify_one();
}

void TokenStream::receive(std::size_t i) {
    std::unique_lock lock(mutex_);
    while (i >= available_) {
        arrived_.wait(lock, [&] { return !incoming_.empty() || closed_; });
        if (incoming_.empty()) break;  // closed: nothing more will come
        for (std::vector<Token>& chunk : incoming_) {
            available_ += chunk.size();
            chunks_.push_back(std::move(chunk));
        }
        incoming_.clear();
    }
    // A lexer that failed closes the stream without Eof: end it here, so that the parser stops.
    // (Every chunk before is whole: a lexer hands a part-filled chunk only at the end.)
    if (closed_ && incoming_.empty() && (available_ == 0 || chunks_.back().back().type != TokenType::Eof)) {
        chunks_.push_back({Token{}});
        ++available_;
    }
}

}  // namespace warrant::syntax
