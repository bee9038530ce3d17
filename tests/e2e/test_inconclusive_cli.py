"""End to end (issue 21, hole 2): `simtool check` exits 1 when the verdict is inconclusive.

The simulated modem refuses chosen commands with a plain ERROR (`refuse=` of sim://, see
simtool.sim.modem), so facts go unread the way they do on firmware that lacks a command.
Each simtool is its own `python -m simtool` process, as a monitoring script runs it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from simtool.report.schema import validate

REGISTRATION = "CREG,CEREG,CGREG,C5GREG"


def check(url: str, *args: str) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-m", "simtool", "check", "--port", url, *args],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, done.stdout, done.stderr


def as_json(url: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = check(url, "--format", "json")
    report: dict[str, Any] = json.loads(out)
    assert validate(report) == []
    return code, report


def unread(report: dict[str, Any]) -> list[str]:
    return sorted(c["id"] for c in report["checks"] if c["status"] == "error")


def test_unreadable_registration_is_inconclusive_and_exits_1() -> None:
    code, report = as_json(f"sim://healthy?refuse={REGISTRATION}")
    assert unread(report) == ["registration"]
    assert report["verdict"]["status"] == "inconclusive"
    assert report["verdict"]["check"] is None
    assert code == 1


def test_inconclusive_text_says_no_verdict_and_exits_1() -> None:
    code, out, _ = check(f"sim://healthy?refuse={REGISTRATION}")
    assert code == 1
    first = out.splitlines()[0]
    assert "Inconclusive" in first and "Network registration" in out
    assert "Problem found" not in first


@pytest.mark.parametrize(("refused", "errors", "status", "code"), [
    # The card registered: two unread facts still give a verdict, a third takes it away.
    ("CSQ,CESQ,CFUN", ["radio", "signal"], "ok", 0),
    ("CSQ,CESQ,CFUN,CGDCONT", ["apn", "radio", "signal"], "inconclusive", 1),
], ids=["two-unread", "three-unread"])
def test_one_more_unread_fact_turns_ok_into_inconclusive(refused: str, errors: list[str],
                                                         status: str, code: int) -> None:
    exit_code, report = as_json(f"sim://healthy?refuse={refused}")
    assert unread(report) == errors
    assert report["verdict"]["status"] == status
    assert exit_code == code
