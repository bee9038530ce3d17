"""How fast Prometheus gets simtool's metrics for a gateway with many modems.

Starts `simtool exporter` with --modems simulated modems (sim://healthy, 30 ms per command,
like USB modems) and prints:
  - the scrape time of /metrics (median and 95th percentile of --scrapes requests, plain and
    gzip), which does not depend on the modems: rounds of checks run in the background;
  - how long one round of checks of all the modems takes (simtool_exporter_round_duration)
    against one modem checked alone: the ratio shows they are checked in parallel;
  - for the textfile collector, the wall time of `simtool check --format prometheus
    --output FILE` with the same modems (what the timer runs every minute).

Run: .venv/bin/python benchmarks/exporter.py [--modems 16] [--scrapes 200]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

LATENCY_MS = 30
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def urls(count: int) -> list[str]:
    return [f"sim://healthy?latency={LATENCY_MS}&seed={index}" for index in range(count)]


def fetch(url: str, gzip: bool) -> tuple[float, int]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip else {})
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=30) as answer:
        body = answer.read()
    return time.perf_counter() - start, len(body)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def round_duration(url: str) -> float:
    with urllib.request.urlopen(url, timeout=30) as answer:
        text = answer.read().decode()
    found = re.search(r"^simtool_exporter_round_duration_seconds (\S+)$", text, re.M)
    assert found, text[-500:]
    return float(found.group(1))


def exporter(count: int, scrapes: int) -> None:
    args = [sys.executable, "-m", "simtool", "exporter", "--listen", "127.0.0.1:0",
            "--interval", "2"]
    for url in urls(count):
        args += ["--port", url]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env=ENV)
    try:
        assert proc.stderr is not None
        found = re.search(r"(http://\S+/metrics)", proc.stderr.readline())
        assert found
        url = found.group(1)
        deadline = time.monotonic() + 60
        while True:
            try:
                fetch(url, False)
                break
            except OSError:
                assert time.monotonic() < deadline, "no first round"
                time.sleep(0.05)
        for gzip in (False, True):
            times, size = [], 0
            for _ in range(scrapes):
                took, size = fetch(url, gzip)
                times.append(took)
            label = "gzip " if gzip else "plain"
            print(f"scrape /metrics, {count} modems, {label}: median "
                  f"{statistics.median(times) * 1000:.2f} ms, p95 "
                  f"{percentile(times, 0.95) * 1000:.2f} ms, {size / 1000:.1f} kB")
        durations = []
        for _ in range(3):
            durations.append(round_duration(url))
            time.sleep(2.1)
        print(f"one round of checks of {count} modems: {statistics.median(durations):.3f} s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def one_check() -> float:
    from simtool.runner import CheckOptions, run_check

    walls = []
    for _ in range(3):
        start = time.perf_counter()
        run_check(urls(1)[0], CheckOptions())
        walls.append(time.perf_counter() - start)
    return statistics.median(walls)


def textfile(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        args = [sys.executable, "-m", "simtool", "check", "--format", "prometheus",
                "--output", os.path.join(tmp, "simtool.prom")]
        for url in urls(count):
            args += ["--port", url]
        walls = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(args, check=False, env=ENV, capture_output=True)
            walls.append(time.perf_counter() - start)
        size = os.path.getsize(os.path.join(tmp, "simtool.prom"))
    print(f"textfile: simtool check --format prometheus, {count} modems: "
          f"{statistics.median(walls):.3f} s wall (process included), {size / 1000:.1f} kB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--modems", type=int, default=16)
    parser.add_argument("--scrapes", type=int, default=200)
    args = parser.parse_args()
    single = one_check()
    print(f"one modem checked alone (in process): {single:.3f} s")
    exporter(args.modems, args.scrapes)
    textfile(args.modems)


if __name__ == "__main__":
    main()
