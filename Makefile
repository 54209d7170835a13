# Thin wrapper around CMake so that the README's two commands stay short.
BUILD ?= build
JOBS ?= $(shell nproc)
DEMO_SCENARIO ?= scenarios/examples/laptop.yaml

.PHONY: all deps build demo test bench clean

all: build

deps:
	./scripts/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/parley analyze $(DEMO_SCENARIO)

test: build
	cd $(BUILD) && ctest -j $(JOBS) --output-on-failure

bench: build
	./bench/run_all.sh $(BUILD)

clean:
	rm -rf $(BUILD)
