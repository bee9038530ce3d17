"""Benchmark: find the AT port among 5 pseudo-terminals of which 4 never answer.

Prints `probe wall time / one probe timeout` (target <= 1.3: the probe runs in parallel, so
silent ports cost one timeout together, not one each; ModemManager spends ~18 s per silent
port, one after another). POSIX only (real ptys).

    .venv/bin/python benchmarks/probe_ports.py [--timeout S] [--ports N] [--rounds R]
"""

from __future__ import annotations

import argparse
import os
import pty
import select
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simtool.sources.at.probe import probe  # noqa: E402


def _modem(master: int, stop_r: int) -> None:
    """Answer every AT on the master side of a pty, echo on, as a modem after power-on."""
    pending = b""
    while True:
        ready, _, _ = select.select([master, stop_r], [], [])
        if stop_r in ready:
            return
        try:
            data = os.read(master, 1024)
        except OSError:
            data = b""
        if not data:
            select.select([stop_r], [], [], 0.01)
            continue
        pending += data
        while b"\r" in pending:
            line, pending = pending.split(b"\r", 1)
            os.write(master, line + b"\r\r\nOK\r\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=1.0, help="probe timeout, seconds")
    parser.add_argument("--ports", type=int, default=5, help="ports, one of which answers")
    parser.add_argument("--rounds", type=int, default=3, help="repetitions (median shown)")
    args = parser.parse_args()

    masters, paths = [], []
    for _ in range(args.ports):
        master, slave = pty.openpty()
        masters.append(master)
        paths.append(os.ttyname(slave))
        os.close(slave)
    answering = args.ports // 2
    stop_r, stop_w = os.pipe()
    server = threading.Thread(target=_modem, args=(masters[answering], stop_r), daemon=True)
    server.start()

    ratios = []
    try:
        for _ in range(args.rounds):
            start = time.perf_counter()
            results = probe(paths, timeout=args.timeout)
            wall = time.perf_counter() - start
            found = [r.url for r in results if r.at]
            if found != [paths[answering]]:
                print(f"FAIL: expected only {paths[answering]} to answer AT, got {found}")
                return 1
            ratios.append(wall / args.timeout)
    finally:
        os.write(stop_w, b"x")
        server.join(5)
        for fd in (*masters, stop_r, stop_w):
            os.close(fd)

    ratio = statistics.median(ratios)
    serial_ratio = args.ports - 1          # what probing one after another would cost
    print(f"ports: {args.ports} ({args.ports - 1} silent), probe timeout: {args.timeout:g} s")
    print(f"probe wall time / one probe timeout: {ratio:.3f} "
          f"(rounds: {', '.join(f'{r:.3f}' for r in ratios)}; target <= 1.3; "
          f"one port after another would be >= {serial_ratio})")
    return 0 if ratio <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
