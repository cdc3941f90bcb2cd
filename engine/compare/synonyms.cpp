// WordNet synonyms for compare's words (engine/compare/synonyms.hpp).
#include "compare/synonyms.hpp"

#include <memory>

#include <algorithm>
#include <mutex>
#include <unordered_map>

// wn.h defines many short macros (NOUN, bit, ...): it comes last and only here.
#include <wn.h>

namespace warrant::grading {
namespace {

// The first senses of a word are its usual ones (WordNet orders senses by tagged frequency);
// rarer senses ("crash" as a clang) would make unrelated words look alike.
constexpr int senses_per_part_of_speech = 2;
// Longer strings are not words; WordNet's own search refuses them.
constexpr std::size_t longest_word = 40;

struct SynsetsDeleter {
    void operator()(Synset* synsets) const { free_syns(synsets); }
};

void add_lemmas(std::string base, int part_of_speech, const std::string& word, std::vector<std::string>& out) {
    std::unique_ptr<Synset, SynsetsDeleter> synsets(findtheinfo_ds(base.data(), part_of_speech, SYNS, ALLSENSES));
    int sense = 0;
    for (Synset* s = synsets.get(); s && sense < senses_per_part_of_speech; s = s->nextss, ++sense)
        for (int i = 0; i < s->wcount; ++i) {
            std::string lemma = s->words[i];
            std::transform(lemma.begin(), lemma.end(), lemma.begin(), [](unsigned char c) { return std::tolower(c); });
            // Multi-word lemmas ("break_up") cannot match one word of a text.
            if (lemma.find_first_of("_-") != std::string::npos || lemma == word || lemma == base) continue;
            if (std::find(out.begin(), out.end(), lemma) == out.end()) out.push_back(std::move(lemma));
        }
}

std::vector<std::string> look_up(const std::string& word) {
    std::vector<std::string> out;
    if (word.size() > longest_word) return out;
    for (int part_of_speech : {NOUN, VERB, ADJ, ADV}) {
        std::string buffer = word;
        // morphstr gives the base form ("children" -> "child"), or null when the word is one.
        const char* base = morphstr(buffer.data(), part_of_speech);
        add_lemmas(base ? std::string(base) : word, part_of_speech, word, out);
    }
    return out;
}

}  // namespace

const std::vector<std::string>& synonyms_of(const std::string& word) {
    // The WordNet library keeps open files and static buffers: one caller at a time.
    static std::mutex mutex;
    // unordered_map: the references handed out stay valid as it grows.
    static std::unordered_map<std::string, std::vector<std::string>> cache;
    static const bool ready = wninit() == 0;
    static const std::vector<std::string> none;
    std::lock_guard lock(mutex);
    if (!ready) return none;
    auto it = cache.find(word);
    if (it == cache.end()) it = cache.emplace(word, look_up(word)).first;
    return it->second;
}

}  // namespace warrant::grading
