"""The mutation score per module, from mutmut's result files (mutants/**/*.py.meta).

    python scripts/mutation_score.py [--survivors | --names]

Killed counts every mutant a test caught: failed, timed out or crashed; "by mypy" the ones
the project's type check rejects before a test runs (they would fail CI). Survivors and
mutants no selected test reaches ("no tests") count against the score, which is killed over
the mutants checked (all of them once a run has finished). --survivors lists
the survivors by name (see one with `mutmut show NAME`); --names prints only the names
of survivors and of mutants no test reached, one a line (scripts/mutation.sh --survivors).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

# mutmut's exit codes (mutmut/stats.py), grouped.
KILLED = {1, 3, 36, 24, -24, 152, 255, -11, -9}   # failed, timeout, crash
TYPE_CHECKED = {37}                                 # rejected by mypy
SURVIVED = {0}
NO_TESTS = {5, 33}
SKIPPED = {34}


def module_of(path: Path) -> str:
    """simtool/at/parsers/signal.py.meta -> at/parsers; simtool/report/redact.py -> redact."""
    parts = path.relative_to("mutants").with_suffix("").with_suffix("").parts[1:]
    if parts[:2] == ("report", "redact"):
        return "report/redact"
    if parts[:2] == ("at", "parsers"):
        return "at/parsers"
    return parts[0]


def main(argv: list[str]) -> int:
    metas = sorted(Path("mutants").glob("simtool/**/*.py.meta"))
    if not metas:
        print("mutation: no results in mutants/ (run scripts/mutation.sh)", file=sys.stderr)
        return 1
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    survivors: list[str] = []
    for meta in metas:
        with open(meta, encoding="utf-8") as f:
            exit_codes = json.load(f)["exit_code_by_key"]
        row = counts[module_of(meta)]
        for name, code in exit_codes.items():
            if code in KILLED:
                row["killed"] += 1
            elif code in TYPE_CHECKED:
                row["by mypy"] += 1
            elif code in SURVIVED:
                row["survived"] += 1
                survivors.append(name)
            elif code in NO_TESTS:
                row["no tests"] += 1
                survivors.append(name + "  (no tests)")
            elif code in SKIPPED:
                row["skipped"] += 1
                continue
            elif code is None:
                row["not checked"] += 1
            else:
                row["other"] += 1
            row["total"] += 1
    if "--names" in argv:
        print("\n".join(name.split()[0] for name in survivors))
        return 0

    head = (f"{'module':<15}{'killed':>8}{'by mypy':>9}{'survived':>10}{'no tests':>10}"
            f"{'unchecked':>11}{'total':>8}{'score':>9}")
    print(head)
    total: Counter[str] = Counter()

    def line(name: str, row: Counter[str]) -> str:
        checked = row["total"] - row["not checked"]
        caught = row["killed"] + row["by mypy"]
        return (f"{name:<15}{row['killed']:>8}{row['by mypy']:>9}{row['survived']:>10}"
                f"{row['no tests']:>10}{row['not checked']:>11}{row['total']:>8}"
                f"{100 * caught / max(checked, 1):>8.1f}%")

    for name in sorted(counts):
        total.update(counts[name])
        print(line(name, counts[name]))
    print(line("TOTAL", total))
    if total["not checked"]:
        print("score: (killed + by mypy) / checked; the run did not check every mutant")
    extra = {k: total[k] for k in ("other", "skipped") if total[k]}
    if extra:
        print("also: " + ", ".join(f"{v} {k}" for k, v in extra.items()))
    if "--survivors" in argv:
        print()
        print("\n".join(sorted(survivors)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
