"""Offline replay (simtool.sources.at.replay): the checklist re-run on the AT transcript of a
saved report, through the replay:// port, must reach the verdict the modem itself gave."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from simtool.report.model import SupportInfo
from simtool.runner import CheckOptions, replay_report, run_check
from simtool.sources.at.replay import ReplayError

OPTIONS = CheckOptions(timeout=3, probe_timeout=1, sim_busy_wait=5)


def saved_report(tmp_path: Path, url: str, **support: Any) -> tuple[Path, dict[str, Any]]:
    options = CheckOptions(timeout=3, probe_timeout=1, sim_busy_wait=5,
                           support=SupportInfo(**support) if support else None)
    data = run_check(url, options).to_dict()
    path = tmp_path / "report.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, data


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {c["id"]: c["status"] for c in report["checks"]}


@pytest.mark.parametrize("url", [
    "sim://healthy", "sim://no-sim", "sim://sim-failure", "sim://pin-locked?vendor=huawei",
    "sim://puk-locked?vendor=sierra", "sim://radio-off", "sim://no-signal",
    "sim://weak-signal", "sim://searching", "sim://registration-denied",
    "sim://roaming-not-allowed", "sim://wrong-apn", "sim://not-subscribed",
    "sim://auth-failed", "sim://attach-rejected", "sim://sim-busy?busy=1",
])
def test_replay_reaches_the_recorded_verdict(tmp_path: Path, url: str) -> None:
    path, original = saved_report(tmp_path, url)
    replayed = replay_report(path, CheckOptions(timeout=3, probe_timeout=1, sim_busy_wait=5))
    assert replayed.verdict.status == original["verdict"]["status"]
    assert replayed.verdict.check == original["verdict"]["check"]
    assert statuses(replayed.to_dict()) == statuses(original)
    assert replayed.facts.sim.pin_retries == original["sim"]["pin_retries"]
    assert replayed.facts.port.url == url     # the recorded port, not replay://


def test_replay_keeps_what_the_user_said(tmp_path: Path) -> None:
    path, _original = saved_report(tmp_path, "sim://not-subscribed", symptom="no internet",
                                   last_worked="yesterday", device_changed=False)
    replayed = replay_report(path)
    assert replayed.support.symptom == "no internet"
    assert replayed.support.last_worked == "yesterday"


def test_replay_ignores_support_fields_it_does_not_know(tmp_path: Path) -> None:
    path, data = saved_report(tmp_path, "sim://healthy")
    data["support"]["mood"] = "grumpy"          # a newer or hand-edited report
    path.write_text(json.dumps(data), encoding="utf-8")
    assert replay_report(path).verdict.status == "ok"


@pytest.mark.parametrize("content", [
    "[1, 2, 3]", '"a string"', "{}", '{"hello": "world"}',
    '{"schema": "other/1", "transcript": [{"t": 0, "dir": "tx", "text": "AT\\r"}]}',
    '{"schema": "simtool.report/1", "transcript": []}',
    '{"schema": "simtool.report/1", "transcript": "AT"}',
    '{"schema": "simtool.report/1", "transcript": [1, 2]}',
    "not json", "",
])
def test_a_file_that_is_not_a_report_is_a_replay_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "notes.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ReplayError) as raised:
        replay_report(path)
    assert str(path) in str(raised.value)


def test_a_missing_file_is_a_replay_error(tmp_path: Path) -> None:
    with pytest.raises(ReplayError):
        replay_report(tmp_path / "gone.json")


def test_an_unreachable_modems_report_has_nothing_to_replay(tmp_path: Path) -> None:
    path, data = saved_report(tmp_path, "/dev/ttyUSB99")
    assert data["transcript"] == []
    with pytest.raises(ReplayError):
        replay_report(path)


@pytest.mark.parametrize("url", ["sim://healthy", "sim://wrong-apn"])
def test_replay_of_a_redacted_report_still_judges_the_apn(tmp_path: Path, url: str) -> None:
    # Support desks mostly get reports made with --redact: the IMSI in the transcript is
    # masked, but the report keeps the home network, which is all the APN check needs.
    from simtool.report.redact import redact_report

    report = run_check(url, OPTIONS)
    redacted = redact_report(report).to_dict()
    assert "460001357924680" not in json.dumps(redacted)
    path = tmp_path / "redacted.json"
    path.write_text(json.dumps(redacted), encoding="utf-8")
    replayed = replay_report(path, CheckOptions(timeout=3, probe_timeout=1, sim_busy_wait=5))
    assert statuses(replayed.to_dict()) == statuses(report.to_dict())
    assert replayed.verdict.check == report.verdict.check
    assert replayed.facts.apn.expected == report.facts.apn.expected
