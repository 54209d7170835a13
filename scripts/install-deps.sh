#!/usr/bin/env bash
# Installs the Debian 12 packages parley needs to build and test, if any is missing.
# Runs apt-get only when something is absent, so it is quick on a machine that has them.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libyaml-cpp-dev nlohmann-json3-dev libpugixml-dev libcli11-dev libfmt-dev
  libtbb-dev libboost-dev libicu-dev libre2-dev
  libglpk-dev   # GLPK: the linear programs that learn utilities from comparisons (elicitation)
  libcsv-dev    # libcsv: RFC 4180 reading of the forecast CSV/TSV inputs
  libssl-dev    # OpenSSL libcrypto: SHA-256 content keys of the scenario statistics cache
  libopenmpi-dev openmpi-bin
  iproute2      # ip netns: the MPI test across network-namespace hosts (tests/mpi)
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  librsvg2-bin  # rsvg-convert: renders the SVG plots to PNG for checking them by eye
  libcpp-httplib-dev  # parley serve's HTTP server
  chromium nodejs npm  # parley serve's browser tests (headless Chromium driven by playwright-core)
  # the Python package (python/, docs/python.md): Debian's /usr/bin/python3 and its packages
  python3-dev pybind11-dev python3-pybind11 python3-numpy python3-pandas python3-pytest python3-yaml
  python3-pip python3-setuptools python3-wheel
  jupyter-nbconvert python3-ipykernel  # executes docs/notebooks/*.ipynb in the tests
  clang-14 libclang-rt-14-dev  # make fuzz: libFuzzer and the sanitizer runtimes for clang
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# A machine whose Node.js comes from elsewhere (nodesource's nodejs bundles npm) has node and
# npm without Debian's packages: do not ask apt for them there.
if command -v node >/dev/null && command -v npm >/dev/null; then
  kept=()
  for package in "${missing[@]}"; do [[ "$package" == nodejs || "$package" == npm ]] || kept+=("$package"); done
  missing=("${kept[@]}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing missing packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The browser tests' npm packages, exactly as web/package-lock.json pins them.
web="$(dirname "$0")/../web"
if [ ! -d "$web/node_modules/playwright-core" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi
