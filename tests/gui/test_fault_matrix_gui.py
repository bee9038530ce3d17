"""The fault matrix for the app's worker (issue 14): every hostile modem of
tests/hostile_modem.py checked through ModemController and its worker thread, as the window
does. Each case asserts the outcome (a report, or the port reported lost) reached by the check's
own judgement, not by its deadline (the times are benchmarks/hostile_ports.py's: no timing
asserts in tests), a report the shipped JSON schema accepts, no PIN anywhere, and
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
# whose port check failed), or "lost" (the worker reports the port gone))
CASES: list[tuple[str, dict[str, Any], str]] = [
    ("healthy", {"mode": "healthy"}, "ok"),
    ("unplug", {"mode": "unplug", "after": 3}, "lost"),
    ("unplug-mid-reply", {"mode": "unplug-mid-reply", "after": 3}, "lost"),
    ("stall", {"mode": "stall", "after": 3}, "unreachable"),
    ("garbage", {"mode": "garbage"}, "unreachable"),
    ("nmea", {"mode": "nmea"}, "unreachable"),
    ("diag", {"mode": "diag"}, "unreachable"),
    ("huge-line", {"mode": "huge-line", "after": 3}, "ok"),
    ("firehose", {"mode": "firehose"}, "unreachable"),
    ("firehose-late", {"mode": "firehose", "after": 3}, "unreachable"),
    ("urc-flood", {"mode": "urc-flood"}, "ok"),
    ("urc-burst", {"mode": "urc-burst"}, "ok"),
    ("reboot", {"mode": "reboot", "after": 3}, "ok"),
    ("split", {"mode": "split"}, "ok"),
    ("nul", {"mode": "nul"}, "ok"),
    ("bad-utf8", {"mode": "bad-utf8"}, "ok"),
    ("no-carrier", {"mode": "wrong-final", "final": "NO CARRIER"}, "unreachable"),
    ("connect", {"mode": "wrong-final", "final": "CONNECT"}, "unreachable"),
    ("prompt", {"mode": "wrong-final", "final": "> "}, "unreachable"),
    ("cms-error", {"mode": "wrong-final", "final": "+CMS ERROR: 500"}, "inconclusive"),
    ("slow", {"mode": "slow", "first_delay": 2.0, "delay": 0.1}, "ok"),
    ("late-pin-echo", {"mode": "late-pin-echo"}, "ok"),
]


@pytest.mark.parametrize(("name", "options", "expected"), CASES,
                         ids=[case[0] for case in CASES])
def test_worker_fault_matrix(qtbot: Any, name: str, options: dict[str, Any],
                             expected: str) -> None:
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
    # Ended by its own judgement: nothing the worker said blames the check's deadline.
    said = [value if isinstance(value, str) else
            " ".join([value.verdict.summary, *(c.detail for c in value.checks)])
            for _, value in outcome if isinstance(value, (str, Report))]
    assert not any("deadline" in text.lower() for text in said), said
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
