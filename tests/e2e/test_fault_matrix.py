"""The fault matrix (issue 14): every hostile modem of tests/hostile_modem.py against every
command that talks to a modem - `check` (JSON and text), `unlock`, `apn --set`, `apn --undo` -
each as its own `python -m simtool` process on a real pseudo-terminal (the app's worker has
its own matrix in tests/gui/test_fault_matrix_gui.py).

Each case asserts: the exit code; that the check ended by its own judgement, not by its
deadline, in a bounded conversation (how long each takes is benchmarks/hostile_ports.py's
business: no timing asserts in tests); JSON that the shipped schema accepts; no traceback;
no PIN in any output or the -vv log; and what reached the modem (read-only stays read-only,
one PIN attempt at most, one APN write at most, every report format put back). Timeouts are
short (--timeout 1, --deadline 20) to keep the matrix quick;
test_defaults_end_with_the_true_message_not_the_deadline runs the worst ports with the
defaults. SIMTOOL_MATRIX_LOG=FILE appends "case command exit seconds lines deadline" lines
there.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from hostile_modem import HostileModem, command_parts, writes  # noqa: E402

from simtool.report.schema import validate  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

PIN = "9731"            # wrong for the simulated SIM (1234), and in no identifier it reports
TIMEOUT = "1"
DEADLINE = "20"
COMMANDS = ("check-json", "check-text", "unlock", "apn-set", "apn-undo")
MAX_LINES = 20          # command lines one command sends a modem, at most (a check: 15)


@dataclass(frozen=True)
class Case:
    name: str
    mode: str
    options: dict[str, Any] = field(default_factory=dict)
    exits: dict[str, int] = field(default_factory=dict)     # per command; default below
    default_exit: int = 0
    extra: tuple[str, ...] = ()         # more CLI options


# Exit codes when a command meets a working modem: check 0; unlock 1 (the PIN is wrong on
# purpose: it must never leak, and a wrong one is what shows that); apn 0.
HEALTHY = {"unlock": 1}
UNREACHABLE = {command: 2 for command in COMMANDS}

CASES = (
    Case("healthy", "healthy", exits=HEALTHY),
    Case("unplug", "unplug", {"after": 3}, exits=UNREACHABLE),
    Case("unplug-mid-reply", "unplug-mid-reply", {"after": 3}, exits=UNREACHABLE),
    Case("stall", "stall", {"after": 3}, exits=UNREACHABLE),
    Case("garbage", "garbage", exits=UNREACHABLE),
    Case("nmea", "nmea", exits=UNREACHABLE),
    Case("diag", "diag", exits=UNREACHABLE),
    Case("huge-line", "huge-line", {"after": 3}, exits={**HEALTHY}),
    Case("firehose", "firehose", exits=UNREACHABLE),
    Case("firehose-late", "firehose", {"after": 3}, exits=UNREACHABLE),
    Case("urc-flood", "urc-flood", exits=HEALTHY),
    Case("urc-burst", "urc-burst", exits=HEALTHY),
    # The reset hits apn's write (its fourth command): not applied, and said so (exit 1).
    Case("reboot", "reboot", {"after": 3}, exits={**HEALTHY, "apn-set": 1, "apn-undo": 1}),
    Case("split", "split", exits=HEALTHY),
    Case("nul", "nul", exits=HEALTHY),
    # The PDP type reads back garbled ('\ufffdIP'): apn --set will not keep it (exit 1).
    Case("bad-utf8", "bad-utf8", exits={**HEALTHY, "apn-set": 1}),
    Case("no-carrier", "wrong-final", {"final": "NO CARRIER"}, exits=UNREACHABLE),
    Case("busy", "wrong-final", {"final": "BUSY"}, exits=UNREACHABLE),
    Case("connect", "wrong-final", {"final": "CONNECT 150000000"}, exits=UNREACHABLE),
    Case("prompt", "wrong-final", {"final": "> "}, exits=UNREACHABLE),
    Case("cms-error", "wrong-final", {"final": "+CMS ERROR: 500"}, exits={
        "check-json": 1, "check-text": 1, "unlock": 1, "apn-set": 1, "apn-undo": 1}),
    # The first answer takes 2 s: an explicit --timeout 3 waits for it (it used to give up
    # after min(3, --timeout) and say "not the AT port").
    Case("slow", "slow", {"first_delay": 2.0, "delay": 0.1}, exits=HEALTHY, extra=(
        "--timeout", "3")),
    Case("late-pin-echo", "late-pin-echo", exits=HEALTHY),
)

def _simtool(args: list[str], home: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "NO_COLOR": "1", "SIMTOOL_HOME": str(home), "PIN": PIN}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    return done, time.monotonic() - started


def _log(case: str, command: str, code: int, seconds: float, lines: int = -1,
         deadline: bool = False) -> None:
    target = os.environ.get("SIMTOOL_MATRIX_LOG")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"{case} {command} {code} {seconds:.2f} {lines} {deadline}\n")


def _prepare_undo(home: Path) -> None:
    """An APN change on this (simulated) modem to undo: same IMEI, same undo file."""
    with HostileModem() as modem:
        done, _ = _simtool(["apn", "--port", modem.path, "--set", "cmnet2", "--allow-write"],
                           home)
    assert done.returncode == 0, done.stderr


def _args(command: str, path: str, case: Case) -> list[str]:
    common = ["-vv", "--port", path, "--timeout", TIMEOUT, *case.extra]
    if command == "check-json":
        return ["check", *common, "--format", "json", "--deadline", DEADLINE]
    if command == "check-text":
        return ["check", *common, "--format", "text", "--deadline", DEADLINE]
    if command == "unlock":
        return ["unlock", *common, "--pin-env", "PIN"]
    if command == "apn-set":
        return ["apn", *common, "--set", "cmnet2", "--allow-write"]
    return ["apn", *common, "--undo", "--allow-write"]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_fault_matrix(case: Case, command: str, tmp_path: Path) -> None:
    if command == "apn-undo":
        _prepare_undo(tmp_path)
    scenario = "pin-locked" if command == "unlock" else "healthy"
    with HostileModem(case.mode, scenario=scenario, **case.options) as modem:
        if command == "apn-undo":
            modem.modem.contexts[1].apn = "cmnet2"       # as _prepare_undo left it
        before = (modem.modem.cops_format, dict(modem.modem.reg_n))
        done, seconds = _simtool(_args(command, modem.path, case), tmp_path)
        received = list(modem.received)
        after = (modem.modem.cops_format, dict(modem.modem.reg_n), modem.modem.cfun)
    output = done.stdout + done.stderr
    _log(case.name, command, done.returncode, seconds, len(received), "deadline" in output.lower())

    assert done.returncode == case.exits.get(command, case.default_exit), output[-2000:]
    # It ended by its own judgement, not because the 20 s deadline cut it short (that was a
    # time bound of 8 s here; the times are benchmarks/hostile_ports.py's), and without
    # asking a hostile modem again and again: the longest conversation is 15 lines.
    assert "deadline" not in output.lower(), output[-2000:]
    assert len(received) <= MAX_LINES, received
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert not re.search(rf"(?<![0-9]){PIN}(?![0-9])", output)   # (not in "t": 0.009731)
    commands = [part for line in received for part in command_parts(line)]
    if command.startswith("check"):
        assert not writes(received)                    # read-only stays read-only
        if case.mode not in ("unplug", "unplug-mid-reply", "reboot"):
            assert after[:2] == before                 # every setting put back
    if command == "unlock":
        assert sum(part.startswith("+CPIN=") for part in commands) <= 1
    if command.startswith("apn"):
        assert sum(part.startswith("+CGDCONT=") for part in commands) <= 1
        assert not any(part.startswith("+CFUN=") for part in commands)
    if command == "check-json" and done.stdout.strip():
        report = json.loads(done.stdout)
        validate(report)
        assert report["transcript"] and len(done.stdout) < 2_000_000
        if done.returncode == 2:
            port = next(check for check in report["checks"] if check["id"] == "port")
            assert port["status"] == "fail" and "answers AT commands" not in port["detail"]


@pytest.mark.parametrize(("mode", "options"), [
    ("garbage", {}), ("stall", {"after": 3}), ("firehose", {}), ("nmea", {}),
])
def test_defaults_end_with_the_true_message_not_the_deadline(mode: str, options: dict[str, Any],
                                         tmp_path: Path) -> None:
    # The done-when of issue 14, with no --timeout or --deadline: a binary, a silent and a
    # flooding port end with exit 2 and a true message within 10 s (they took 2-4 minutes).
    with HostileModem(mode, **options) as modem:
        done, seconds = _simtool(["check", "--port", modem.path, "--format", "json"], tmp_path)
    _log(f"{mode}-defaults", "check-json", done.returncode, seconds)
    assert done.returncode == 2, (done.returncode, seconds)
    port = next(c for c in json.loads(done.stdout)["checks"] if c["id"] == "port")
    # The true message, not the default deadline's (120 s): ports like these used to take
    # 2-4 minutes, so the deadline would have ended them. (The seconds, against the 10 s
    # target: benchmarks/hostile_ports.py.)
    assert "deadline" not in port["detail"], port["detail"]
    expected = {"garbage": "binary", "stall": "stopped answering", "firehose": "without end",
                "nmea": "NMEA"}[mode]
    assert expected in port["detail"], port["detail"]
