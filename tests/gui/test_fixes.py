"""Fixes offered on a failing step (issue 7, app side): each asks first, then the app checks
again and the step passes. Dialogs are replaced by their `ask` class methods."""

from __future__ import annotations

import pytest

from simtool.gui.fixes import ConfirmFix, PinDialog, PinEntry

CHECK_TIMEOUT_MS = 60_000


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    questions: list[str] = []

    def ask(_cls, _parent, question: str) -> bool:  # type: ignore[no-untyped-def]
        questions.append(question)
        return True

    monkeypatch.setattr(ConfirmFix, "ask", classmethod(ask))
    return questions


def press_fix_and_wait(qtbot, window):  # type: ignore[no-untyped-def]
    """Click the fix button on the current page; return (fix outcome, report after)."""
    page = window.wizard.step_page
    assert page.fix_button.isVisibleTo(page)
    outcome: list[tuple[str, bool, str]] = []
    window.controller.action_finished.connect(lambda *args: outcome.append(args))
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        page.fix_button.click()
    return outcome[0], blocker.args[0]


def test_radio_off_is_fixed_by_the_radio_button(qtbot, window, run_check, confirm):
    report = run_check(window, "sim://radio-off")
    assert report.verdict.check == "radio"
    (name, ok, _message), after = press_fix_and_wait(qtbot, window)
    assert (name, ok) == ("radio-on", True)
    assert len(confirm) == 1 and "CFUN=1" in confirm[0]
    assert next(c for c in after.checks if c.id == "radio").status == "pass"


def test_wrong_apn_is_fixed_from_the_provider_database(qtbot, window, run_check, confirm):
    report = run_check(window, "sim://wrong-apn")
    assert report.verdict.check == "apn"
    expected = report.facts.apn.expected[0]
    (name, ok, message), after = press_fix_and_wait(qtbot, window)
    assert (name, ok) == ("apn", True) and expected in message
    assert "has APN 'internet'" in confirm[0] and f"expects '{expected}'" in confirm[0]
    assert after.facts.apn.configured == expected
    assert next(c for c in after.checks if c.id == "apn").status == "pass"
    assert expected in window.wizard.notice.text()


def test_pin_entry_uses_one_attempt_and_reports_retries(qtbot, window, run_check, monkeypatch):
    entries = iter([PinEntry("0000", False), PinEntry("1234", False)])
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, parent, retries:
                                                      next(entries)))
    report = run_check(window, "sim://pin-locked")
    assert report.verdict.check == "sim-lock" and report.facts.sim.pin_retries == 3
    (name, ok, message), after = press_fix_and_wait(qtbot, window)
    assert (name, ok) == ("pin", False)
    assert after.facts.sim.pin_retries == 2              # exactly one attempt used
    assert "0000" not in message and "0000" not in window.wizard.notice.text()
    (name, ok, _message), after = press_fix_and_wait(qtbot, window)
    assert (name, ok) == ("pin", True)
    assert after.facts.sim.state == "ready"
    assert next(c for c in after.checks if c.id == "sim-lock").status == "pass"


def test_last_pin_attempt_needs_the_explicit_risk(qtbot, window, run_check, monkeypatch):
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, parent, retries:
                                                      PinEntry("0000", False)))
    run_check(window, "sim://pin-locked")
    press_fix_and_wait(qtbot, window)                    # 3 -> 2
    _, after = press_fix_and_wait(qtbot, window)         # 2 -> 1
    assert after.facts.sim.pin_retries == 1
    (name, ok, message), after = press_fix_and_wait(qtbot, window)
    assert (name, ok) == ("pin", False) and "Only 1" in message   # refused, nothing sent
    assert after.facts.sim.pin_retries == 1 and after.facts.sim.state == "pin-required"


def test_pin_dialog_asks_for_the_risk_only_on_the_last_attempt(qtbot):
    many = PinDialog(None, 3)
    qtbot.addWidget(many)
    assert many.risk.isHidden()
    many.pin.setText("12")
    assert not many.buttons.button(many.buttons.StandardButton.Ok).isEnabled()
    many.pin.setText("1234")
    assert many.buttons.button(many.buttons.StandardButton.Ok).isEnabled()
    last = PinDialog(None, 1)
    qtbot.addWidget(last)
    last.pin.setText("1234")
    assert not last.risk.isHidden()
    assert not last.buttons.button(last.buttons.StandardButton.Ok).isEnabled()
    last.risk.setChecked(True)
    assert last.buttons.button(last.buttons.StandardButton.Ok).isEnabled()
    assert "1234" not in repr(PinEntry("1234", True))
