"""End to end: `python -m simtool check` on every simulator scenario, as a user runs it.

Each case is a real `simtool check` process on a sim:// port (the simulated modem behind
pyserial's URL handler, the same code path as hardware). The processes of one module run
concurrently (they share nothing: each opens its own simulated modem), so the whole table
costs about as much wall time as its slowest scenario.

What is checked for each scenario: the verdict and the exit code, the same in text and in
JSON; the JSON against the shipped schema with every contract key present; the text fits
80 columns; no traceback ever.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import pytest

from simtool.report.schema import load_schema, validate

# scenario URL -> (expected verdict check id, None for ok; expected exit code).
EXPECTED: dict[str, tuple[str | None, int]] = {
    "sim://healthy": (None, 0),
    "sim://no-sim": ("sim-present", 1),
    "sim://sim-failure": ("sim-health", 1),
    "sim://pin-locked": ("sim-lock", 1),
    "sim://puk-locked": ("sim-lock", 1),
    "sim://radio-off": ("radio", 1),
    "sim://no-signal": ("signal", 1),
    "sim://searching": ("registration", 1),
    "sim://registration-denied": ("registration", 1),
    "sim://roaming-not-allowed": ("registration", 1),
    "sim://not-subscribed": ("data-session", 1),
    "sim://auth-failed": ("data-session", 1),
    "sim://attach-rejected": ("data-attach", 1),
}
# The checklist may blame the APN itself or the refused session it causes.
WRONG_APN = "sim://wrong-apn"
# Registered with RSRP -121 dBm: the checklist gives `signal` a warn (service works).
WEAK = "sim://weak-signal"
# The SIM initialises for 3 s: the check waits for it and then judges a ready SIM.
BUSY = "sim://sim-busy?busy=3"
# flaky: dropped, garbled and stalled replies (2 s stalls: --timeout 3 survives them);
# reboot: a reset with an RDY/URC storm mid-check. Several seeds and reset points.
# What each gives (the simulator's flakes are deterministic from the seed, see
# simtool/sim/modem.py Modem._flake): url -> (verdict status, verdict check, exit code).
UNRULY_EXPECTED: dict[str, tuple[str, str | None, int]] = {
    "sim://flaky?seed=0": ("ok", None, 0),
    # The identity line's reply comes back garbled and the repeat's is dropped: never a final
    # result code to the first command, so the port counts as not answering AT.
    "sim://flaky?seed=1": ("problem", "port", 2),
    "sim://flaky?seed=3": ("ok", None, 0),
    "sim://flaky?seed=5": ("ok", None, 0),
    # The radio/SIM line's reply is lost, but the card registered: that proves them.
    "sim://flaky?seed=7": ("ok", None, 0),
    # The reset loses one reply; the check reads on and warns about the modem's power.
    "sim://reboot?after=2": ("ok", None, 0),
    "sim://reboot?after=4": ("ok", None, 0),
    "sim://reboot?after=6": ("ok", None, 0),
}
UNRULY = list(UNRULY_EXPECTED)
UNRULY_TIMEOUT = "3"
VENDORS = ("generic", "quectel", "huawei", "simcom", "sierra", "ublox", "telit", "fibocom",
           "zte", "cinterion")
PIN_LOCKED = [f"sim://pin-locked?vendor={vendor}" for vendor in VENDORS]

ALL_PORTS = [*EXPECTED, WRONG_APN, WEAK, BUSY, *UNRULY, *PIN_LOCKED]
TOP_KEYS = ("schema", "tool", "created", "port", "modem", "sim", "radio", "signal",
            "registration", "operator", "packet", "apn", "checks", "verdict", "transcript",
            "support",
            "notices", "router", "actions",     # added within version 1, after the
            "data_path", "history", "notes")    # original keys


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str


@dataclass(frozen=True)
class Checked:
    text: Run
    json: Run

    @property
    def report(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.json.stdout)
        return data


def simtool(*args: str) -> Run:
    done = subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})
    return Run(done.returncode, done.stdout, done.stderr)


def check(url: str, fmt: str) -> Run:
    extra = ["--timeout", UNRULY_TIMEOUT] if url in UNRULY else []
    return simtool("check", "--port", url, "--format", fmt, *extra)


@pytest.fixture(scope="module")
def checked() -> Iterator[dict[str, Checked]]:
    """Every port of this module checked once in text and once in JSON, concurrently: as
    many processes at a time as the machine has cores (more only make each slower, and the
    unruly modems' 2 s stalls must stay within their 3 s timeout)."""
    jobs = [(url, fmt) for url in ALL_PORTS for fmt in ("text", "json")]
    with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as pool:
        runs = dict(zip(jobs, pool.map(lambda job: check(*job), jobs), strict=True))
    yield {url: Checked(runs[(url, "text")], runs[(url, "json")]) for url in ALL_PORTS}


def no_traceback(run: Run) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    assert "Traceback" not in run.stdout


def text_verdict(text: str, titles: dict[str, str]) -> str | None:
    """The check id the text output blames: the first check marked failed, None when the
    headline says no problem."""
    first = text.splitlines()[0]
    if first.startswith(("✔ No problem found", "+ No problem found")):
        return None
    assert first.startswith(("✘ Problem found", "x Problem found")), first
    by_title = {title: check_id for check_id, title in titles.items()}
    for line in text.splitlines():
        stripped = line.strip()
        if stripped[:2] in ("✘ ", "x ") and stripped[2:] in by_title:
            return by_title[stripped[2:]]
    raise AssertionError(f"no failed check in the text output:\n{text}")


def titles_of(report: dict[str, Any]) -> dict[str, str]:
    return {c["id"]: c["title"] for c in report["checks"]}


def status_of(report: dict[str, Any], check_id: str) -> str:
    statuses = {c["id"]: c["status"] for c in report["checks"]}
    return statuses[check_id]


@pytest.mark.parametrize("url", list(EXPECTED))
def test_scenario_gives_its_verdict_in_text_and_json(checked: dict[str, Checked],
                                                     url: str) -> None:
    expected_check, expected_code = EXPECTED[url]
    result = checked[url]
    no_traceback(result.text)
    no_traceback(result.json)
    report = result.report
    assert report["verdict"]["check"] == expected_check
    assert report["verdict"]["status"] == ("ok" if expected_check is None else "problem")
    assert result.json.returncode == expected_code
    assert result.text.returncode == expected_code
    assert text_verdict(result.text.stdout, titles_of(report)) == expected_check
    if expected_check is not None:
        assert status_of(report, expected_check) == "fail"


def test_wrong_apn_is_blamed_on_the_apn_or_the_session(checked: dict[str, Checked]) -> None:
    result = checked[WRONG_APN]
    report = result.report
    assert report["verdict"]["check"] in ("apn", "data-session")
    assert result.json.returncode == result.text.returncode == 1
    assert text_verdict(result.text.stdout, titles_of(report)) == report["verdict"]["check"]
    # The user is shown what the modem has and what the operator expects.
    assert report["apn"]["configured"] == "internet"
    assert "cmnet" in report["apn"]["expected"]


def test_weak_signal_is_a_warning_not_a_failure(checked: dict[str, Checked]) -> None:
    result = checked[WEAK]
    report = result.report
    # The checklist gives a warn: registered and data up, but RSRP -121 dBm.
    assert status_of(report, "signal") == "warn"
    assert report["signal"]["rsrp_dbm"] == -121
    assert report["verdict"]["status"] == "ok"
    assert result.json.returncode == result.text.returncode == 0
    assert "Signal" in report["verdict"]["summary"]


def test_busy_sim_is_waited_for_and_ends_ready(checked: dict[str, Checked]) -> None:
    result = checked[BUSY]
    report = result.report
    assert report["sim"]["state"] == "ready"
    assert status_of(report, "sim-health") == "pass"
    assert status_of(report, "sim-lock") == "pass"
    assert report["verdict"]["check"] not in ("sim-present", "sim-health", "sim-lock")
    # The modem said busy (+CME ERROR: 14) before it said ready: the wait really happened.
    received = "".join(e["text"] for e in report["transcript"] if e["dir"] == "rx")
    assert "+CME ERROR: 14" in received
    assert result.json.returncode == 0


@pytest.mark.parametrize("url", UNRULY)
def test_flaky_and_rebooting_modems_end_with_a_verdict(checked: dict[str, Checked],
                                                       url: str) -> None:
    result = checked[url]
    no_traceback(result.text)
    no_traceback(result.json)
    report = result.report
    assert validate(report) == []
    status, check_id, code = UNRULY_EXPECTED[url]
    assert (report["verdict"]["status"], report["verdict"]["check"]) == (status, check_id)
    assert result.json.returncode == result.text.returncode == code
    headline = {"ok": "No problem found", "problem": "Problem found"}[status]
    assert result.text.stdout.splitlines()[0].split(" ", 1)[1].startswith(headline)
    statuses = {c["id"]: c["status"] for c in report["checks"]}
    if url.startswith("sim://reboot"):
        # The reset was seen (RDY mid-check) and blamed on the power supply.
        assert statuses["power"] == "warn"
        power = next(c for c in report["checks"] if c["id"] == "power")
        assert power["detail"].startswith("the modem restarted during the check (RDY at ")
    elif status == "ok":
        assert statuses["registration"] == "pass"
    if url == "sim://flaky?seed=1":
        assert report["port"]["url"] == url and statuses["port"] == "fail"
        assert statuses["registration"] == "skip"
        # It garbled its replies: a modem is there, and the user is not sent to other ports.
        port = next(c for c in report["checks"] if c["id"] == "port")
        assert "replies come back garbled or cut off" in port["detail"]
        assert "not the modem's AT port" not in report["verdict"]["summary"]
    if url == "sim://flaky?seed=7":
        assert (statuses["radio"], statuses["sim-present"]) == ("error", "error")


@pytest.mark.parametrize("url", PIN_LOCKED)
def test_every_vendor_reports_pin_retries(checked: dict[str, Checked], url: str) -> None:
    report = checked[url].report
    assert report["sim"]["state"] == "pin-required"
    assert report["sim"]["pin_retries"] == 3
    assert report["verdict"]["check"] == "sim-lock"
    # The user sees the count where it matters: in the verdict.
    assert "3 attempts left" in report["verdict"]["summary"]


@pytest.mark.parametrize("url", ALL_PORTS)
def test_json_follows_the_shipped_schema(checked: dict[str, Checked], url: str) -> None:
    report = checked[url].report
    assert validate(report) == []
    assert report["schema"] == "simtool.report/1"
    assert tuple(report) == TOP_KEYS or set(report) == set(TOP_KEYS)


def _missing_keys(value: Any, schema: dict[str, Any], root: dict[str, Any],
                  where: str) -> Iterator[str]:
    """Keys the schema declares for an object that the object leaves out (unknown must be
    null, never omitted)."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        yield from _missing_keys(value, root["$defs"][name], root, where)
        return
    for option in schema.get("anyOf", []) + schema.get("oneOf", []):
        yield from _missing_keys(value, option, root, where)
    if isinstance(value, dict):
        for key, sub in schema.get("properties", {}).items():
            if key not in value:
                yield f"{where}.{key}"
            else:
                yield from _missing_keys(value[key], sub, root, f"{where}.{key}")
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from _missing_keys(item, schema["items"], root, f"{where}[{index}]")


@pytest.mark.parametrize("url", ["sim://healthy", "sim://no-sim", "sim://registration-denied",
                                 "sim://radio-off"])
def test_every_key_is_present_and_unknown_is_null(checked: dict[str, Checked],
                                                  url: str) -> None:
    report = checked[url].report
    schema = load_schema()
    assert list(_missing_keys(report, schema, schema, "$")) == []


def test_unknown_values_are_null_not_omitted(checked: dict[str, Checked]) -> None:
    # No SIM: nothing about the card can be known, and the report says so with nulls.
    sim = checked["sim://no-sim"].report["sim"]
    assert sim["state"] == "not-inserted"
    assert sim["iccid"] is None and sim["imsi"] is None and sim["msisdn"] is None
    # The radio is off: no cell measured.
    signal = checked["sim://radio-off"].report["signal"]
    assert signal["rsrp_dbm"] is None and signal["sinr_db"] is None


@pytest.mark.parametrize("url", [*EXPECTED, WRONG_APN, WEAK])
def test_text_fits_80_columns_verdict_first_and_every_failure_has_a_next_step(
        checked: dict[str, Checked], url: str) -> None:
    text = checked[url].text.stdout
    report = checked[url].report
    too_wide = [line for line in text.splitlines() if len(line) > 80]
    assert too_wide == []
    assert "\x1b[" not in text  # no colour when the output is not a terminal
    assert text.splitlines()[0].split(" ", 1)[1].startswith(
        ("No problem found", "Problem found"))
    if report["verdict"]["status"] == "problem":
        assert "Next steps" in text
        assert all(c["remedy"] for c in report["checks"] if c["status"] == "fail")


@pytest.mark.parametrize("url", ALL_PORTS)
def test_no_failing_check_lacks_a_remedy(checked: dict[str, Checked], url: str) -> None:
    report = checked[url].report
    for check_result in report["checks"]:
        if check_result["status"] in ("fail", "warn"):
            assert check_result["remedy"], check_result
