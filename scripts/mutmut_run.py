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
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

import libcst as cst
from mutmut.mutation import file_mutation, mutators

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

from mutmut.__main__ import cli  # noqa: E402 - after the patches above

if __name__ == "__main__":
    sys.argv[0] = "mutmut"
    cli()
