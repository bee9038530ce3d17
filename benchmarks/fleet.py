"""Checking many modems at once costs about as much as checking one (DESIGN.md: <= 1.5).

Prints two ratios on `sim://healthy?latency=30` (30 ms per command, like a USB modem):
  in-process: 16 run_check() in threads at once / one run_check()        target <= 1.5
  CLI:        one `simtool check` with 16 --port / one with 1 --port     target <= 1.5
Each figure is the median of --runs runs. The 16 URLs differ only by seed, so they are 16
distinct modems (the same URL twice would be checked once).

Run: .venv/bin/python benchmarks/fleet.py [--runs N] [--modems N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from simtool.runner import CheckOptions, preload, run_check

LATENCY_MS = 30
TARGET = 1.5
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def urls(count: int) -> list[str]:
    return [f"sim://healthy?latency={LATENCY_MS}&seed={index}" for index in range(count)]


def one_in_process() -> float:
    start = time.perf_counter()
    report = run_check(urls(1)[0], CheckOptions())
    elapsed = time.perf_counter() - start
    assert report.verdict.status == "ok", report.verdict
    return elapsed


def many_in_process(count: int) -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=count) as pool:
        reports = list(pool.map(lambda url: run_check(url, CheckOptions()), urls(count)))
    elapsed = time.perf_counter() - start
    assert all(r.verdict.status == "ok" for r in reports)
    return elapsed


def cli(count: int) -> float:
    args = [sys.executable, "-m", "simtool", "check", "--format", "json"]
    for url in urls(count):
        args += ["--port", url]
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, check=False, env=ENV)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    # One JSON object for one modem, JSON Lines (one per modem) for several.
    reports = [json.loads(line) for line in done.stdout.splitlines()] if count > 1 else \
        [json.loads(done.stdout)]
    assert len(reports) == count
    return elapsed


def median(measure: Callable[[], float], runs: int) -> float:
    return statistics.median(measure() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--modems", type=int, default=16)
    args = parser.parse_args()
    count = args.modems

    preload()          # what a fleet run does before its threads start
    one_in_process()   # warm: imports, provider database scan
    one = median(one_in_process, args.runs)
    many = median(lambda: many_in_process(count), args.runs)
    cli(1)             # warm the bytecode cache
    cli_one = median(lambda: cli(1), args.runs)
    cli_many = median(lambda: cli(count), args.runs)

    ratio = many / one
    cli_ratio = cli_many / cli_one
    print(f"fleet check, sim://healthy at {LATENCY_MS} ms per command, median of {args.runs}")
    print(f"  in-process: one modem {one * 1000:.0f} ms, {count} at once {many * 1000:.0f} ms"
          f" -> {count} modems at once / one modem = {ratio:.2f} (target <= {TARGET})")
    print(f"  CLI:        one modem {cli_one * 1000:.0f} ms, {count} at once "
          f"{cli_many * 1000:.0f} ms -> {count} modems at once / one modem = {cli_ratio:.2f}"
          f" (target <= {TARGET})")
    return 0 if max(ratio, cli_ratio) <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
