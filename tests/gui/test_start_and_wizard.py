"""Starting the app, and the wizard's outcome for each simulated fault (real checks on sim://)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from simtool.gui.wizard import CONTACT_ID, StepPage
from simtool.sim import instances

CHECK_TIMEOUT_MS = 60_000


def test_without_a_modem_the_window_offers_a_simulated_one(qtbot, window):
    # This machine has no cellular modem: discovery lists at most built-in UARTs.
    with qtbot.waitSignal(window.scanner.found, timeout=20_000) as blocker:
        window.start()
    ports = blocker.args[0]
    assert not [p for p in ports if p.modem]
    assert window.no_modem_banner.isVisibleTo(window)
    assert window.try_sim_button.isVisibleTo(window)
    # Said once, in the banner: not again in the verdict's place or the status bar.
    assert "No modem found" in window.no_modem_label.text()
    assert "No modem found" not in window.wizard.summary.text()
    assert "No modem found" not in window.statusBar().currentMessage()
    assert window.scenario_combo.findData("pin-locked") >= 0


def test_try_a_simulated_modem_runs_the_chosen_scenario(qtbot, window):
    window.scenario_combo.setCurrentIndex(window.scenario_combo.findData("no-sim"))
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(window.try_sim_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].verdict.check == "sim-present"
    assert window.port_combo.current_url().startswith("sim://no-sim")


def test_start_with_a_port_checks_it_right_away(qtbot, window):
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        window.start("sim://healthy")
    report = blocker.args[0]
    assert report.verdict.status == "ok"
    assert window.status_panel.value("sim") == "ready"
    assert "No problem found" in window.wizard.summary.text()
    assert window.no_modem_banner.isHidden()


OUTCOMES = [
    # scenario, the check that is the verdict
    ("no-sim", "sim-present"),
    ("pin-locked", "sim-lock"),
    ("no-signal", "signal"),
    ("registration-denied", "registration"),
    ("wrong-apn", "apn"),
    ("not-subscribed", "data-session"),
]


@pytest.mark.parametrize(("scenario", "verdict_check"), OUTCOMES)
def test_wizard_highlights_the_failing_step_and_shows_its_remedy(qtbot, window, run_check, scenario,
                                                                 verdict_check):
    report = run_check(window, f"sim://{scenario}")
    assert report.verdict.status == "problem"
    assert report.verdict.check == verdict_check
    wizard = window.wizard
    # The verdict step is selected, marked as the cause, and its page explains it.
    item = wizard.step_item(verdict_check)
    assert item is not None and item.font().bold() and "cause" in item.text()
    assert wizard.steps.currentItem() is item
    page = wizard.current_page()
    assert isinstance(page, StepPage)
    result = next(c for c in report.checks if c.id == verdict_check)
    assert page.verdict_banner.isVisibleTo(page)
    # The remedy, step by step; where a button of this step does what a step quotes as a
    # command, the app names the button instead (tests/gui/test_fixes.py).
    shown = page.remedy.text()
    assert result.remedy and shown.splitlines()[0][:3] == result.remedy.splitlines()[0][:3]
    assert len(shown.splitlines()) == len(result.remedy.splitlines())
    if "`simtool" not in result.remedy:
        assert shown == result.remedy
    # No command line is left for what the app does itself, and the first fix of the step
    # is named where the remedy quoted its command.
    assert "`simtool" not in shown
    visible = [b for b in page.fix_buttons if b.isVisibleTo(page)]
    if visible and "`simtool" in result.remedy:
        assert f"\u201c{visible[0].accessibleName()}\u201d button below" in shown
    assert page.facts_box.isVisibleTo(page)
    # Steps run in checklist order; the steps after the cause that could not be judged say
    # so with a reason.
    ids = wizard.step_ids()
    assert ids[: len(report.checks)] == [c.id for c in report.checks]
    assert ids[-1] == CONTACT_ID
    later = report.checks[ids.index(verdict_check) + 1:]
    for skipped in (c for c in later if c.status == "skip"):
        assert skipped.detail, f"{skipped.id} is skipped without a reason"
        wizard.select_step(skipped.id)
        assert wizard.step_page.status.text().endswith("Skipped")
        assert wizard.step_page.detail.text() == skipped.detail


def test_healthy_modem_passes_every_automatic_step(qtbot, window, run_check):
    report = run_check(window, "sim://healthy")
    assert report.verdict.status == "ok"
    statuses = {c.id: c.status for c in report.checks}
    for check_id in ("port", "radio", "sim-present", "sim-lock", "signal", "registration"):
        assert statuses[check_id] == "pass"
    assert not any(window.wizard.step_item(c.id).font().bold() for c in report.checks)


def test_check_again_after_the_fault_is_fixed(qtbot, window, run_check):
    url = "sim://no-signal?instance=gui-check-again"
    instances.discard("gui-check-again")
    report = run_check(window, url)
    assert report.verdict.check == "signal"
    instances.get("gui-check-again").fix()
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        window.check_action.trigger()           # F5
    assert blocker.args[0].verdict.status == "ok"
    assert "No problem found" in window.wizard.summary.text()
    instances.discard("gui-check-again")


def test_manual_answer_goes_into_the_verdict(qtbot, window, run_check):
    run_check(window, "sim://healthy")
    page = window.wizard.manual_pages["host-data"]
    with qtbot.waitSignal(window.report_shown, timeout=5_000) as blocker:
        page.no.setChecked(True)
    report = blocker.args[0]
    assert report.verdict.check == "host-data"
    assert window.wizard.manual_answers == {"host-data": False}
    # The next real check keeps the answer.
    again = run_check(window, "sim://healthy")
    assert next(c for c in again.checks if c.id == "host-data").status == "fail"


def test_contact_page_lists_what_to_tell_the_operator_and_feeds_the_report(
        qtbot, window, run_check):
    report = run_check(window, "sim://registration-denied")
    window.wizard.select_step(CONTACT_ID)
    contact = window.wizard.contact_page
    assert window.wizard.current_page() is contact
    text = contact.brief.toPlainText()
    assert report.facts.sim.iccid and report.facts.sim.iccid in text
    assert report.facts.modem.model and report.facts.modem.model in text
    contact.symptom.setText("no internet since Monday")
    contact.last_worked.setText("last week")
    contact.device_changed.setCurrentIndex(contact.device_changed.findData(False))
    contact.copy()
    from PySide6.QtGui import QGuiApplication

    copied = QGuiApplication.clipboard().text()
    assert "no internet since Monday" in copied and report.facts.sim.iccid in copied
    assert window.report.support.symptom == "no internet since Monday"
    assert window.report.support.last_worked == "last week"
    assert window.report.support.device_changed is False
