#!/usr/bin/env bash
# ctest python_pip_install: the documented offline install, `pip install --no-build-isolation
# ./python`, into a scratch folder (--target, so the system Python is untouched), reusing the
# build folder (PARLEY_BUILD_DIR) so nothing is compiled twice; then imports the installed copy.
# usage: run_pip_install.sh SOURCE_DIR BUILD_DIR SCRATCH_DIR
set -euo pipefail
source=$1 build=$2 scratch=$3
if ! /usr/bin/python3 -m pip --version > /dev/null 2>&1; then
  echo "skipped: python3-pip is not installed"
  exit 77
fi
rm -rf "$scratch" && mkdir -p "$scratch"
PARLEY_BUILD_DIR=$build PARLEY_BUILD_JOBS=2 /usr/bin/python3 -m pip install --no-build-isolation --no-deps --no-index \
  --target "$scratch/site" "$source/python" > "$scratch/pip.log" 2>&1 || { cat "$scratch/pip.log"; exit 1; }
cd "$scratch"
PYTHONPATH=$scratch/site /usr/bin/python3 -c "
import sys, parley
assert parley.__file__.startswith(sys.argv[1]), parley.__file__
scenario = parley.load(sys.argv[2])
session = parley.negotiate(scenario, ['boulware', 'conceder'], rounds=50)
print('installed', parley.__file__, scenario.outcome_count, session.reason)
" "$scratch/site" "$source/scenarios/examples/laptop.yaml"
