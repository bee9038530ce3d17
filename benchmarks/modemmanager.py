"""What reading a modem through ModemManager costs, on the real daemon in a private bus.

Prints, with one simulated modem (healthy, enabled) in ModemManager --debug:
  check --port mm://0 wall time / (interpreter start + `mmcli -m 0` wall time)  target <= 1.5
  `simtool ports` with ModemManager present minus without it                    target <= 50 ms

Run: .venv/bin/python benchmarks/modemmanager.py [--runs N]   (needs ModemManager, dbus)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests" / "e2e"))

from mmdaemon import PrivateModemManager, available  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    why = available()
    if why is not None or shutil.which("mmcli") is None:
        print(f"skipped: {why or 'mmcli not installed'}")
        return 0
    with PrivateModemManager() as mm:
        index = mm.add_modem("healthy", enable=True)
        env = {**ENV, **mm.env}
        no_mm = {**ENV, "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/simtool-bus"}
        check = [sys.executable, "-m", "simtool", "check", "--port", f"mm://{index}",
                 "--format", "json"]
        timed(check, env)                                   # warm the bytecode cache
        starts, mmclis, checks, with_mm, without_mm = [], [], [], [], []
        for _ in range(args.runs):      # alternating, so drift moves both sides alike
            starts.append(timed([sys.executable, "-c", "pass"], env))
            mmclis.append(timed(["mmcli", "-m", str(index)], env))
            checks.append(timed(check, env))
            with_mm.append(timed([sys.executable, "-m", "simtool", "ports", "--json"], env))
            without_mm.append(timed([sys.executable, "-m", "simtool", "ports", "--json"], no_mm))
    start, mmcli, wall = (statistics.median(x) for x in (starts, mmclis, checks))
    print(f"interpreter start        {start * 1000:7.1f} ms")
    print(f"mmcli -m {index}               {mmcli * 1000:7.1f} ms")
    print(f"check --port mm://{index}     {wall * 1000:7.1f} ms")
    print(f"ratio check / (start + mmcli) = {wall / (start + mmcli):.2f}   (target <= 1.5)")
    added = statistics.median(with_mm) - statistics.median(without_mm)
    print(f"simtool ports: {statistics.median(with_mm) * 1000:.1f} ms with ModemManager, "
          f"{statistics.median(without_mm) * 1000:.1f} ms without: adds {added * 1000:.1f} ms"
          "   (target <= 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
