"""How a `check --port hilink://...` (and zte://) compares with the HTTP it needs.

For each simulated device (a real HTTP server on 127.0.0.1 answering every request after
LATENCY_MS, like a stick's web server), prints:
  check wall time / sum of its HTTP round trips sent one by one with a plain client
                                                                  target <= 1.3
The plain client (http.client, one keep-alive connection) replays exactly the requests the
check made (from its transcript). A ratio under 1 means the check's parallel reads won
back more than everything else costs. Also printed: the same for the CLI in a fresh process
(interpreter start included, for information) and how many requests a check makes.

Run: .venv/bin/python benchmarks/web_check.py [--runs N]
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import time

from simtool.runner import CheckOptions, run_check
from simtool.sim.modem import Config, Modem
from simtool.sim.web.common import DeviceSettings, WebDevice
from simtool.sim.web.hilink import HilinkDevice
from simtool.sim.web.zte import ZteDevice

LATENCY_MS = 30
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def requests_of(transcript: list) -> list[tuple[str, str, bytes | None]]:
    sent = []
    for entry in transcript:
        if entry.dir != "tx":
            continue
        line, _, body = entry.text.partition("\n")
        method, _, path = line.partition(" ")
        sent.append((method, path, body.encode() if body else None))
    return sent


def plain_sum(device: WebDevice, sent: list[tuple[str, str, bytes | None]]) -> float:
    host, port = device.address
    connection = http.client.HTTPConnection(host, port, timeout=10)
    total = 0.0
    for method, path, body in sent:
        headers = {"Referer": f"http://{device.where}/index.html"}
        if body:
            headers["Content-Type"] = "application/xml"
        start = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        connection.getresponse().read()
        total += time.perf_counter() - start
    connection.close()
    return total


def measure(kind: str, device_class: type[WebDevice], runs: int) -> None:
    device = device_class(Modem(Config(scenario="healthy")),
                          DeviceSettings(latency=LATENCY_MS / 1000)).start()
    url = f"{kind}://{device.where}"
    try:
        run_check(url, CheckOptions())          # warm: imports, like a second check
        walls, sums, cli_walls = [], [], []
        count = 0
        for _ in range(runs):
            start = time.perf_counter()
            report = run_check(url, CheckOptions())
            walls.append(time.perf_counter() - start)
            sent = requests_of(report.transcript)
            count = len(sent)
            sums.append(plain_sum(device, sent))
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "simtool", "check", "--port", url,
                            "--format", "json"], capture_output=True, check=False, env=ENV)
            cli_walls.append(time.perf_counter() - start)
        wall, floor = statistics.median(walls), statistics.median(sums)
        print(f"{kind}: check {wall * 1000:.0f} ms / plain round trips {floor * 1000:.0f} ms "
              f"({count} requests x {LATENCY_MS} ms) = {wall / floor:.2f}  (target <= 1.3)")
        cli = statistics.median(cli_walls)
        print(f"{kind}: CLI in a fresh process {cli * 1000:.0f} ms = {cli / floor:.2f} x the "
              "round trips (interpreter start and imports included)")
    finally:
        device.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    measure("hilink", HilinkDevice, args.runs)
    measure("zte", ZteDevice, args.runs)


if __name__ == "__main__":
    main()
