"""What `simtool check --data-test` adds to a check: the test's own round trips and waits.

For each case (traffic passes, web traffic redirected to a top-up page, traffic dropped) on
the simulated modem with 30 ms per command, it times the same check without and with the
data-path test (in process, through the runner the CLI uses; medians of --runs) and prints
the split of the extra time:
  round trips  the test's commands x 30 ms
  network      the rest of the time spent waiting for the modem: the simulated network's
               answers, or, where nothing answers, the test's own timeouts
  simtool      everything else: simtool's own time
and `extra / bound`, where bound = round trips + one --data-timeout per probe the test ran
(DNS, HTTP, ping): target <= 1, i.e. the test adds at most its own timeouts.

    .venv/bin/python benchmarks/data_test.py [--runs N] [--data-timeout S]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simtool.actions.data_test import data_path_step  # noqa: E402
from simtool.at.session import AtSession  # noqa: E402
from simtool.runner import CheckOptions, run_check  # noqa: E402

LATENCY_MS = 30
CASES = (
    ("passes", "sim://healthy?vendor=quectel&latency=30&inbox=none"),
    ("redirected", "sim://quota-exhausted?vendor=simcom&latency=30&inbox=none"),
    ("blocked", "sim://arrears-blocked?vendor=ublox&latency=30&inbox=none"),
)

waiting = [0.0]     # seconds spent inside the session's waits while the test runs


def _timed(method: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            waiting[0] += time.perf_counter() - start
    return wrapper


for _name in ("command", "read_reply", "wait_until"):
    setattr(AtSession, _name, _timed(getattr(AtSession, _name)))


def measure(url: str, timeout: float, runs: int) -> dict[str, Any]:
    plain, tested, spent, trips, probes = [], [], [], [], []
    outcome = None
    for _ in range(runs):
        start = time.perf_counter()
        base = run_check(url, CheckOptions())
        plain.append(time.perf_counter() - start)
        inside = [0.0]

        def step(session: AtSession, facts: Any, inside: list[float] = inside) -> None:
            before = waiting[0]
            data_path_step(session, facts, timeout=timeout)
            inside[0] = waiting[0] - before

        start = time.perf_counter()
        report = run_check(url, CheckOptions(steps=[step]))
        tested.append(time.perf_counter() - start)
        spent.append(inside[0])
        trips.append(sum(e.dir == "tx" for e in report.transcript)
                     - sum(e.dir == "tx" for e in base.transcript))
        result = report.facts.data_path
        assert result is not None
        outcome = result.outcome
        # Probes run: DNS always; HTTP when the name resolved; ping when HTTP gave nothing.
        probes.append(1 + (result.dns is True) + (result.ping is not None))
    extra = statistics.median(tested) - statistics.median(plain)
    round_trips = statistics.median(trips) * LATENCY_MS / 1000
    network = statistics.median(spent) - round_trips
    bound = round_trips + statistics.median(probes) * timeout
    return {"outcome": outcome, "plain": statistics.median(plain), "extra": extra,
            "trips": statistics.median(trips), "round_trips": round_trips, "network": network,
            "simtool": extra - statistics.median(spent), "bound": bound,
            "probes": statistics.median(probes)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-timeout", type=float, default=2.0)
    args = parser.parse_args()
    run_check("sim://healthy", CheckOptions())         # imports and the database, once
    worst = 0.0
    for name, url in CASES:
        m = measure(url, args.data_timeout, args.runs)
        ratio = m["extra"] / m["bound"]
        worst = max(worst, ratio)
        print(f"{name:10} ({m['outcome']}): check {m['plain']:.3f} s; --data-test adds "
              f"{m['extra']:.3f} s = round trips {m['round_trips']:.3f} s ({m['trips']:.0f} x "
              f"{LATENCY_MS} ms) + network {m['network']:.3f} s + simtool {m['simtool']:.3f} s;"
              f" bound {m['bound']:.3f} s ({m['probes']:.0f} probes x {args.data_timeout:g} s "
              f"+ round trips): extra / bound = {ratio:.3f}")
    print(f"worst extra / bound = {worst:.3f} (target <= 1: at most the test's own timeouts)")
    return 0 if worst <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
