"""The fault matrix for the app's worker (issue 14): every hostile modem of
tests/hostile_modem.py checked through ModemController and its worker thread, as the window
does. Each case asserts the outcome (a report, or the port reported lost), a time bound far
below the check's deadline, a report the shipped JSON schema accepts, no PIN anywhere, and
that nothing but reads and put-back settings reached the modem. The event loop keeps
running all along (the waits below spin it)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from hostile_modem import HostileModem, writes  # noqa: E402

from simtool.gui.worker import ModemController  # noqa: E402
from simtool.report.model import Report  # noqa: E402
from simtool.report.schema import validate  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

# (case, modem options, expected verdict "ok"/"inconclusive", or "unreachable" (a report
# whose port check failed), or "lost" (the worker reports the port gone), bound in seconds)
CASES: list[tuple[str, dict[str, Any], str, float]] = [
    ("healthy", {"mode": "healthy"}, "ok", 6),
    ("unplug", {"mode": "unplug", "after": 3}, "lost", 6),
    ("unplug-mid-reply", {"mode": "unplug-mid-reply", "after": 3}, "lost", 6),
    ("stall", {"mode": "stall", "after": 3}, "unreachable", 10),
    ("garbage", {"mode": "garbage"}, "unreachable", 8),
    ("nmea", {"mode": "nmea"}, "unreachable", 8),
    ("diag", {"mode": "diag"}, "unreachable", 8),
    ("huge-line", {"mode": "huge-line", "after": 3}, "ok", 8),
    ("firehose", {"mode": "firehose"}, "unreachable", 10),
    ("firehose-late", {"mode": "firehose", "after": 3}, "unreachable", 10),
    ("urc-flood", {"mode": "urc-flood"}, "ok", 6),
    ("urc-burst", {"mode": "urc-burst"}, "ok", 6),
    ("reboot", {"mode": "reboot", "after": 3}, "ok", 6),
    ("split", {"mode": "split"}, "ok", 6),
    ("nul", {"mode": "nul"}, "ok", 6),
    ("bad-utf8", {"mode": "bad-utf8"}, "ok", 6),
    ("no-carrier", {"mode": "wrong-final", "final": "NO CARRIER"}, "unreachable", 6),
    ("connect", {"mode": "wrong-final", "final": "CONNECT"}, "unreachable", 6),
    ("prompt", {"mode": "wrong-final", "final": "> "}, "unreachable", 8),
    ("cms-error", {"mode": "wrong-final", "final": "+CMS ERROR: 500"}, "inconclusive", 6),
    ("slow", {"mode": "slow", "first_delay": 2.0, "delay": 0.1}, "ok", 8),
    ("late-pin-echo", {"mode": "late-pin-echo"}, "ok", 6),
]


@pytest.mark.parametrize(("name", "options", "expected", "bound"), CASES,
                         ids=[case[0] for case in CASES])
def test_worker_fault_matrix(qtbot: Any, name: str, options: dict[str, Any], expected: str,
                             bound: float) -> None:
    controller = ModemController()
    controller.io_thread.start()
    outcome: list[tuple[str, object]] = []
    controller.check_finished.connect(lambda report: outcome.append(("report", report)))
    controller.port_lost.connect(lambda message: outcome.append(("lost", message)))
    controller.open_failed.connect(lambda url, message, report: outcome.append(
        ("open-failed", message)))
    controller.failed.connect(lambda message: outcome.append(("failed", message)))
    try:
        with qtbot.waitSignal(controller.warmed_up, timeout=60_000):
            pass
        with HostileModem(**options) as modem:
            before = (modem.modem.cops_format, dict(modem.modem.reg_n))
            started = time.monotonic()
            controller.open(modem.path)
            qtbot.waitUntil(lambda: bool(outcome) and (
                outcome[-1][0] != "report" or expected != "lost"), timeout=30_000)
            if expected == "lost":
                qtbot.waitUntil(lambda: any(kind == "lost" for kind, _ in outcome),
                                timeout=30_000)
            seconds = time.monotonic() - started
            received = list(modem.received)
            after = (modem.modem.cops_format, dict(modem.modem.reg_n))
    finally:
        controller.shutdown()
    log = os.environ.get("SIMTOOL_MATRIX_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{name} gui-worker {expected} {seconds:.2f}\n")

    kinds = [kind for kind, _ in outcome]
    assert "failed" not in kinds and "open-failed" not in kinds, outcome
    assert seconds < bound, f"{seconds:.1f} s"
    reports = [value for kind, value in outcome if kind == "report"]
    if expected == "lost":
        assert "lost" in kinds
    else:
        assert reports, outcome
        report = reports[-1]
        assert isinstance(report, Report)
        data = report.to_dict()
        validate(json.loads(json.dumps(data)))
        if expected == "unreachable":
            assert report.facts.reachable is False
            port = next(check for check in report.checks if check.id == "port")
            assert "answers AT commands" not in port.detail
        else:
            assert report.facts.reachable is True
            assert report.verdict.status == expected, report.verdict
    for report in reports:
        assert "+CPIN=" not in json.dumps(report.to_dict())
    assert not writes(received)
    if options["mode"] not in ("unplug", "unplug-mid-reply", "reboot"):
        assert after == before
