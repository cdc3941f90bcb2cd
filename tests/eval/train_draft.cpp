// make train-draft: trains the draft model on AAE2's train split and four fifths of the
// microtexts of part 1, choosing each classifier's cost on AAE2's dev split and the fifth held
// out, and writes engine/data/draft/model.txt (deterministic: same corpora, same bytes).
//   train_draft TRAIN_DIR DEV_DIR OUT_FILE [MICROTEXTS_DIR [HELD_OUT_FIFTH]]
// (HELD_OUT_FIFTH 0-4: the fifth of the microtexts held out; 4 unless given, as the built-in
// model is trained; the others are the folds of tests/eval/cross_validate_microtexts.sh.)
#include "warrant/draft.hpp"
#include "warrant/formats.hpp"

#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc < 4 || argc > 6 || (argc == 6 && (std::string(argv[5]).size() != 1 || argv[5][0] < '0' || argv[5][0] > '4'))) {
        std::cerr << "usage: train_draft TRAIN_DIR DEV_DIR OUT_FILE [MICROTEXTS_DIR [HELD_OUT_FIFTH (0-4)]]\n";
        return 2;
    }
    try {
        std::vector<std::string> log;
        const std::string model = warrant::train_draft_model(warrant::DraftTrainingData{argv[1], argv[2], argc >= 5 ? argv[4] : "", argc == 6 ? argv[5][0] - '0' : 4}, log);
        for (const std::string& line : log) std::cerr << line << "\n";
        warrant::write_file_atomically(argv[3], model);
        std::cerr << "wrote " << argv[3] << " (" << model.size() << " bytes)\n";
    } catch (const std::exception& error) {
        std::cerr << "train_draft: " << error.what() << "\n";
        return 2;
    }
    return 0;
}
