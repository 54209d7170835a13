# Thin wrapper around CMake so that the README's two commands stay short.
BUILD ?= build
JOBS ?= $(shell nproc)
DEMO_SCENARIO ?= scenarios/russia-ukraine
DEMO_REPORT ?= $(BUILD)/report

.PHONY: all deps build demo test bench clean

all: build

deps:
	./scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# The flagship: the terminal summary of the Russia-Ukraine talks, and the HTML report
# (rewritten on every run; it lives in the build folder).
demo: build
	$(BUILD)/parley report $(DEMO_SCENARIO) --out $(DEMO_REPORT) --force

test: build
	cd $(BUILD) && ctest -j $(JOBS) --output-on-failure

bench: build
	./bench/run_all.sh $(BUILD)

clean:
	rm -rf $(BUILD)
