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

And one run less at the start: mutmut runs the selected tests once to record which tests
reach which function (and stops if any fails), then once more "clean", without a mutant, to
see that they pass. After a full recording in the same process the second run proves
nothing new and costs a minute; it is kept when the recording was loaded from an earlier
run (--resume) or covered only new tests.
"""

from __future__ import annotations

import os
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

import libcst as cst
import mutmut.__main__ as mutmut_main
from mutmut.mutation import file_mutation, mutators
from mutmut.state import state
from mutmut.workers.isolation import MutantRunner

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

# The type check's `python -m mypy` runs in the virtual environment that runs mutmut.
os.environ["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])

from mutmut.__main__ import cli  # noqa: E402 - after the patches above

if __name__ == "__main__":
    sys.argv[0] = "mutmut"
    cli()
