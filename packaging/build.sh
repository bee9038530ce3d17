#!/usr/bin/env bash
# Build the one-folder app into dist/simtool/ with PyInstaller, then smoke-test it.
#
#   bash packaging/build.sh            # uses .venv (override: SIMTOOL_VENV=/path/to/venv)
#
# Installs PyInstaller into the venv when it is missing. Prints the build time and size.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${SIMTOOL_VENV:-.venv}"
PY="$VENV/bin/python"
if [ ! -x "$PY" ]; then
    echo "build: no virtualenv at $VENV (python3 -m venv $VENV && $VENV/bin/pip install -e .)" >&2
    exit 2
fi
if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
    "$PY" -m pip install -q "pyinstaller>=6"
fi

# The committed .ts/.qm are what ships: say so when the code has strings they lack.
"$PY" scripts/update_translations.py --no-lrelease --check >/dev/null 2>&1 \
    || echo "build: note: translations are stale or incomplete (scripts/update_translations.py)" >&2

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/simtool.spec
took=$(( $(date +%s) - start ))
# What a fleet and a distribution need besides the programs: the man page and shell
# completions (generated from the argument parser), the fleet kit and its guide.
"$PY" packaging/cli_docs.py --out dist/simtool/share >/dev/null
mkdir -p dist/simtool/share/simtool
rm -rf dist/simtool/share/simtool/fleet
cp -r packaging/fleet dist/simtool/share/simtool/fleet
cp docs/monitoring.md dist/simtool/share/simtool/monitoring.md
echo "build: dist/simtool built in ${took} s, $(du -sh dist/simtool | cut -f1)"

"$PY" packaging/smoke_test.py dist/simtool
