"""The card history (simtool.report.history): checks indexed by ICCID, a card that moved to
another device, when it last worked, rebuilt from saved reports, cleared on request."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simtool import paths
from simtool.report.history import (
    card_history,
    cards_path,
    clear_history,
    list_history,
    load_cards,
    record_check,
    remember_device,
    save_to_history,
)
from simtool.runner import CheckOptions, run_check
from simtool.sim.scenarios import previous_device

ICCID = "89860012345678901234"


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))
    return tmp_path


def test_a_check_records_its_card_and_the_next_one_sees_it() -> None:
    first = run_check("sim://healthy?vendor=quectel", CheckOptions(history=True))
    assert first.facts.history is None                  # never seen before
    record = load_cards()[ICCID]
    assert record["last_passed"] == first.created
    assert record["last_passed_imei"] == first.facts.modem.imei
    again = run_check("sim://healthy?vendor=quectel", CheckOptions(history=True))
    assert again.facts.history is not None and again.facts.history.moved_from is None
    assert again.support.device_changed is False
    assert again.support.last_worked and first.created[:10] in again.support.last_worked


def test_a_card_that_worked_in_another_device_moved() -> None:
    worked = run_check("sim://healthy?vendor=quectel", CheckOptions(history=True))
    moved = run_check("sim://device-bound?vendor=quectel", CheckOptions(history=True))
    history = moved.facts.history
    assert history is not None and history.moved_from == worked.facts.modem.imei
    assert moved.facts.modem.imei != worked.facts.modem.imei
    assert moved.support.device_changed is True
    assert [d.imei for d in history.devices] == [worked.facts.modem.imei]
    data_path = next(c for c in moved.checks if c.id == "data-path")
    assert data_path.status == "manual" and "last worked in another device" in data_path.detail


def test_what_the_user_said_wins_over_the_history() -> None:
    from simtool.report.model import SupportInfo

    run_check("sim://healthy?vendor=quectel", CheckOptions(history=True))
    told = SupportInfo(last_worked="yesterday", device_changed=False)
    report = run_check("sim://device-bound?vendor=quectel",
                       CheckOptions(history=True, support=told))
    assert report.support.last_worked == "yesterday" and report.support.device_changed is False


def test_no_history_unless_asked() -> None:
    run_check("sim://healthy", CheckOptions())
    assert not cards_path().exists() and load_cards() == {}


def test_the_device_bound_fixture() -> None:
    record = previous_device("telit")
    remember_device(record["iccid"], record["imei"], record["last_seen"])
    report = run_check("sim://device-bound?vendor=telit", CheckOptions(history=True))
    assert report.facts.history is not None
    assert report.facts.history.moved_from == record["imei"]
    assert report.facts.history.last_passed == record["last_seen"]


def test_rebuilt_from_saved_reports_and_masked_ones_skipped() -> None:
    report = run_check("sim://healthy?vendor=ublox", CheckOptions())
    save_to_history(report)
    from simtool.report.redact import redact_report

    save_to_history(redact_report(run_check("sim://healthy?vendor=telit", CheckOptions())))
    assert not cards_path().exists()
    cards = load_cards()
    assert list(cards) == [ICCID]
    assert list(cards[ICCID]["devices"]) == [report.facts.modem.imei]


def test_clear_forgets_cards_and_deletes_saved_reports() -> None:
    report = run_check("sim://healthy", CheckOptions(history=True))
    save_to_history(report, "markdown")
    assert clear_history() == (1, 1)
    assert load_cards() == {} and list_history() == []
    assert card_history(ICCID, report.facts.modem.imei) is None


def test_a_broken_index_never_breaks_a_check() -> None:
    cards_path().parent.mkdir(parents=True, exist_ok=True)
    cards_path().write_text("{not json", encoding="utf-8")
    report = run_check("sim://healthy", CheckOptions(history=True))
    assert report.verdict.status == "ok"
    assert json.loads(cards_path().read_text(encoding="utf-8"))["cards"][ICCID]


def test_unreachable_and_unknown_cards_are_not_recorded() -> None:
    record_check(run_check("sim://no-sim", CheckOptions()))
    assert load_cards() == {}
    assert paths.data_dir().exists() is False or not cards_path().exists()
