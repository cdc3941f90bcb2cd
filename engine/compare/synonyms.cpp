// WordNet synonyms for compare's words (engine/compare/synonyms.hpp).
#include "compare/synonyms.hpp"

#include <absl/container/flat_hash_set.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
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

// WordNet's own search seeks through its index files for every form of a word it tries: a
// class's thousand words cost a million system calls. Every lemma of the four indexes and
// every irregular form of the exception lists, read once, tell which words are worth a search.
absl::flat_hash_set<std::string> read_known_words() {
    absl::flat_hash_set<std::string> known;
    const char* configured = std::getenv("WNSEARCHDIR");
    const std::string directory = configured ? configured : "/usr/share/wordnet";
    for (const char* name : {"index.noun", "index.verb", "index.adj", "index.adv", "noun.exc", "verb.exc", "adj.exc", "adv.exc"}) {
        std::ifstream in(directory + "/" + name, std::ios::binary);
        const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        for (std::size_t at = 0; at < text.size();) {
            std::size_t end = text.find('\n', at);
            if (end == std::string::npos) end = text.size();
            // Index lines start with the lemma; the license header lines start with spaces.
            const std::size_t space = text.find(' ', at);
            if (text[at] != ' ' && space != std::string::npos && space < end) known.emplace(text.substr(at, space - at));
            at = end + 1;
        }
    }
    return known;
}

// The word, or a base form WordNet's detachment rules would try ("crashes" -> "crash",
// "studies" -> "study", "driving" -> "drive"), is one WordNet knows.
bool worth_a_search(const std::string& word) {
    static const absl::flat_hash_set<std::string> known = read_known_words();
    if (known.empty() || known.contains(word)) return true;  // without the lists, search everything
    static const std::pair<const char*, const char*> rules[] = {
        {"s", ""},    {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
        {"ies", "y"}, {"es", "e"},  {"es", ""},   {"ed", "e"},  {"ed", ""},     {"ing", "e"},   {"ing", ""},
        {"er", ""},   {"est", ""},  {"er", "e"},  {"est", "e"}};
    for (auto [suffix, replacement] : rules) {
        const std::string_view end(suffix);
        if (word.size() > end.size() && word.compare(word.size() - end.size(), end.size(), end) == 0 &&
            known.contains(word.substr(0, word.size() - end.size()) + replacement))
            return true;
    }
    return false;
}

std::vector<std::string> look_up(const std::string& word) {
    std::vector<std::string> out;
    if (word.size() > longest_word || !worth_a_search(word)) return out;
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
