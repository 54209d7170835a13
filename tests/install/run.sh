#!/usr/bin/env bash
# ctest install_find_package: installs the build tree into a fresh prefix, builds the external
# project of this folder against it with find_package(parley), runs it, and checks the
# pkg-config file and the installed Python package the same way.
# usage: run.sh BUILD_DIR SOURCE_DIR SCRATCH_DIR
set -euo pipefail
build=$1 source=$2 scratch=$3
rm -rf "$scratch" && mkdir -p "$scratch"
prefix=$scratch/prefix
cmake --install "$build" --prefix "$prefix" > "$scratch/install.log"
test -f "$prefix/include/parley/model/scenario.hpp"
test -x "$prefix/bin/parley"

cmake -S "$source/tests/install" -B "$scratch/consumer" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  > "$scratch/configure.log"
cmake --build "$scratch/consumer" -j2 > "$scratch/build.log"
out=$("$scratch/consumer/parley_consumer" "$source/scenarios/examples/laptop.yaml")
echo "find_package consumer: $out"
[[ $out == "outcomes=27 frontier="*" learned_violations=0" ]] || { echo "unexpected output: $out"; exit 1; }

# pkg-config: relocatable (the prefix comes from where parley.pc lies).
pc_dir=$(dirname "$(find "$prefix" -name parley.pc | head -1)")
flags=$(PKG_CONFIG_PATH=$pc_dir pkg-config --cflags --libs parley)
include_dir=$(PKG_CONFIG_PATH=$pc_dir pkg-config --variable=includedir parley)
[[ $(realpath "$include_dir") == $(realpath "$prefix/include") && $flags == *"-lparley_model"* && $flags == *"-lparley_elicitation"* ]] ||
  { echo "pkg-config: $flags"; exit 1; }
c++ -std=c++20 -O0 "$source/tests/install/consumer.cpp" -o "$scratch/pc_consumer" $flags
out=$("$scratch/pc_consumer" "$source/scenarios/examples/laptop.yaml")
echo "pkg-config consumer: $out"
[[ $out == "outcomes=27 frontier="*" learned_violations=0" ]] || { echo "unexpected output: $out"; exit 1; }

# The Python package, when it was built: importable from the prefix alone.
package=$(find "$prefix" -path '*/dist-packages/parley/__init__.py' | head -1)
if [[ -n $package ]]; then
  site=$(dirname "$(dirname "$package")")
  (cd "$scratch" && PYTHONPATH=$site /usr/bin/python3 -c \
    "import parley, sys; s = parley.load(sys.argv[1]); assert s.outcome_count == 27; print('python package:', parley.__file__)" \
    "$source/scenarios/examples/laptop.yaml")
fi
