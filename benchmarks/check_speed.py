"""How close a full `simtool check` comes to the floor set by the modem itself.

Prints, for `simtool check --port sim://healthy?latency=30`:
  wall time / (interpreter start + commands sent x 30 ms)      target <= 1.15
and, for a check on a pseudo-terminal, the time from process start to the first byte on the
port divided by the time of `python -c "import serial"`           target <= 2
plus how many commands (round trips) a check sends.

Run: .venv/bin/python benchmarks/check_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import time
import tty

LATENCY_MS = 30
# Measure simtool as installed: pip compiles bytecode at install time, so a real run never
# pays for compiling its sources. Unset a DONTWRITEBYTECODE inherited from the shell and warm
# the cache once before timing.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=ENV)
    return time.perf_counter() - start


def count_commands(report: dict) -> int:
    sent = "".join(e["text"] for e in report["transcript"] if e["dir"] == "tx")
    return sent.count("\r")


def check_ratio(runs: int) -> tuple[float, float, float, int]:
    url = f"sim://healthy?latency={LATENCY_MS}"
    starts: list[float] = []
    walls: list[float] = []
    commands = 0
    for _ in range(runs):
        # Interpreter start and check alternate, so a machine that speeds up or slows down
        # during the run moves both sides of the ratio alike.
        starts.append(timed([sys.executable, "-c", "pass"]))
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "simtool", "check", "--port", url,
                               "--format", "json"], capture_output=True, text=True, check=False,
                              env=ENV)
        walls.append(time.perf_counter() - start)
        commands = count_commands(json.loads(proc.stdout))
    wall = statistics.median(walls)
    floor = statistics.median(starts) + commands * LATENCY_MS / 1000
    return wall / floor, wall, floor, commands


def first_byte_ratio(runs: int) -> tuple[float, float, float]:
    imports: list[float] = []
    delays: list[float] = []
    for _ in range(runs):
        imports.append(timed([sys.executable, "-c", "import serial"]))   # alternating, as above
        master, slave = os.openpty()
        tty.setraw(slave)
        path = os.ttyname(slave)
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "simtool", "check", "--port", path,
                                 "--timeout", "0.5", "--format", "json"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        ready, _, _ = select.select([master], [], [], 10)
        if ready:
            delays.append(time.perf_counter() - start)
            os.read(master, 1024)
        proc.kill()
        proc.wait()
        os.close(master)
        os.close(slave)
    first_byte = statistics.median(delays)
    import_serial = statistics.median(imports)
    return first_byte / import_serial, first_byte, import_serial


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    timed([sys.executable, "-m", "simtool", "check", "--port", "sim://healthy"])   # warm-up
    ratio, wall, floor, commands = check_ratio(args.runs)
    print(f"check sim://healthy?latency={LATENCY_MS}: {commands} commands, wall {wall:.3f} s, "
          f"floor {floor:.3f} s (interpreter start + {commands} x {LATENCY_MS} ms)")
    print(f"check wall / floor = {ratio:.3f}  (target <= 1.15)")
    fb_ratio, first_byte, import_serial = first_byte_ratio(args.runs)
    print(f"first byte on the port after {first_byte * 1000:.0f} ms; "
          f"python -c 'import serial' {import_serial * 1000:.0f} ms")
    print(f"first byte / import serial = {fb_ratio:.2f}  (target <= 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
