"""The app's Test the connection button (issue 15): on the data steps it asks first, runs
the data-path test in the worker and shows the blocked verdict with the evidence; vendors
without a TCP/IP stack say "not testable" and keep the verdict. Plus the card history: the
"last worked" field filled from it, and Clear the card history."""

from __future__ import annotations

from pathlib import Path

import pytest

from simtool.gui.fixes import ConfirmFix
from simtool.gui.history import ConfirmClearHistory
from simtool.report.history import load_cards

CHECK_TIMEOUT_MS = 60_000
STACKS = ("quectel", "simcom", "ublox", "telit", "fibocom")
SCENARIOS = ("arrears-blocked", "quota-exhausted", "device-bound")


@pytest.fixture(autouse=True)
def own_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def ask(_cls, _parent, question: str, _verb=None) -> bool:  # type: ignore[no-untyped-def]
        asked.append(question)
        return True

    monkeypatch.setattr(ConfirmFix, "ask", classmethod(ask))
    return asked


def press_test_the_connection(qtbot, window, step: str = "data-session"):  # type: ignore[no-untyped-def]
    """Press Test the connection on `step`; the report shown after the test."""
    window.controller.worker.data_test_timeout = 1.0
    window.wizard.select_step(step)
    page = window.wizard.step_page
    button = page.fix_buttons[page.fixes.index("connect-test")]
    assert button.isVisibleTo(page) and "Test the connection" in button.text()
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        button.click()
    return blocker.args[0]


@pytest.mark.parametrize("vendor", STACKS)
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_the_button_finds_the_block(qtbot, window, run_check, questions,  # type: ignore[no-untyped-def]
                                    scenario: str, vendor: str) -> None:
    before = run_check(window, f"sim://{scenario}?vendor={vendor}")
    assert before.facts.data_path is None
    after = press_test_the_connection(qtbot, window)
    assert len(questions) >= 1 and "Test whether traffic passes" in questions[0]
    assert after.verdict.status == "problem" and after.verdict.check == "data-path"
    assert after.verdict.summary.startswith("The operator blocks data on this card")
    # The wizard lands on the cause, with its evidence and what to do.
    assert window.wizard.verdict_id == "data-path"
    page = window.wizard.step_page
    assert page.result is not None and page.result.id == "data-path"
    assert "Top up or renew the plan" in page.remedy.text()
    if scenario != "device-bound" and vendor != "quectel":
        assert "Operator notice of" in page.detail.text()
    # A blocked card offers the balance and testing again.
    assert page.fixes == ["balance", "connect-test"]


def test_unread_sms_are_read_only_when_allowed(qtbot, window, run_check,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:
    answers = iter([True, False])
    asked: list[str] = []

    def ask(_cls, _parent, question: str, _verb=None) -> bool:  # type: ignore[no-untyped-def]
        asked.append(question)
        return next(answers)

    monkeypatch.setattr(ConfirmFix, "ask", classmethod(ask))
    before = run_check(window, "sim://arrears-blocked?vendor=quectel")
    assert before.facts.unread_sms_skipped == 2
    after = press_test_the_connection(qtbot, window)
    assert "2 unread SMS" in asked[1] and "marks them read" in asked[1]
    assert after.facts.unread_sms_skipped == 2 and after.facts.unread_sms_marked == 0


def test_without_a_stack_the_verdict_stays(qtbot, window, run_check, questions  # type: ignore[no-untyped-def]
                                           ) -> None:
    before = run_check(window, "sim://healthy")
    after = press_test_the_connection(qtbot, window, "data-path")
    assert after.facts.data_path is not None
    assert after.facts.data_path.outcome == "not-testable"
    assert after.verdict.status == before.verdict.status == "ok"
    assert window.wizard.step_page.result is not None


def test_nothing_happens_when_the_user_says_no(qtbot, window, run_check, monkeypatch,  # type: ignore[no-untyped-def]
                                               settle) -> None:
    monkeypatch.setattr(ConfirmFix, "ask",
                        classmethod(lambda cls, parent, question, verb=None: False))
    run_check(window, "sim://arrears-blocked?vendor=simcom")
    window.wizard.select_step("data-session")
    page = window.wizard.step_page
    started: list[str] = []
    window.controller.action_started.connect(started.append)
    page.fix_buttons[page.fixes.index("connect-test")].click()
    assert not window.controller.checking
    settle(window)                            # all the click set in motion has run
    assert started == []
    assert not window.controller.checking
    assert window.report.facts.data_path is None


def test_last_worked_comes_from_the_history_and_history_clears(qtbot, window, run_check,  # type: ignore[no-untyped-def]
                                                               monkeypatch) -> None:
    worked = run_check(window, "sim://healthy?vendor=telit")
    again = run_check(window, "sim://healthy?vendor=telit")
    assert worked.created[:10] in window.wizard.contact_page.last_worked.text()
    assert again.support.device_changed is False
    assert load_cards()
    monkeypatch.setattr(ConfirmClearHistory, "ask", classmethod(lambda cls, parent: True))
    window.clear_history_action.trigger()
    assert load_cards() == {}
    assert "Forgot 1 card" in window.statusBar().currentMessage()
