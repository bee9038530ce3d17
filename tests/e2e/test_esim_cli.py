"""End to end: `python -m simtool check` on every eSIM scenario with every vendor, as a user
runs it: the verdict (text and JSON), the EID and profiles in the report, the JSON valid,
and with --redact no EID or profile ICCID left anywhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from simtool.report.schema import validate

VENDORS = ("generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom",
           "zte", "cinterion")
NO_CHANNELS = ("huawei", "zte")
EID = "89049032123451234512345678901235"
# scenario -> (verdict check, words of the verdict) when the eUICC can be read.
READABLE: dict[str, tuple[str | None, str]] = {
    "esim-empty": ("sim-present", "no profile"),
    "esim-disabled": ("sim-present", "none is enabled"),
    "esim-test-only": ("sim-health", "test profile"),
    "esim-wrong-profile": ("sim-health", "does not register here"),
    "healthy?esim=1": (None, "look right"),
}
# ... and on a modem that cannot reach it: the modem's own view, and a hint.
UNREADABLE: dict[str, str | None] = {
    "esim-empty": "sim-present", "esim-disabled": "sim-present",
    "esim-test-only": "registration", "esim-wrong-profile": "registration",
    "healthy?esim=1": None,
}
CASES = [(scenario, vendor) for scenario in READABLE for vendor in VENDORS]


def _url(scenario: str, vendor: str) -> str:
    return f"sim://{scenario}{'&' if '?' in scenario else '?'}vendor={vendor}"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture(scope="module")
def runs() -> Iterator[dict[tuple[str, str, str], subprocess.CompletedProcess[str]]]:
    jobs = [(s, v, fmt) for s, v in CASES for fmt in ("text", "json")]
    jobs += [("esim-disabled", "quectel", "redacted")]
    def one(job: tuple[str, str, str]) -> subprocess.CompletedProcess[str]:
        scenario, vendor, fmt = job
        extra = ["--format", "json", "--redact"] if fmt == "redacted" else ["--format", fmt]
        return _run("check", "--port", _url(scenario, vendor), *extra)
    with ThreadPoolExecutor(max_workers=4) as pool:
        yield dict(zip(jobs, pool.map(one, jobs), strict=True))


@pytest.mark.parametrize(("scenario", "vendor"), CASES)
def test_esim_scenario_verdict(runs, scenario: str, vendor: str) -> None:
    text = runs[(scenario, vendor, "text")]
    raw = runs[(scenario, vendor, "json")]
    assert "Traceback" not in text.stderr + raw.stderr
    report: dict[str, Any] = json.loads(raw.stdout)
    assert validate(report) == []
    verdict = report["verdict"]
    sim = report["sim"]
    if vendor in NO_CHANNELS:
        expected = UNREADABLE[scenario]
        assert verdict["check"] == expected
        assert sim["eid"] is None
        if expected == "sim-present":
            assert "not readable on this modem" in text.stdout
            assert "eSIM" in next(c["remedy"] for c in report["checks"]
                                  if c["id"] == "sim-present")
        return
    check, words = READABLE[scenario]
    assert verdict["check"] == check and words in verdict["summary"]
    assert raw.returncode == text.returncode == (0 if check is None else 1)
    assert sim["type"] == "esim" and sim["eid"] == EID and sim["esim_status"] == "profiles-read"
    assert text.stdout.splitlines()[0].startswith("✔" if check is None else "✘")
    # The text report shows the EID and every profile for the provider.
    assert f"EID: {EID}" in text.stdout
    for profile in sim["profiles"]:
        assert profile["iccid"] in text.stdout
    assert max(len(line) for line in text.stdout.splitlines()) <= 80


def test_redacted_report_hides_eid_and_iccids_everywhere(runs) -> None:
    done = runs[("esim-disabled", "quectel", "redacted")]
    report = json.loads(done.stdout)
    assert validate(report) == []
    assert report["sim"]["eid"].endswith("1235") and report["sim"]["eid"].startswith("*")
    # Not in the facts, the checks, the remedies nor the APDU hex of the transcript, plain
    # or nibble-swapped as the card stores ICCIDs.
    for secret in (EID, "89882000000000000013", "98880200000000000031"):
        assert secret not in done.stdout
