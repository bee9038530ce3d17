"""Nothing stale stays on screen (issue 16, items 1-3): one test per case the issue found.

Real checks on sim:// modems and on a real pseudo-terminal that never answers (a port that
is not the modem's AT port); dialogs are replaced by their `ask` class methods.
"""

from __future__ import annotations

import os
import pty
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from simtool.gui.account import BalanceDialog
from simtool.gui.fixes import ConfirmFix
from simtool.gui.main_window import MainWindow
from simtool.gui.settings import Settings
from simtool.report.model import Report
from simtool.sim import instances

CHECK_TIMEOUT_MS = 60_000


@pytest.fixture
def silent_port() -> Iterator[str]:
    """A serial port that opens but never answers (a modem's GPS or DIAG port, /dev/ttyS0)."""
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    yield path
    os.close(master)


@pytest.fixture
def confirm_all(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def ask(_cls, _parent, question: str, verb: str | None = None) -> bool:  # type: ignore[no-untyped-def]
        asked.append(verb or question)
        return True

    monkeypatch.setattr(ConfirmFix, "ask", classmethod(ask))
    return asked


def shown_reports(window: MainWindow) -> list[Report]:
    reports: list[Report] = []
    window.report_shown.connect(reports.append)
    return reports


def test_enter_in_the_port_box_checks_the_port_typed(qtbot, window, run_check):
    run_check(window, "sim://healthy")
    assert "No problem found" in window.wizard.summary.text()
    line = window.port_combo.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, "sim://no-sim")
    # While the new address is typed, the old green verdict no longer stands beside it.
    assert "No problem found" not in window.wizard.summary.text()
    assert "sim://healthy" in window.wizard.summary.text()
    assert not window.wizard.steps.isEnabled()
    assert not window.status_panel.isEnabled()          # the old modem's facts: greyed
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert blocker.args[0].facts.port.url == "sim://no-sim"
    assert blocker.args[0].verdict.check == "sim-present"
    assert window.wizard.steps.isEnabled() and window.status_panel.isEnabled()


def test_a_new_port_replaces_the_old_result_at_once_and_can_be_cancelled(
        qtbot, window, run_check, silent_port):
    old = run_check(window, silent_port)
    assert old.verdict.check == "port" and old.facts.port_error_kind == "silent"
    # The worker is stuck on the silent port (a scan that may take three minutes).
    window.console.send_requested.emit("AT+COPS=?", "AT+COPS=?")
    qtbot.waitUntil(lambda: window.controller.busy, timeout=5_000)
    reports = shown_reports(window)
    window.scenario_combo.setCurrentIndex(window.scenario_combo.findData("no-sim"))
    window.try_sim_button.click()
    # At once: the old failure is gone, the new port is being checked, and it can be
    # cancelled.
    assert window.report is None
    assert silent_port not in window.wizard.summary.text()
    assert "sim://no-sim" in window.wizard.summary.text()
    assert window.busy.isVisible() and window.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: bool(reports), timeout=15_000)    # not after the scan's 180 s
    assert [r.facts.port.url for r in reports] == [window.controller.url]
    assert reports[0].verdict.check == "sim-present"
    assert not window.cancel_button.isEnabled() and not window.busy.isVisible()


def test_cancel_while_the_new_port_waits_stops_everything(qtbot, window, run_check,
                                                          silent_port):
    run_check(window, silent_port)
    window.console.send_requested.emit("AT+COPS=?", "AT+COPS=?")
    qtbot.waitUntil(lambda: window.controller.busy, timeout=5_000)
    window.check_url("sim://healthy?latency=0")
    window.cancel()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=15_000)
    assert window.report is None                     # nothing half-checked is shown
    assert not window.cancel_button.isEnabled()


def test_a_silent_port_is_not_polled(qtbot, window, run_check, silent_port):
    """Signal readings on a port that does not answer would block the worker for tens of
    seconds each: the window does not ask for them."""
    run_check(window, silent_port)
    polls: list[bool] = []
    window.controller._request_poll.connect(lambda: polls.append(True))
    window._poll()
    assert polls == []
    run_check(window, "sim://healthy?latency=0")
    window._poll()
    assert polls == [True]


def test_opening_a_saved_report_puts_its_port_in_the_port_box(qtbot, window, run_check,
                                                              tmp_path: Path):
    saved = run_check(window, "sim://no-signal")
    path = tmp_path / "r.json"
    window.export_report(path, "json", redact=False)
    run_check(window, "sim://healthy")
    assert window.open_report(path)
    assert window.port_combo.current_url() == saved.facts.port.url
    assert window.replaying and "read-only" in window.wizard.summary.text()
    assert window.wizard.steps.isEnabled()                  # the report can be read
    # A reopened report knows whether the modem answered ("Answers AT: yes").
    window.wizard.select_step("port")
    form = window.wizard.step_page.facts_form
    answers = form.itemAt(3, form.ItemRole.FieldRole).widget()
    assert form.itemAt(3, form.ItemRole.LabelRole).widget().text() == "Answers AT:"
    assert answers.text() == "yes"


def test_the_status_bar_says_the_balance_answer_not_checking(qtbot, window, run_check,
                                                             monkeypatch):
    monkeypatch.setattr(BalanceDialog, "ask", classmethod(
        lambda cls, parent, on_record, provider: on_record.code))
    run_check(window, "sim://healthy?operator=26202")
    window.wizard.select_step("account")
    finished: list[tuple[str, bool, str]] = []
    window.controller.action_finished.connect(lambda *args: finished.append(args))
    window.wizard.step_page.fix_buttons[0].click()
    assert "Checking" not in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: bool(finished), timeout=CHECK_TIMEOUT_MS)
    message = window.statusBar().currentMessage()
    assert "Checking" not in message and finished[0][2] == message
    assert "Checking" not in window.wizard.summary.text()


def test_first_screen_says_things_once_and_offers_nothing_stale(qtbot):
    from simtool.gui.ports import PortChoice

    window = MainWindow(Settings(), poll_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    # Discovery found only a built-in UART, as on a computer without a modem.
    window._on_ports_found([PortChoice("/dev/ttyS0", "/dev/ttyS0", False, False)])
    assert window.port_combo.current_url() == ""          # not pre-filled with /dev/ttyS0
    assert window.port_combo.lineEdit().placeholderText()
    assert not window.wizard.again_button.isEnabled()     # nothing to check again yet
    steps = window.wizard.step_ids()
    assert steps[:3] == ["port", "radio", "sim-present"] and steps[-1] == "contact"
    assert not window.status_panel.has_facts()            # one sentence, not 16 "unknown"
    assert window.status_panel.placeholder.isVisibleTo(window)
    label = window.scenario_combo.itemText(window.scenario_combo.findData("pin-locked"))
    assert "PIN" in label and "pin-locked" in label       # described as simulate --list does
    title = window.windowTitle()
    assert "simtool" not in title                         # Qt appends "— simtool" once
    window.close()


def test_after_the_apn_fix_the_old_refusal_is_not_todays_cause(qtbot, window, run_check,
                                                               confirm_all):
    """The APN fix, then Check: the modem's +CEER still has the refusal it got with the old
    APN. It is shown as from before the change, with the way to try again; the restart
    brings the data session up with the new APN and the check passes."""
    name = "gui-apn-story"
    instances.discard(name)
    report = run_check(window, f"sim://wrong-apn?instance={name}&latency=0")
    assert report.verdict.check == "apn"
    reports = shown_reports(window)
    window.wizard.step_page.fix_buttons[0].click()             # Set the APN to 'cmnet'
    qtbot.waitUntil(lambda: bool(reports), timeout=CHECK_TIMEOUT_MS)
    after = reports[-1]
    session = next(c for c in after.checks if c.id == "data-session")
    assert after.facts.packet.last_error.before_change is True
    assert session.status == "warn" and "before your last change" in session.detail
    assert after.verdict.check != "data-session"
    assert [a.action for a in after.actions] == ["apn"]        # recorded for the report
    window.wizard.select_step("data-session")
    page = window.wizard.step_page
    assert page.fixes[0] == "restart"
    shown = page.remedy.text()
    assert "`simtool" not in shown and "\u201cRestart the modem\u201d button below" in shown
    reports.clear()
    page.fix_buttons[0].click()                                # Restart the modem
    qtbot.waitUntil(lambda: bool(reports), timeout=CHECK_TIMEOUT_MS)
    final = reports[-1]
    assert "Restart the modem" in confirm_all
    assert next(c for c in final.checks if c.id == "data-session").status == "pass"
    assert final.verdict.status == "ok"
    assert [a.action for a in final.actions] == ["apn", "restart"]
    instances.discard(name)
