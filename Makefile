# Thin wrapper over CMake: the two commands of the README quick start, plus helpers.
BUILD       ?= build
BUILD_TYPE  ?= Release
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
NEWSCLEAN    = $(BUILD)/newsclean

CORPUS      ?= ../shared/corpus
SCORE       ?= $(dir $(CORPUS))bench/score.py
EVAL_PRED   ?= $(BUILD)/eval-pred

.PHONY: all deps build pgo-profile demo test golden bench asan bench-stages clean eval

all: build

deps:
	@scripts/install-deps

# The shipped build is profile-guided (GCC): an instrumented newsclean and stage
# benchmark in $(PGO_BUILD) run over the repo's own pages (scripts/pgo-train),
# then $(BUILD) is compiled with that profile. PGO=0 builds without it (a
# quicker edit loop: no second build, no full rebuild after each retraining).
PGO         ?= 1
PGO_BUILD   ?= build-pgo
PGO_PROFILE  = $(abspath $(PGO_BUILD))/profile
ifeq ($(PGO),1)
PGO_FLAGS    = -DNEWSCLEAN_PGO=USE -DNEWSCLEAN_PGO_DIR=$(PGO_PROFILE)
else
PGO_FLAGS    = -DNEWSCLEAN_PGO=OFF
endif

# Re-run on every build: a cache from an earlier PGO= setting is brought in line
# (a no-op when nothing changed).
build: deps $(if $(filter 1,$(PGO)),pgo-profile)
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(PGO_FLAGS) > /dev/null
	cmake --build $(BUILD) -j $(JOBS)

# The instrumented tool and its training run; retrained only when it changed.
pgo-profile: deps
	cmake -S . -B $(PGO_BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DNEWSCLEAN_TESTS=OFF \
	  -DNEWSCLEAN_PGO=GENERATE -DNEWSCLEAN_PGO_DIR=$(PGO_PROFILE) > /dev/null
	cmake --build $(PGO_BUILD) -j $(JOBS) --target newsclean newsclean_bench
	scripts/pgo-train $(PGO_BUILD) $(PGO_PROFILE)

# Clean every page in samples/ and print the results.
demo: build
	@for page in samples/*.html samples/*.txt; do \
	  echo "== $$page" >&2; \
	  $(NEWSCLEAN) "$$page" || exit 1; \
	done

test: build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Corpus gate: run newsclean over $(CORPUS), score it with $(SCORE) and fail
# when a per-set figure drops below its floor in tests/eval-thresholds.json.
# Skipped (success) when there is no corpus, as on a user's clone.
eval: build
	@if [ ! -d "$(CORPUS)" ]; then echo "eval: no corpus at $(CORPUS), skipped" >&2; exit 0; fi; \
	scripts/eval-corpus $(NEWSCLEAN) $(EVAL_PRED) $(CORPUS) && \
	python3 $(SCORE) --truth $(CORPUS) --pred $(EVAL_PRED) --json > $(BUILD)/eval-scores.json && \
	scripts/check-eval tests/eval-thresholds.json $(BUILD)/eval-scores.json

# Regenerate samples/expected/* from the current build (review the diff!).
golden: build
	scripts/golden update $(NEWSCLEAN)

# Batch throughput over ../shared/corpus: -j1 vs -j2 pages/s, MB/s, peak RSS,
# and peak RSS of a 20,000-file run against a 500-file one (not a test).
bench: build
	scripts/bench $(NEWSCLEAN)

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer.
asan: deps
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNEWSCLEAN_SANITIZE=ON
	cmake --build build-asan -j $(JOBS)
	cd build-asan && ctest --output-on-failure -j $(JOBS)

# Stage timings (reader, metadata, content, whole extractor) against gumbo's own
# parse, per corpus directory, over ../shared/corpus (issue #3: metadata < 15%).
CORPUS ?= ../shared/corpus
bench-stages: build
	cmake --build $(BUILD) -j $(JOBS) --target newsclean_bench
	$(BUILD)/newsclean_bench --repeat 9 --worst 12 $(CORPUS)

clean:
	rm -rf $(BUILD) $(PGO_BUILD) build-asan
