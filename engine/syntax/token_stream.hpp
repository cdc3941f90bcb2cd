// Tokens on their way from the lexer to the parser (private to engine/syntax).
//
// The lexer hands its tokens over in chunks of kChunk as it goes, so that on a large input the
// parser can work on one core while the lexer runs ahead on another. The parser reads tokens by
// index and waits only when it has caught up with the lexer. With both on one thread, the lexer
// simply finishes first.
#pragma once

#include "syntax/token.hpp"

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <vector>

namespace warrant::syntax {

class TokenStream {
public:
    static constexpr std::size_t kChunkBits = 13;
    static constexpr std::size_t kChunk = std::size_t{1} << kChunkBits;

    // The lexer's side. Every chunk but the last holds exactly kChunk tokens; the last one ends
    // with Eof. close() comes after it, or early if the lexer fails (the stream then ends in an
    // Eof of its own).
    void put(std::vector<Token> chunk);
    void close();

    // The parser's side: token i, waiting for the lexer if it is not there yet. Past the end,
    // the last token (Eof).
    const Token& operator[](std::size_t i) {
        if (i >= available_) receive(i);
        if (i >= available_) i = available_ - 1;
        return chunks_[i >> kChunkBits][i & (kChunk - 1)];
    }

private:
    void receive(std::size_t i);

    // Shared between the threads, under mutex_.
    std::mutex mutex_;
    std::condition_variable arrived_;
    std::vector<std::vector<Token>> incoming_;
    bool closed_ = false;

    // The parser's own.
    std::vector<std::vector<Token>> chunks_;
    std::size_t available_ = 0;
};

}  // namespace warrant::syntax
