"""Line and branch coverage per package of simtool/, from coverage's JSON report.

    python scripts/coverage_by_package.py [coverage.json]

Packages are the first folder under simtool/ (at, actions, diagnosis, gui, ...); the modules
directly in simtool/ count as "(modules)". Prints the total, checks the targets of
scripts/coverage.sh and names the files with the most missed lines and branches.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import PurePosixPath

# Targets (issue 21): overall lines and branches, and branches in the app.
TARGET_LINES = 85.0
TARGET_BRANCHES = 80.0
TARGET_GUI_BRANCHES = 70.0
HOLES = 12


def package_of(path: str) -> str:
    parts = PurePosixPath(path.replace("\\", "/")).parts
    if "simtool" in parts:
        parts = parts[parts.index("simtool") + 1:]
    return parts[0] if len(parts) > 1 else "(modules)"


def percent(covered: int, total: int) -> float:
    return 100.0 * covered / total if total else 100.0


def main(argv: list[str]) -> int:
    source = argv[1] if len(argv) > 1 else "coverage.json"
    with open(source, encoding="utf-8") as f:
        files = json.load(f)["files"]
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    holes: list[tuple[int, str, int, int]] = []
    for path, data in files.items():
        s = data["summary"]
        row = sums[package_of(path)]
        row[0] += s["num_statements"]
        row[1] += s["covered_lines"]
        row[2] += s.get("num_branches", 0)
        row[3] += s.get("covered_branches", 0)
        missed_lines = s["num_statements"] - s["covered_lines"]
        missed_branches = s.get("num_branches", 0) - s.get("covered_branches", 0)
        holes.append((missed_lines + missed_branches, path, missed_lines, missed_branches))

    total = [sum(row[i] for row in sums.values()) for i in range(4)]
    print(f"{'package':<14}{'lines':>8}{'line %':>9}{'branches':>10}{'branch %':>10}")
    for name in sorted(sums):
        st, cl, br, cb = sums[name]
        print(f"{name:<14}{st:>8}{percent(cl, st):>8.1f}%{br:>10}{percent(cb, br):>9.1f}%")
    st, cl, br, cb = total
    lines, branches = percent(cl, st), percent(cb, br)
    print(f"{'TOTAL':<14}{st:>8}{lines:>8.1f}%{br:>10}{branches:>9.1f}%")

    gui = sums.get("gui")
    gui_branches = percent(gui[3], gui[2]) if gui else None
    below = []
    if lines < TARGET_LINES:
        below.append(f"lines {lines:.1f} % < {TARGET_LINES:.0f} %")
    if branches < TARGET_BRANCHES:
        below.append(f"branches {branches:.1f} % < {TARGET_BRANCHES:.0f} %")
    if gui_branches is not None and gui_branches < TARGET_GUI_BRANCHES:
        below.append(f"gui/ branches {gui_branches:.1f} % < {TARGET_GUI_BRANCHES:.0f} %")
    print()
    print("targets: " + ("met" if not below else "BELOW: " + "; ".join(below)))
    print(f"\nbiggest holes (missed lines + missed branches), top {HOLES}:")
    for _score, path, ml, mb in sorted(holes, reverse=True)[:HOLES]:
        print(f"  {path:<48} {ml:>4} lines {mb:>4} branches")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
