#!/usr/bin/env bash
# Coverage of the whole test suite, line and branch, including what the plain run misses:
# the CLI the tests start as `python -m simtool` subprocesses (coverage's `patch =
# ["subprocess"]`) and the app's modem worker on its QThread (scripts/coverage_qthreads.py).
# Prints line and branch figures per package of simtool/ and the total; coverage.json and
# htmlcov/ hold the detail. The configuration is in pyproject.toml ([tool.coverage.*]).
#
#   bash scripts/coverage.sh                 # the whole suite (slow: run it under nice)
#   bash scripts/coverage.sh tests/unit      # any pytest arguments narrow the run
#
# Uses (and, when missing, makes) the virtual environment .venv, or $SIMTOOL_VENV.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${SIMTOOL_VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
if ! "$VENV/bin/python" - 2>/dev/null <<'PY'
import coverage, hypothesis, pytest, pytestqt, PySide6, simtool  # noqa: F401
assert coverage.version_info >= (7, 10)   # patch = ["subprocess"]
PY
then
    "$VENV/bin/pip" install -q -e '.[gui,test,dev,modemmanager]'
fi

# Every Python process of this venv runs the QThread hook when SIMTOOL_COVERAGE_HOOK names it
# (the .pth file does nothing otherwise). coverage's own .pth starts coverage in subprocesses.
SITE=$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
cat > "$SITE/simtool_coverage_qthreads.pth" <<'PTH'
import os; exec('if os.getenv("SIMTOOL_COVERAGE_HOOK"):\n import runpy\n runpy.run_path(os.environ["SIMTOOL_COVERAGE_HOOK"])')
PTH
export SIMTOOL_COVERAGE_HOOK="$PWD/scripts/coverage_qthreads.py"
# Subprocesses that run in another directory write their data here too.
export COVERAGE_FILE="$PWD/.coverage"

rm -rf .coverage .coverage.* coverage.json htmlcov
status=0
"$VENV/bin/python" -m coverage run -m pytest -q -p no:cacheprovider "$@" || status=$?
"$VENV/bin/python" -m coverage combine -q
"$VENV/bin/python" -m coverage json -q
"$VENV/bin/python" -m coverage html -q
"$VENV/bin/python" scripts/coverage_by_package.py coverage.json
if [ "$status" != 0 ]; then
    echo "coverage: the test run failed (pytest exit $status); the figures cover what ran" >&2
fi
exit "$status"
