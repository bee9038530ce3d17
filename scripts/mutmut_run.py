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

And one narrowing of which tests run for a mutant: mutmut runs every selected test that
reached the mutated function in its first run. The wide tests (a whole check replayed with
URCs, the session's waits, the actions driving the simulated modem) reach most parsers and
checks, and cost seconds for every mutant that survives; [tool.simtool.mutation-scope] in
pyproject.toml names, for each of them, the modules whose mutants they are run for (per
module test selection). Those modules' own unit tests are always run.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

import libcst as cst
import mutmut.__main__ as mutmut_main
from mutmut.mutation import file_mutation, mutators
from mutmut.state import state

file_mutation.NEVER_MUTATE_FUNCTION_CALLS.update({"tr", "QT_TRANSLATE_NOOP", "_t", "_m"})

_string_mutants = mutators.operator_string


def _wrapped_string_only(node: cst.BaseString) -> Iterable[cst.BaseString]:
    for mutant in _string_mutants(node):
        if isinstance(mutant, cst.SimpleString) and "XX" in mutant.value:
            yield mutant


mutators.mutation_operators[:] = [
    (kind, _wrapped_string_only if operator is _string_mutants else operator)
    for kind, operator in mutators.mutation_operators
]


def _scope() -> dict[str, tuple[str, ...]]:
    """Test file -> the module prefixes its tests are run for ([tool.simtool.mutation-scope])."""
    with Path("pyproject.toml").open("rb") as file:
        table = tomllib.load(file).get("tool", {}).get("simtool", {}).get("mutation-scope", {})
    return {test_file: tuple(prefixes) for test_file, prefixes in table.items()}


_collect_or_load_stats = mutmut_main.collect_or_load_stats


def _collect_and_narrow(*args: object, **kwargs: object) -> None:
    _collect_or_load_stats(*args, **kwargs)  # type: ignore[arg-type]
    scope = _scope()
    tests_by_function = state().tests_by_mangled_function_name
    for function, tests in tests_by_function.items():
        tests_by_function[function] = {
            test for test in tests
            if function.startswith(scope.get(test.split("::", 1)[0], ("",)))}


mutmut_main.collect_or_load_stats = _collect_and_narrow

from mutmut.__main__ import cli  # noqa: E402 - after the patches above

if __name__ == "__main__":
    sys.argv[0] = "mutmut"
    cli()
