#!/usr/bin/env bash
# ctest python_notebook: executes a notebook with Debian's jupyter-nbconvert (kernel: Debian's
# /usr/bin/python3) so it cannot rot; the executed copy goes to OUT_DIR. Exit 77 (a ctest skip)
# only when nbconvert or ipykernel is not installed.
# usage: run_notebook.sh NOTEBOOK OUT_DIR
set -euo pipefail
notebook=$1 out=$2
if ! command -v jupyter-nbconvert > /dev/null || ! /usr/bin/python3 -c "import ipykernel" 2> /dev/null; then
  echo "skipped: jupyter-nbconvert or python3-ipykernel is not installed"
  exit 77
fi
mkdir -p "$out"
jupyter-nbconvert --to notebook --execute --ExecutePreprocessor.timeout=300 --output-dir "$out" "$notebook"
