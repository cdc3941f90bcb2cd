# Thin wrapper over CMake. `make demo` and `make test` are all a fresh Debian machine needs.
BUILD   ?= build
JOBS    ?= $(shell nproc)
WARRANT := $(BUILD)/warrant
ESSAY   := graphs/ustopia.argdown
# Release at -O2 (the optimisation the tests were written against), without the debug
# information that is a good part of the compile time. For a debugger:
# make BUILD_TYPE=RelWithDebInfo (in a fresh BUILD folder).
BUILD_TYPE ?= Release

# Debian packages warrant builds against (see README, "Dependencies"): all `make demo` installs.
PACKAGES := g++ cmake make pkg-config libboost-graph-dev libgraphviz-dev graphviz libabsl-dev libmimalloc-dev \
            libcxxopts-dev doctest-dev nlohmann-json3-dev libyaml-cpp-dev libcadical-dev libpugixml-dev libstemmer-dev liblinear-dev \
            libcpp-httplib-dev wordnet wordnet-dev
# What only the tests, the benchmarks and packaging use: a browser and node for the report's
# tests, Neovim for the editor tests (curl for the served preview's), dpkg-dev for the package's dependencies.
TEST_PACKAGES := chromium nodejs neovim curl dpkg-dev

.PHONY: deps test-deps build build-tool demo test bench sanitize tsan fuzz clean train-draft eval-draft eval-draft-dev eval-paraphrase eval-paraphrase-dev aae2-corpus install deb

# Installs only what is missing, as root or through sudo: deps for the tool, test-deps for the rest.
install_missing = @missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing:" $$missing; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

deps:
	$(call install_missing,$(PACKAGES))

test-deps: deps
	$(call install_missing,$(TEST_PACKAGES))

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(if $(filter Release,$(BUILD_TYPE)),-DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG")

# The tool alone: what the demo, `make install` and the package need.
build-tool: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target warrant warrant_man_page

# Everything: the tool, the test binary, benchmarks, the trainer and the API example.
build: test-deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The main job on the essay: check it (findings exit 1, which is the point here), then export,
# evaluate, draw and report it into $(BUILD)/demo/.
DEMO := $(BUILD)/demo
demo: build-tool
	@mkdir -p $(DEMO)
	$(WARRANT) check $(ESSAY)
	$(WARRANT) export $(ESSAY) --format json -o $(DEMO)/ustopia.json
	$(WARRANT) eval $(ESSAY) --semantics grounded > $(DEMO)/ustopia.grounded.txt
	$(WARRANT) render $(ESSAY) --view map -o $(DEMO)/ustopia.svg
	$(WARRANT) render $(ESSAY) --view dialectic -o $(DEMO)/ustopia-dialectic.png
	$(WARRANT) render $(ESSAY) --view dialectic -o $(DEMO)/ustopia-dialectic.pdf
	$(WARRANT) render $(ESSAY) --view status -o $(DEMO)/ustopia-status.svg
	$(WARRANT) render $(ESSAY) --view dialectic --fit slide -o $(DEMO)/ustopia-dialectic-slide.png
	$(WARRANT) render $(ESSAY) --view dialectic --fit slide -o $(DEMO)/ustopia-dialectic-slide.svg
	$(WARRANT) render $(ESSAY) --view chain --focus Thesis --fit slide -o $(DEMO)/ustopia-thesis-chain-slide.png
	$(WARRANT) report $(ESSAY) -o $(DEMO)/ustopia.html
	@echo "demo output in $(DEMO)/"

test: build
	cd $(BUILD) && ctest --output-on-failure

bench: build
	tests/bench/run.sh $(BUILD)

# The tool and its man page under PREFIX (default /usr/local); DESTDIR works as usual.
PREFIX ?= /usr/local
install: build-tool
	cmake --install $(BUILD) --prefix $(PREFIX) --component runtime

# A Debian package of the tool (build/warrant_VERSION_ARCH.deb): `apt install ./warrant_*.deb`
# installs warrant and the shared libraries it runs on, no compiler.
deb: build-tool
	$(call install_missing,dpkg-dev)
	cd $(BUILD) && cpack -G DEB

sanitize: test-deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DWARRANT_SANITIZE=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure

# The unit tests under ThreadSanitizer: the engine's threads must not race.
tsan: test-deps
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARRANT_TSAN=ON
	cmake --build build-tsan -j $(JOBS) --target warrant_tests
	cd build-tsan && TSAN_OPTIONS="halt_on_error=1 suppressions=$(CURDIR)/tests/tsan.supp" ctest --output-on-failure -R '^unit$$'

# Each fuzz target for FUZZ_SECONDS, seeded from the Argdown corpus; findings land in build-fuzz/.
FUZZ_SECONDS ?= 60
fuzz: deps
	CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARRANT_FUZZ=ON
	cmake --build build-fuzz -j $(JOBS) --target fuzz_targets
	tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

# The draft model (docs/drafting.md): trained on AAE2's train split and four fifths of the
# microtexts of part 1, costs chosen on AAE2's dev split and the fifth held out; the same
# corpora give the same bytes. eval-draft-dev prints the figures settings are chosen on (AAE2
# dev, the held-out fifth); eval-draft the test figures (AAE2 test, the held-out fifth,
# microtexts part 2, never trained on). From a checkout elsewhere (a clean clone in /tmp),
# give the corpora: make train-draft AAE2=... MICROTEXTS=...
AAE2 ?= ../shared/corpora/aae2-essays
MICROTEXTS ?= ../shared/corpora/microtexts/en
MICROTEXTS2 ?= ../shared/corpora/microtexts-part2/corpus
aae2-corpus:
	@test -d "$(AAE2)/train" -a -d "$(AAE2)/dev" -a -d "$(AAE2)/test" -a -d "$(MICROTEXTS)" || \
	  { echo "the AAE2 corpus or the microtexts are not at $(AAE2), $(MICROTEXTS): run make $(MAKECMDGOALS) AAE2=/path/to/aae2-essays MICROTEXTS=/path/to/microtexts/en" >&2; exit 2; }

train-draft: deps aae2-corpus $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target train_draft
	$(BUILD)/train_draft $(AAE2)/train $(AAE2)/dev engine/data/draft/model.txt $(MICROTEXTS)

eval-draft-dev: deps aae2-corpus $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target warrant eval_draft eval_microtexts
	tests/eval/run_eval_draft.sh $(BUILD) $(AAE2)/dev "AAE2 dev"
	$(BUILD)/eval_microtexts "microtexts part 1, held-out fifth" $(MICROTEXTS) dev
	cmake --build $(BUILD) -j $(JOBS) --target train_draft
	tests/eval/cross_validate_microtexts.sh $(BUILD) $(AAE2) $(MICROTEXTS)
	tests/eval/cross_validate_microtexts_transfer.sh $(BUILD) $(AAE2) $(MICROTEXTS)
	tests/eval/cross_validate_aae2.sh $(BUILD) $(AAE2) $(MICROTEXTS)

eval-draft: deps aae2-corpus $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target warrant eval_draft eval_microtexts
	tests/eval/run_eval_draft.sh $(BUILD) $(AAE2)/test "AAE2 test"
	$(BUILD)/eval_microtexts "microtexts part 1, held-out fifth" $(MICROTEXTS) dev
	$(BUILD)/eval_microtexts "microtexts part 2" $(MICROTEXTS2) all

# Grading's text similarity on real restatements (docs/teaching.md, "Words"): the major claims of
# AAE2's introductions and conclusions, and the propositions QT30 and DialAM-2024 mark as
# rephrased. eval-paraphrase-dev prints what compare's thresholds were chosen on (AAE2 train and
# dev, QT30's dev part); eval-paraphrase the test figures (AAE2 test, QT30's test part, DialAM).
QT30 ?= ../shared/corpora/qt30
DIALAM ?= ../shared/corpora/dialam2024-test-aif
eval-paraphrase-dev: deps aae2-corpus $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target eval_paraphrase
	$(BUILD)/eval_paraphrase $(AAE2)/train "AAE2 train"
	$(BUILD)/eval_paraphrase $(AAE2)/dev "AAE2 dev"
	$(BUILD)/eval_paraphrase $(QT30) "QT30 dev part" --part dev

eval-paraphrase: deps aae2-corpus $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target eval_paraphrase
	$(BUILD)/eval_paraphrase $(AAE2)/test "AAE2 test"
	$(BUILD)/eval_paraphrase $(QT30) "QT30 test part" --part test
	$(BUILD)/eval_paraphrase $(DIALAM) "DialAM-2024 test"

clean:
	rm -rf $(BUILD) build-asan build-tsan build-fuzz
