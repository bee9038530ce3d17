"""Runs mutmut for scripts/mutation.sh, with two kinds of mutant left out (docs/mutation.md).

1. Text shown to users. A string inside tr(CONTEXT, "...") or QT_TRANSLATE_NOOP(...), or the
   modules' short forms of them (_t in the checklist, evidence and web actions, _m in the
   causes), is a sentence for the user and the key of its translation: mutmut would make
   three mutants of each, thousands in the remedies and the checklist, none about logic.
   Their calls join the ones mutmut never mutates (len, isinstance); the code around them,
   the .format() arguments and the conditions choosing a text, is mutated as usual.
2. The letter case of other string literals. mutmut makes three mutants of each literal:
   wrapped in "XX", lower case and upper case. The parsers match AT prefixes, result codes
   and quoted values in any case by design (common.after_prefix, re.IGNORECASE), so the case
   mutants of those are equivalent by construction; only the "XX" one is kept, which still
   tells whether a test depends on the literal at all.

3. Constant waits at call sites: a keyword argument `timeout=`, `command_timeout=` or
   `wait=` whose value is a number is neither changed, set to None nor dropped. Such a value
   only shows on a modem that answers late, and the project's tests never race the wall
   clock (docs/mutation.md): every one of those mutants survived every run, each after
   running all its tests. Expressions passed as waits are mutated as usual.

And two narrowings of which tests run for a mutant: mutmut runs every selected test that
reached the mutated function in its first run.
- The wide tests (a whole check replayed with URCs, the session's waits, the actions
  driving the simulated modem) reach most parsers and checks, and cost seconds for every
  mutant that survives; [tool.simtool.mutation-scope] in pyproject.toml names, for each of
  them, the modules whose mutants they are run for.
- The AT session and the line framing are reached by nearly every test; their mutants run
  only the test files named for them in [tool.simtool.mutation-tests] (their own tests),
  not the hundreds of parser, action and check tests that go through them. A mutant those
  do not catch is a hole in the session's own tests, and is counted as one.

And mypy before any test: [tool.mutmut] type_check_command type-checks the mutated tree
once; a mutant the project's mypy rejects would fail CI, and is counted as killed without a
test run. The command's `python` is this interpreter (its directory goes first on PATH).
Which mutant an error is in is found with the standard ast module: mutmut's libcst walk of
the mutated files (megabytes each) took minutes of the start.

And a wall-time limit that stops only its own child: mutmut keeps each forked child's
deadline by pid and never drops it, so once pids wrap a finished child's deadline can stop
a later child with the same pid (a surviving mutant reported as timed out).

And one run less at the start: mutmut runs the selected tests once to record which tests
reach which function (and stops if any fails), then once more "clean", without a mutant, to
see that they pass. After a full recording in the same process the second run proves
nothing new and costs a minute; it is kept when the recording was loaded from an earlier
run (--resume) or covered only new tests.
"""

from __future__ import annotations

import ast
import contextlib
import heapq
import itertools
import os
import signal
import sys
import threading
import time
import tomllib
from collections.abc import Iterable
from pathlib import Path

import libcst as cst
import mutmut.__main__ as mutmut_main
from _pytest.config import _prepareconfig
from _pytest.main import Session
from _pytest.nodes import Item
from mutmut.configuration import config
from mutmut.mutation import file_mutation, mutators
from mutmut.mutation.file_mutation import (
    FailedTypeCheckMutant,
    MutatedMethodLocation,
    group_by_path,
)
from mutmut.runners.harness import PytestRunner
from mutmut.state import state
from mutmut.type_checking import run_type_checker
from mutmut.utils.file_utils import change_cwd
from mutmut.utils.format_utils import get_mutant_name, is_mutated_method_name
from mutmut.workers import isolation
from mutmut.workers.isolation import ForkRunner, MutantResult, MutantRunner

file_mutation.NEVER_MUTATE_FUNCTION_CALLS.update({"tr", "QT_TRANSLATE_NOOP", "_t", "_m"})

_string_mutants = mutators.operator_string


def _wrapped_string_only(node: cst.BaseString) -> Iterable[cst.BaseString]:
    for mutant in _string_mutants(node):
        if isinstance(mutant, cst.SimpleString) and "XX" in mutant.value:
            yield mutant


_WAIT_KEYWORDS = {"timeout", "command_timeout", "wait"}


def _constant_wait(arg: cst.Arg) -> bool:
    return (arg.keyword is not None and arg.keyword.value in _WAIT_KEYWORDS
            and isinstance(arg.value, (cst.Integer, cst.Float)))


_arg_removal = mutators.operator_arg_removal


def _arg_removal_keeping_waits(node: cst.Call) -> Iterable[cst.Call]:
    waits = [arg for arg in node.args if _constant_wait(arg)]
    for mutant in _arg_removal(node):
        if all(any(kept.deep_equals(arg) for kept in mutant.args) for arg in waits):
            yield mutant


_REPLACED = {_string_mutants: _wrapped_string_only, _arg_removal: _arg_removal_keeping_waits}
mutators.mutation_operators[:] = [  # type: ignore[index]
    (kind, _REPLACED.get(operator, operator)) for kind, operator in mutators.mutation_operators
]

_skip_node = file_mutation.MutationVisitor._skip_node_and_children


def _skip_node_and_constant_waits(self: file_mutation.MutationVisitor,
                                  node: cst.CSTNode) -> bool:
    return (isinstance(node, cst.Arg) and _constant_wait(node)) or _skip_node(self, node)


file_mutation.MutationVisitor._skip_node_and_children = (  # type: ignore[method-assign]
    _skip_node_and_constant_waits)


def _table(name: str) -> dict[str, tuple[str, ...]]:
    """A [tool.simtool.<name>] table of pyproject.toml: name -> a tuple of strings."""
    with Path("pyproject.toml").open("rb") as file:
        table = tomllib.load(file).get("tool", {}).get("simtool", {}).get(name, {})
    return {key: tuple(values) for key, values in table.items()}


_collect_or_load_stats = mutmut_main.collect_or_load_stats


def _collect_and_narrow(*args: object, **kwargs: object) -> None:
    _collect_or_load_stats(*args, **kwargs)  # type: ignore[arg-type]
    scope = _table("mutation-scope")        # test file -> modules it runs for
    own = _table("mutation-tests")          # module -> the only test files run for it
    tests_by_function = state().tests_by_mangled_function_name
    for function, tests in tests_by_function.items():
        only = next((files for module, files in own.items() if function.startswith(module)),
                    None)
        tests_by_function[function] = {
            test for test in tests
            if function.startswith(scope.get(test.split("::", 1)[0], ("",)))
            and (only is None or test.split("::", 1)[0] in only)}


mutmut_main.collect_or_load_stats = _collect_and_narrow

_run_stats_collection = mutmut_main.run_stats_collection
_all_tests_just_passed = False


def _stats_of_all_tests_noted(runner: MutantRunner, tests: Iterable[str] | None = None) -> None:
    global _all_tests_just_passed
    _run_stats_collection(runner, tests)  # exits when a test fails
    _all_tests_just_passed = not tests


mutmut_main.run_stats_collection = _stats_of_all_tests_noted

_get_mutant_runner = mutmut_main.get_mutant_runner


def _runner_without_a_second_clean_run(max_workers: int = 1) -> MutantRunner:
    runner = _get_mutant_runner(max_workers)
    run_clean_tests = runner.run_clean_tests

    def clean_tests(tests: Iterable[str]) -> int:
        return 0 if _all_tests_just_passed else run_clean_tests(tests=tests)

    runner.run_clean_tests = clean_tests  # type: ignore[method-assign]
    return runner


mutmut_main.get_mutant_runner = _runner_without_a_second_clean_run

def _mutants_rejected_by_the_type_check() -> dict[str, FailedTypeCheckMutant]:
    """mutmut's filter_mutants_with_type_checker, with the mutant functions found by ast."""
    rejected: dict[str, FailedTypeCheckMutant] = {}
    with change_cwd(Path("mutants")):
        for path, errors in group_by_path(run_type_checker(config().type_check_command)).items():
            tree = ast.parse(path.read_text(encoding="utf-8"))
            mutants = [MutatedMethodLocation(path, node.name, node.lineno, node.end_lineno or 0)
                       for node in ast.walk(tree)
                       if isinstance(node, ast.FunctionDef) and is_mutated_method_name(node.name)]
            for error in errors:
                mutant = next((m for m in mutants
                               if m.line_number_start <= error.line_number <= m.line_number_end),
                              None)
                if mutant is None:  # the unmutated code fails mypy: the filter would lie
                    raise SystemExit(f"mypy error outside any mutant: {path}:{error.line_number}:"
                                     f" {error.error_description}")
                name = get_mutant_name(path.relative_to(Path.cwd()), mutant.function_name)
                rejected.setdefault(name, FailedTypeCheckMutant(mutant, name, error))
    return rejected


mutmut_main.filter_mutants_with_type_checker = _mutants_rejected_by_the_type_check

class _CollectedTests:
    """The selected tests, collected once in mutmut's process before it forks the mutants.

    mutmut runs each mutant's tests with a new pytest.main() in a forked child: ~0.07 s of
    CPU for the configuration, plugins and collection before a test runs, minutes of the two
    cores over ~7,000 mutants. Collected once in the parent, a child only runs its tests'
    items through pytest's own run-test protocol (the same hooks, fixtures and plugins) and
    stops at the first failure, as `pytest -x` does. Output is not captured: mutmut sends a
    child's output to /dev/null.
    """

    def __init__(self) -> None:
        self.session: Session | None = None
        self.items: dict[str, Item] = {}

    def collect(self, args: list[str]) -> None:
        with change_cwd("mutants"):
            config = _prepareconfig([*args, "--capture=no"])
            config._do_configure()
            session = Session.from_config(config)
            config.hook.pytest_sessionstart(session=session)
            config.hook.pytest_collection(session=session)
        if session.testsfailed:
            raise SystemExit("mutation: the selected tests do not collect cleanly")
        self.session = session
        self.items = {item.nodeid: item for item in session.items}

    def run(self, tests: list[str]) -> int | None:
        """1 when a test fails, 0 when all pass; None when a test was not collected here."""
        if self.session is None or any(test not in self.items for test in tests):
            return None
        items = [self.items[test] for test in tests]
        # The reporter was made in the parent and writes to its stdout: silence it as mutmut
        # silences a child's pytest.main().
        silent = os.open(os.devnull, os.O_WRONLY)
        os.dup2(silent, 1)
        os.dup2(silent, 2)
        with change_cwd("mutants"):
            for index, item in enumerate(items):
                following = items[index + 1] if index + 1 < len(items) else None
                item.config.hook.pytest_runtest_protocol(item=item, nextitem=following)
                if self.session.testsfailed:
                    return 1
        return 0


_collected = _CollectedTests()
_run_tests = PytestRunner.run_tests


def _run_collected_tests(self: PytestRunner, *, mutant_name: str | None,
                         tests: Iterable[str]) -> int:
    tests = list(tests)
    result = _collected.run(tests) if mutant_name is not None else None
    return _run_tests(self, mutant_name=mutant_name, tests=tests) if result is None else result


PytestRunner.run_tests = _run_collected_tests  # type: ignore[method-assign]
_fork_runner_startup = ForkRunner.startup


def _collect_then_start(self: ForkRunner) -> None:
    runner = self.test_runner
    if isinstance(runner, PytestRunner):
        # The arguments of mutmut's own run (PytestRunner.execute_pytest), all tests.
        _collected.collect(["--rootdir=.", "--tb=native", *runner._pytest_args_regular_run([]),
                            *config().pytest_add_cli_args])
    _fork_runner_startup(self)


ForkRunner.startup = _collect_then_start  # type: ignore[method-assign]

class _WallTimeLimits:
    """mutmut's wall-time limit per forked child, forgotten once the child is reaped.

    mutmut keeps each child's deadline by pid and never drops it. Pids wrap at 32768 here
    (every test thread takes one too), so a finished child's deadline could stop a later
    child that got the same pid: in one run a surviving mutant was reported as timed out
    after 5 s of its 57. Here a deadline only stops the child it was set for.
    """

    def __init__(self) -> None:
        self._due: list[tuple[float, int, int]] = []    # (deadline, pid, child number)
        self._child_of_pid: dict[int, int] = {}
        self._children = itertools.count()
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def register(self, pid: int, timeout_s: float) -> None:
        with self._changed:
            child = next(self._children)
            self._child_of_pid[pid] = child
            heapq.heappush(self._due, (time.monotonic() + timeout_s, pid, child))
            if self._thread is None:
                self._thread = threading.Thread(target=self._stop_late_children,
                                                name="mutation-time-limits", daemon=True)
                self._thread.start()
            self._changed.notify()

    def forget(self, pid: int) -> None:
        with self._changed:
            self._child_of_pid.pop(pid, None)

    def _stop_late_children(self) -> None:
        with self._changed:
            while True:
                now = time.monotonic()
                while self._due and self._due[0][0] <= now:
                    _, pid, child = heapq.heappop(self._due)
                    if self._child_of_pid.get(pid) == child:
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGXCPU)    # as mutmut does: a timeout
                self._changed.wait(self._due[0][0] - now if self._due else None)


_limits = _WallTimeLimits()
isolation.register_timeout = _limits.register
_wait_for_result = ForkRunner.wait_for_result


def _wait_and_forget_the_limit(self: ForkRunner, timeout: float | None = None) -> MutantResult:
    running = set(self._running)
    result = _wait_for_result(self, timeout)
    for pid in running - set(self._running):
        _limits.forget(pid)
    return result


ForkRunner.wait_for_result = _wait_and_forget_the_limit  # type: ignore[method-assign]

# The type check's `python -m mypy` runs in the virtual environment that runs mutmut.
os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])

from mutmut.__main__ import cli  # noqa: E402 - after the patches above

if __name__ == "__main__":
    sys.argv[0] = "mutmut"
    cli()
