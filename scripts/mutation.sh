#!/usr/bin/env bash
# Mutation testing of the core logic (simtool/at/, diagnosis/, actions/, report/redact.py)
# with mutmut 3. The configuration is [tool.mutmut] in pyproject.toml: which files are
# mutated and which unit tests are selected (no GUI, no CLI subprocesses); each mutant runs
# only the tests that reached its function in mutmut's first run. Prints the score per
# module at the end (scripts/mutation_score.py); docs/mutation.md lists the survivors judged
# equivalent.
#
#   bash scripts/mutation.sh             # a fresh run (18-20 minutes on 2 cores at stop 28)
#   bash scripts/mutation.sh --resume    # keep mutants/ : only changed code is run again
#   bash scripts/mutation.sh --survivors # run the survivors again (after adding tests)
#   bash scripts/mutation.sh 'simtool.report.redact.*' 'simtool.at.parsers.*'
#                                        # a fresh run of these modules' mutants only
#   MUTATION_JOBS=4 bash scripts/mutation.sh   # parallel test runs (default: 5 per CPU:
#                                        # the tests mostly wait on the simulated modem)
#
# Then: .venv/bin/mutmut show <name> (the diff of a mutant), .venv/bin/mutmut browse.
# Uses (and, when missing, makes) the virtual environment .venv, or $SIMTOOL_VENV.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV="${SIMTOOL_VENV:-.venv}"
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
if ! "$VENV/bin/python" -c 'import hypothesis, pytest, simtool' 2>/dev/null; then
    "$VENV/bin/pip" install -q -e '.[test]'
fi
if ! "$VENV/bin/python" -c 'import mutmut' 2>/dev/null; then
    "$VENV/bin/pip" install -q 'mutmut>=3.3'
fi
# mypy sorts out the mutants that would fail the type check ([tool.mutmut] type_check_command).
if ! "$VENV/bin/python" -m mypy --output json --version >/dev/null 2>&1; then
    "$VENV/bin/pip" install -q 'mypy>=1.11'
fi

names=()
case "${1:-}" in
    --resume) ;;
    --survivors) mapfile -t names < <("$VENV/bin/python" scripts/mutation_score.py --names) ;;
    *) rm -rf mutants; names=("$@") ;;
esac
# Qt stays out (no GUI test is selected); the usual test environment otherwise.
export QT_QPA_PLATFORM=offscreen
# Property tests: the ci budget, no shrinking of a failure, a fixed seed (tests/conftest.py).
export HYPOTHESIS_PROFILE=mutation
# A session test that hangs fails after 10 s instead of 60 (tests/unit/test_session.py),
# and any test still running after 20 s fails (tests/conftest.py; the slowest takes ~4 s):
# a mutant that makes tests wait out long timeouts costs seconds, not mutmut's minutes.
export SIMTOOL_HANG_GUARD=10
export SIMTOOL_TEST_TIME_LIMIT=20
start=$(date +%s)
status=0
nice -n 10 "$VENV/bin/python" scripts/mutmut_run.py run --max-children "${MUTATION_JOBS:-$(( 5 * $(nproc) ))}" \
    "${names[@]}" || status=$?
end=$(date +%s)
echo
"$VENV/bin/python" scripts/mutation_score.py
echo "mutation: wall time $(( (end - start) / 60 )) min $(( (end - start) % 60 )) s"
exit "$status"
