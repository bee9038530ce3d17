"""What reading a modem through ModemManager costs, on the real daemon in a private bus.

Prints, with one simulated modem (healthy, enabled) in ModemManager --debug:
  check --port mm://0 wall time / (interpreter start + `mmcli -m 0` wall time)  target <= 1.5
  `simtool ports` with ModemManager present minus without it                    target <= 50 ms

and where a check's time goes, against two floors measured the same way:
  python + jeepney, making exactly the D-Bus calls the check makes and nothing else
  python importing the modules the check imports, and nothing else
Wall times are medians of alternating runs (a machine that speeds up or slows down moves
every column alike); CPU times (user + system of the process) are medians too, and less
disturbed by other work on a shared machine.

Run: .venv/bin/python benchmarks/modemmanager.py [--runs N]   (needs ModemManager, dbus)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "tests" / "e2e"))

from mmdaemon import PrivateModemManager, available  # noqa: E402

ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

# The D-Bus calls of `check --port mm://N` on an enabled modem, and only them: connect,
# GetManagedObjects, then the SIM's and the SMS' properties and the chained AT line in one
# round.
DBUS_ONLY = """
import os, sys
from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import open_dbus_connection
name = "org.freedesktop.ModemManager1"
bus = open_dbus_connection(os.environ["DBUS_SYSTEM_BUS_ADDRESS"])
objects = bus.send_and_get_reply(new_method_call(DBusAddress(
    "/org/freedesktop/ModemManager1", name, "org.freedesktop.DBus.ObjectManager"),
    "GetManagedObjects")).body[0]
modem = "/org/freedesktop/ModemManager1/Modem/" + sys.argv[1]
sim = objects[modem][name + ".Modem"]["Sim"][1]
sms = objects[modem].get(name + ".Modem.Messaging", {}).get("Messages", ("ao", []))[1]
calls = [new_method_call(DBusAddress(path, name, "org.freedesktop.DBus.Properties"), "GetAll",
                         "s", (interface,))
         for path, interface in [(sim, name + ".Sim"), *((m, name + ".Sms") for m in sms)]]
calls.append(new_method_call(DBusAddress(modem, name, name + ".Modem"), "Command", "su",
                             ("+CEER;+CESQ;+CGDCONT?", 3)))
serials = []
for message in calls:
    serials.append(next(bus.outgoing_serial))
    bus.send(message, serial=serials[-1])
while serials:
    reply = bus.receive()
    if reply.header.fields.get(5) in serials:
        serials.remove(reply.header.fields[5])
"""
# What the check imports (the CLI, the source, the D-Bus client, the reader, the checklist
# and the report), with no D-Bus call and no judging.
IMPORTS_ONLY = ("import simtool.cli, simtool.cli.check, simtool.runner, jeepney.io.blocking, "
                "simtool.sources.modemmanager.source, simtool.sources.modemmanager.reader, "
                "simtool.diagnosis.checklist, simtool.providers.database, "
                "simtool.report.model, simtool.report.json_export, simtool.report.redact, "
                "simtool.report.text")


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall, cpu) seconds of one run of `cmd`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


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
        done = subprocess.run(check, env=env, capture_output=True, text=True, check=False)
        sent = [e["text"] for e in json.loads(done.stdout)["transcript"] if e["dir"] == "tx"]
        runs = {
            "interpreter start": [sys.executable, "-c", "pass"],
            f"mmcli -m {index}": ["mmcli", "-m", str(index)],
            f"check --port mm://{index}": check,
            "python + jeepney, the check's D-Bus calls only": [sys.executable, "-c", DBUS_ONLY,
                                                              str(index)],
            "python importing the check's modules only": [sys.executable, "-c", IMPORTS_ONLY],
        }
        for cmd in runs.values():
            timed(cmd, env)                                 # warm the bytecode cache
        walls: dict[str, list[float]] = {name: [] for name in runs}
        cpus: dict[str, list[float]] = {name: [] for name in runs}
        with_mm, without_mm = [], []
        for _ in range(args.runs):      # alternating, so drift moves every column alike
            for name, cmd in runs.items():
                wall, cpu = timed(cmd, env)
                walls[name].append(wall)
                cpus[name].append(cpu)
            with_mm.append(timed([sys.executable, "-m", "simtool", "ports", "--json"], env)[0])
            without_mm.append(timed([sys.executable, "-m", "simtool", "ports", "--json"],
                                    no_mm)[0])
    wall = {name: statistics.median(values) * 1000 for name, values in walls.items()}
    cpu = {name: statistics.median(values) * 1000 for name, values in cpus.items()}
    names = list(runs)
    start, mmcli, checked, dbus_only, imports_only = (wall[name] for name in names)
    base = start + mmcli
    print(f"{'':50s} {'wall ms':>8s} {'cpu ms':>7s} {'/ (start+mmcli)':>16s}")
    for name in names:
        print(f"{name:50s} {wall[name]:8.1f} {cpu[name]:7.1f} {wall[name] / base:16.2f}")
    print(f"ratio check / (start + mmcli) = {checked / base:.2f}   (target <= 1.5)")
    calls = [text.split(" on ")[0] for text in sent if not text.startswith("connect")]
    print(f"the check's D-Bus calls: {'; '.join(calls)}")
    rest = checked - dbus_only - imports_only + start
    print("where the check's wall time goes (medians; imports overlap the D-Bus waits):")
    print(f"  interpreter start                         {start:7.1f} ms")
    print(f"  the D-Bus calls, made from Python         {dbus_only - start:7.1f} ms")
    print(f"  importing simtool's modules               {imports_only - start:7.1f} ms")
    print(f"  the rest: reading, judging, output,       {rest:7.1f} ms")
    print("  less what the overlap saves")
    added = statistics.median(with_mm) - statistics.median(without_mm)
    print(f"simtool ports: {statistics.median(with_mm) * 1000:.1f} ms with ModemManager, "
          f"{statistics.median(without_mm) * 1000:.1f} ms without: adds {added * 1000:.1f} ms"
          "   (target <= 50 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
