// make train-draft: trains the draft model on AAE2's train split and four fifths of the
// microtexts of part 1, choosing each classifier's cost on AAE2's dev split and the fifth held
// out, and writes engine/data/draft/model.txt (deterministic: same corpora, same bytes).
//   train_draft TRAIN_DIR DEV_DIR OUT_FILE [MICROTEXTS_DIR]
#include "warrant/draft.hpp"
#include "warrant/formats.hpp"

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 4 && argc != 5) {
        std::cerr << "usage: train_draft TRAIN_DIR DEV_DIR OUT_FILE [MICROTEXTS_DIR]\n";
        return 2;
    }
    try {
        std::vector<std::string> log;
        const std::string model = warrant::train_draft_model(warrant::DraftTrainingData{argv[1], argv[2], argc == 5 ? argv[4] : ""}, log);
        for (const std::string& line : log) std::cerr << line << "\n";
        warrant::write_file_atomically(argv[3], model);
        std::cerr << "wrote " << argv[3] << " (" << model.size() << " bytes)\n";
    } catch (const std::exception& error) {
        std::cerr << "train_draft: " << error.what() << "\n";
        return 2;
    }
    return 0;
}
