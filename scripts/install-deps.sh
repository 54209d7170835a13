#!/usr/bin/env bash
# Installs the Debian 12 packages parley needs to build and test, if any is missing.
# Runs apt-get only when something is absent, so it is quick on a machine that has them.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libyaml-cpp-dev nlohmann-json3-dev libpugixml-dev libcli11-dev libfmt-dev
  libtbb-dev libboost-dev libicu-dev libre2-dev
  libopenmpi-dev openmpi-bin
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  librsvg2-bin  # rsvg-convert: renders the SVG plots to PNG for checking them by eye
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing missing packages: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
