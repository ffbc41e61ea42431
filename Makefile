# Thin wrapper over CMake: the two commands of the README quick start, plus helpers.
BUILD       ?= build
BUILD_TYPE  ?= Release
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)
NEWSCLEAN    = $(BUILD)/newsclean

CORPUS      ?= ../shared/corpus
SCORE       ?= $(dir $(CORPUS))bench/score.py
EVAL_PRED   ?= $(BUILD)/eval-pred

.PHONY: all deps build demo test golden bench asan bench-stages clean eval

all: build

deps:
	@scripts/install-deps

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

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
	rm -rf $(BUILD) build-asan
