"""What the eSIM probe costs a healthy check on a plain SIM (issue 18: at most one extra round
trip).

For `simtool check --port sim://healthy?latency=30&vendor=V`, per eSIM route (generic:
+CCHO riding on the chained SIM line; fibocom: +CCHO on a line of its own, its bare answer
cannot be chained; simcom: MANAGE CHANNEL through +CSIM, its SELECT alone, the close riding
on the network line), prints the commands sent and the median wall time of the check with
the probe and without it (the same CLI with EuiccProbe switched off in-process: what a check
cost before issue 18), and their ratio.

Run: .venv/bin/python benchmarks/esim_probe_cost.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

LATENCY_MS = 30
VENDORS = ("generic", "fibocom", "simcom")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
# The CLI, with the probe disabled or not (argv[1]); everything else as `simtool check`. The
# probe is switched off when its module is first imported (by the reader, on the check's own
# schedule), so the baseline imports nothing earlier than a real check does.
RUNNER = """
import sys
if sys.argv.pop(1) == "off":
    import importlib.abc, importlib.machinery

    class Off(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name != "simtool.sources.at.esim":
                return None
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            load = spec.loader.exec_module
            def exec_module(module):
                load(module)
                module.EuiccProbe.chain_item = lambda self: None
                module.EuiccProbe.run = lambda self, chained=None: None
            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, Off())
from simtool.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_check(vendor: str, probe: str) -> tuple[float, int]:
    url = f"sim://healthy?latency={LATENCY_MS}&vendor={vendor}"
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", RUNNER, probe, "check", "--port", url,
                           "--format", "json"], capture_output=True, text=True, check=False,
                          env=ENV)
    wall = time.perf_counter() - start
    report = json.loads(done.stdout)
    sent = "".join(e["text"] for e in report["transcript"] if e["dir"] == "tx")
    return wall, sent.count("\r")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    run_check("generic", "on")      # warm the bytecode cache
    for vendor in VENDORS:
        walls: dict[str, list[float]] = {"on": [], "off": []}
        commands = {"on": 0, "off": 0}
        for _ in range(args.runs):
            for probe in ("off", "on"):     # alternating: drift moves both sides alike
                wall, count = run_check(vendor, probe)
                walls[probe].append(wall)
                commands[probe] = count
        with_probe, without = statistics.median(walls["on"]), statistics.median(walls["off"])
        extra = commands["on"] - commands["off"]
        print(f"{vendor:8} plain SIM: {commands['off']} -> {commands['on']} commands "
              f"({extra:+d} round trip{'s' if abs(extra) != 1 else ''}, target <= +1); "
              f"wall {without * 1000:.0f} -> {with_probe * 1000:.0f} ms, "
              f"ratio {with_probe / without:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
