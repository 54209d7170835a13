#!/usr/bin/env bash
# The browser tests of parley serve (web/e2e/), run by ctest. Skips (exit 77) only when Debian's
# Chromium is absent; a missing npm install is a failure that says how to fix it.
set -euo pipefail
web="$1"
cli="$2"
if [ ! -x /usr/bin/chromium ]; then
  echo "skipping the browser tests: /usr/bin/chromium is absent (scripts/install-deps.sh installs it)"
  exit 77
fi
if [ ! -d "$web/node_modules/playwright-core" ]; then
  echo "error: playwright-core is not installed; run 'npm ci' in $web (scripts/install-deps.sh does)" >&2
  exit 1
fi
cd "$web"
PARLEY_CLI="$cli" PARLEY_SOURCE_DIR="$(cd .. && pwd)" node --test e2e/
