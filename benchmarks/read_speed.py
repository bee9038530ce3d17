"""How close a full read of a healthy modem comes to the floor set by the modem itself.

collect_facts (every fact the checklist needs) on a simulated modem that answers each command
line 30 ms after its CR, like a real USB modem; the floor is command lines sent (round trips;
chained lines such as AT+CGMI;+CGMM count once) x 30 ms, so
    wall time / (commands sent x 30 ms)        target <= 1.15 (1.00 = no time lost at all)
measured twice:
  in-process  sim://healthy?latency=30 (the simulator runs in this process);
  pty         `simtool simulate healthy --latency 30 --pty` in its own process, the port
              opened by its device path, like hardware.
The first in-process read pays for importing the readers; it is shown apart, and the ratios
are medians of the reads after it. A fresh simulated modem is used for every read.
(The interpreter start and first-byte numbers of a whole `simtool check` are
benchmarks/check_speed.py's.)

Run: .venv/bin/python benchmarks/read_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from simtool.at.session import AtSession

LATENCY_MS = 30


@contextmanager
def pty_simulator() -> Iterator[str]:
    """A `simtool simulate healthy --pty` process for the duration; yields its device path."""
    process = subprocess.Popen([sys.executable, "-m", "simtool", "simulate", "healthy",
                                "--latency", str(LATENCY_MS), "--pty"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert process.stdout is not None
        path = process.stdout.readline().strip()
        if not path.startswith("/dev/"):
            raise RuntimeError(f"simtool simulate printed {path!r}, not a device path")
        yield path
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()


def at_commands(session: AtSession) -> int:
    """AT commands inside the command lines sent (AT+CGMI;+CGMM is two)."""
    sent = "".join(e.text for e in session.transcript.entries() if e.dir == "tx")
    return sum(line.count(";") + 1 for line in sent.split("\r") if line.strip())


def timed_read(url: str) -> tuple[float, int, int]:
    """(wall seconds, command lines sent, AT commands in them) of one collect_facts over
    `url`, port open excluded."""
    from simtool.sources.at.reader import collect_facts
    from simtool.transport.port import open_port

    port = open_port(url)
    try:
        session = AtSession(port)
        start = time.perf_counter()
        facts = collect_facts(session)
        wall = time.perf_counter() - start
    finally:
        port.close()
    if facts.sim.state != "ready" or facts.registration.overall != "home":
        raise RuntimeError(f"the healthy modem did not read as healthy over {url}")
    return wall, session.commands_sent, at_commands(session)


def in_process_read() -> tuple[float, int, int]:
    return timed_read(f"sim://healthy?latency={LATENCY_MS}")


def pty_read() -> tuple[float, int, int]:
    with pty_simulator() as path:
        return timed_read(path)


def report(label: str, read: Callable[[], tuple[float, int, int]], runs: int) -> float:
    results = [read() for _ in range(runs)]
    walls = [wall for wall, _, _ in results]
    commands = {(count, inside) for _, count, inside in results}
    if len(commands) != 1:
        print(f"{label}: the command count varied between reads: {sorted(commands)}")
    count, inside = max(commands)
    floor = count * LATENCY_MS / 1000
    wall = statistics.median(walls)
    ratio = wall / floor
    print(f"{label}: {count} command lines sent ({inside} AT commands in them)")
    print(f"{label}: wall {wall * 1000:.0f} ms (median of {runs}, "
          f"min {min(walls) * 1000:.0f}, max {max(walls) * 1000:.0f}), "
          f"floor {floor * 1000:.0f} ms ({count} x {LATENCY_MS} ms)")
    print(f"{label}: wall / floor = {ratio:.3f}  (target <= 1.15)")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cold, cold_commands, _ = in_process_read()
    print(f"first read (imports the readers): {cold_commands} command lines, "
          f"wall {cold * 1000:.0f} ms = {cold / (cold_commands * LATENCY_MS / 1000):.3f} x floor")
    report(f"in-process sim://healthy?latency={LATENCY_MS}", in_process_read, args.runs)
    if sys.platform == "win32":
        print("pty: skipped (pseudo-terminals need Linux or macOS)")
    else:
        report(f"pty simulate healthy --latency {LATENCY_MS}", pty_read, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
