"""Benchmark: how long `simtool check` takes to give up on a hostile port (issue 14).

The fault-matrix tests (tests/e2e/test_fault_matrix.py, tests/gui/test_fault_matrix_gui.py,
tests/e2e/test_hostile_cli.py) assert how each hostile modem ends - the exit code, the
message, that the check's deadline did not end it - and no time (no timing asserts in
tests). The times are here: each case's seconds and its ratio to the target, with the
defaults (no --timeout, no --deadline) as a user runs it. Targets: a binary, silent or
flooding port ends within 10 s (issue 14's done-when: it took 2-4 minutes before); a
working modem behind a hostile line within 8 s. POSIX only (real ptys).

    .venv/bin/python benchmarks/hostile_ports.py [--runs N] [--mode MODE ...]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from hostile_modem import HostileModem  # noqa: E402

# mode -> (modem options, target seconds)
CASES: dict[str, tuple[dict[str, object], float]] = {
    "garbage": ({}, 10.0),
    "stall": ({"after": 3}, 10.0),
    "firehose": ({}, 10.0),
    "nmea": ({}, 10.0),
    "diag": ({}, 10.0),
    "healthy": ({}, 8.0),
    "urc-flood": ({}, 8.0),
    "reboot": ({"after": 3}, 8.0),
    "slow": ({"first_delay": 2.0, "delay": 0.1}, 8.0),
}


def one_run(mode: str, options: dict[str, object], home: str) -> tuple[float, int]:
    env = {**os.environ, "NO_COLOR": "1", "SIMTOOL_HOME": home, "SIMTOOL_GATEWAYS": "none"}
    with HostileModem(mode, **options) as modem:  # type: ignore[arg-type]
        started = time.monotonic()
        done = subprocess.run([sys.executable, "-m", "simtool", "check", "--port", modem.path,
                               "--format", "json", "--no-history"], capture_output=True,
                              env=env, stdin=subprocess.DEVNULL, timeout=600, cwd=ROOT)
        return time.monotonic() - started, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--mode", action="append", choices=list(CASES))
    args = parser.parse_args()
    worst = 0.0
    with tempfile.TemporaryDirectory(prefix="simtool-bench-") as home:
        for mode in args.mode or list(CASES):
            options, target = CASES[mode]
            times = []
            for _ in range(args.runs):
                seconds, code = one_run(mode, options, home)
                times.append(seconds)
            ratio = max(times) / target
            worst = max(worst, ratio)
            print(f"{mode:<10} exit {code}  {max(times):6.2f} s  target {target:4.1f} s  "
                  f"ratio {ratio:.2f}")
    print(f"worst ratio to target: {worst:.2f} (<= 1.00 meets the targets)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
