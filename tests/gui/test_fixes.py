"""Fixes offered on a failing step (issue 7, app side): each asks first, then the app checks
again and the step passes. Dialogs are replaced by their `ask` class methods."""

from __future__ import annotations

import pytest

from simtool.facts import Facts
from simtool.gui.account import BalanceDialog, TopUpDialog
from simtool.gui.fixes import (
    ApnChoice,
    ConfirmFix,
    PinDialog,
    PinEntry,
    PukEntry,
    VoucherEntry,
    fixes_for,
    in_app_words,
)
from simtool.gui.unlock import PukDialog
from simtool.providers.database import UssdCode

CHECK_TIMEOUT_MS = 60_000


class Questions(list[str]):
    """The questions asked, and the verb of the button that would say yes to each."""

    verbs: list[str | None]


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> Questions:
    questions = Questions()
    questions.verbs = []

    def ask(_cls, _parent, question: str, verb: str | None = None) -> bool:  # type: ignore[no-untyped-def]
        questions.append(question)
        questions.verbs.append(verb)
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
    assert confirm.verbs == ["Switch the radio on"]        # a verb, not Yes/No
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


# -- the account step: balance and top-up (USSD), nothing changed on the modem ---------------

VOUCHER = "123456789012"


def account_step(window):  # type: ignore[no-untyped-def]
    window.wizard.select_step("account")
    return window.wizard.step_page


def press_and_wait_for_answer(qtbot, window, button):  # type: ignore[no-untyped-def]
    outcome: list[tuple[str, bool, str]] = []
    window.controller.action_finished.connect(lambda *args: outcome.append(args))
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        button.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=CHECK_TIMEOUT_MS)
    return outcome[0], blocker.args[0]


def test_the_balance_answer_becomes_the_account_step(qtbot, window, run_check, monkeypatch):
    offered: list[object] = []

    def ask(_cls, _parent, on_record, provider):  # type: ignore[no-untyped-def]
        offered.append((on_record, provider))
        return on_record.code

    monkeypatch.setattr(BalanceDialog, "ask", classmethod(ask))
    report = run_check(window, "sim://healthy?operator=26202")
    assert next(c for c in report.checks if c.id == "account").status == "manual"
    page = account_step(window)
    assert [b.isVisibleTo(page) for b in page.fix_buttons] == [True, True]
    assert "balance" in page.fix_buttons[0].text().replace("&", "")
    (name, ok, message), after = press_and_wait_for_answer(qtbot, window, page.fix_buttons[0])
    # Debian's provider database has *100# for Vodafone DE (262 02).
    assert offered[0][0].code == "*100#" and "Vodafone" in offered[0][1]
    assert (name, ok) == ("balance", True) and "12.34 EUR" in message
    account = next(c for c in after.checks if c.id == "account")
    assert account.status == "pass" and "12.34 EUR" in account.detail
    assert "12.34 EUR" in window.wizard.notice.text()
    # Checking the same card again keeps the operator's answer on the step.
    again = run_check(window, "sim://healthy?operator=26202")
    assert next(c for c in again.checks if c.id == "account").status == "pass"


def test_a_top_up_never_shows_the_voucher(qtbot, window, run_check, monkeypatch):
    monkeypatch.setattr(TopUpDialog, "ask", classmethod(
        lambda cls, parent, on_record, provider: VoucherEntry(VOUCHER, on_record.code)))
    run_check(window, "sim://healthy?operator=26202")
    page = account_step(window)
    (name, ok, message), after = press_and_wait_for_answer(qtbot, window, page.fix_buttons[1])
    assert (name, ok) == ("topup", True) and "successful" in message
    account = next(c for c in after.checks if c.id == "account")
    assert account.status == "pass" and "62.34 EUR" in account.detail
    shown = [message, window.wizard.notice.text(), repr(after), account.detail]
    assert not any(VOUCHER in text for text in shown)
    assert VOUCHER not in repr(VoucherEntry(VOUCHER, None))


def test_no_account_actions_without_a_network(window, run_check):
    report = run_check(window, "sim://no-signal")
    assert next(c for c in report.checks if c.id == "account").status == "skip"
    page = account_step(window)
    assert not any(b.isVisibleTo(page) for b in page.fix_buttons)


def test_balance_dialog_prefills_the_code_on_record(qtbot):
    known = BalanceDialog(None, UssdCode("*100#"), "Vodafone")
    qtbot.addWidget(known)
    ok = known.buttons.button(known.buttons.StandardButton.Ok)
    assert known.code.text() == "*100#" and ok.isEnabled()
    unknown = BalanceDialog(None, None, None)
    qtbot.addWidget(unknown)
    ok = unknown.buttons.button(unknown.buttons.StandardButton.Ok)
    assert unknown.code.text() == "" and not ok.isEnabled()
    unknown.code.setText("*100#")
    assert ok.isEnabled()


def test_top_up_dialog_needs_a_voucher_and_a_template(qtbot):
    dialog = TopUpDialog(None, UssdCode("*100*CODE#", "CODE"), "Vodafone")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.template.text() == "*100*CODE#" and not ok.isEnabled()
    dialog.voucher.setText("12345")
    assert not ok.isEnabled()                     # vouchers have 6 to 30 digits
    dialog.voucher.setText(VOUCHER)
    assert ok.isEnabled()
    dialog.template.setText("*100#")
    assert not ok.isEnabled()                     # nowhere to put the voucher


# -- remedies name the app's buttons where the app does the command itself ------------------

def remedy_on(window, check_id: str) -> str:  # type: ignore[no-untyped-def]
    window.wizard.select_step(check_id)
    return window.wizard.step_page.remedy.text()


def test_in_app_words_replaces_only_the_commands_of_the_offered_fixes():
    text = ("1. Set the operator's APN: `simtool apn --set cmnet --allow-write --port "
            "sim://wrong-apn` (`simtool apn --undo --port sim://wrong-apn` restores it).\n"
            "2. Then `simtool connect-test --allow-write --port sim://wrong-apn`.")
    words = in_app_words(text, {"apn": "the \u201cSet the APN\u201d button below"})
    assert "Set the operator's APN: the \u201cSet the APN\u201d button below (" in words
    assert "`simtool apn --undo --port sim://wrong-apn`" in words       # no button for it
    assert "`simtool connect-test" in words
    assert in_app_words(text, {}) == text
    unlock = "Enter it with `simtool unlock --puk --port X`."
    assert in_app_words(unlock, {"pin": "the PIN button"}) == unlock    # PUK is not the PIN fix


@pytest.mark.parametrize(("url", "check_id", "command", "button"), [
    ("sim://radio-off", "radio", "simtool radio on", "Switch the radio on"),
    ("sim://pin-locked", "sim-lock", "simtool unlock", "Enter the PIN"),
    ("sim://wrong-apn", "apn", "simtool apn --set", "Set the APN to 'cmnet'"),
])
def test_a_step_with_a_fix_names_its_button_not_the_command(window, run_check, url, check_id,
                                                             command, button):
    report = run_check(window, url)
    assert command in next(c for c in report.checks if c.id == check_id).remedy
    shown = remedy_on(window, check_id)
    assert command not in shown
    assert f"the \u201c{button}\u201d button below" in shown


@pytest.mark.parametrize("url", ["sim://not-subscribed?operator=26202",
                                 "sim://not-subscribed?operator=26202&cause=8"])
def test_a_plan_that_ran_out_offers_balance_and_top_up_on_the_verdict(window, run_check, url):
    # ESM cause #33: no data plan, plan expired or quota used up; #8: operator determined
    # barring (often unpaid). An operator with USSD balance and top-up codes (Vodafone DE);
    # China's are recharged through their own channels (test_account_sms.py).
    report = run_check(window, url)
    assert report.verdict.check == "data-session"
    assert "simtool balance" in next(c for c in report.checks if c.id == "data-session").remedy
    shown = remedy_on(window, "data-session")
    page = window.wizard.step_page
    assert [b.isVisibleTo(page) for b in page.fix_buttons] == [True, True]
    assert "simtool balance" not in shown and "simtool topup" not in shown
    assert "the \u201cCheck the balance\u201d button below" in shown


def test_a_step_without_account_trouble_offers_no_account_actions(window, run_check):
    # ESM cause #29 (authentication failed) is about the APN's user and password: the APN
    # editor is offered, the account actions are not.
    report = run_check(window, "sim://auth-failed")
    assert report.verdict.check == "data-session"
    window.wizard.select_step("data-session")
    page = window.wizard.step_page
    shown = [fix for fix, b in zip(page.fixes, page.fix_buttons, strict=False)
             if b.isVisibleTo(page)]
    assert shown == ["apn-edit", "restart"]
    assert not {"balance", "topup"} & set(shown)


def test_a_saved_report_keeps_the_commands(window, run_check):
    report = run_check(window, "sim://radio-off")
    window.show_report(report, read_only=True)
    assert "`simtool radio on" in remedy_on(window, "radio")


@pytest.mark.parametrize(("cause", "fixes"), [
    (8, ["balance", "topup"]),      # TS 24.301 ESM #8: operator determined barring
    (33, ["balance", "topup"]),     # ESM #33: requested service option not subscribed
    (27, ["apn-edit", "restart"]),  # ESM #27: missing or unknown APN: no account action
    (29, ["apn-edit", "restart"]),  # ESM #29: the APN's user name or password refused
    (None, ["restart"]),            # refused without a cause: try again with a restart
])
def test_data_refusals_about_the_account_offer_balance_and_top_up(cause, fixes):
    facts = Facts()
    facts.packet.last_error.cause = cause
    assert fixes_for("data-session", "fail", facts) == fixes
    assert fixes_for("data-session", "pass", facts) == []



# -- APN: several on record, credentials, undo from the Modem menu ---------------------------

def test_several_apns_on_record_ask_which_one_and_undo_restores(qtbot, window, run_check,
                                                                 monkeypatch, confirm):
    # Debian's provider database lists two internet APNs for 232 07 (webaut, web).
    offered: list[list[str]] = []

    def choose(_cls, _parent, have, expected):  # type: ignore[no-untyped-def]
        offered.append(list(expected))
        return expected[-1]

    monkeypatch.setattr(ApnChoice, "ask", classmethod(choose))
    report = run_check(window, "sim://wrong-apn?operator=23207")
    expected = report.facts.apn.expected
    assert len(expected) > 1
    remedy = next(c for c in report.checks if c.id == "apn").remedy or ""
    assert remedy.count(f" {expected[0]}") == 1          # named once, not again as "other"
    window.wizard.select_step("apn")
    (name, ok, message), after = press_fix_and_wait(qtbot, window)
    assert offered == [expected] and (name, ok) == ("apn", True)
    assert after.facts.apn.configured == expected[-1]
    assert "Undo" in message and "simtool apn --undo." not in message
    outcome: list[tuple[str, bool, str]] = []
    window.controller.action_finished.connect(lambda *args: outcome.append(args))
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        window.undo_apn_action.trigger()
    assert outcome[0][:2] == ("apn-undo", True)
    assert blocker.args[0].facts.apn.configured == "internet"


# -- PUK in the app, and the second confirmation before a last attempt -----------------------

def test_puk_unblocks_with_a_new_pin_one_attempt_at_a_time(qtbot, window, run_check,
                                                           monkeypatch):
    entries = iter([PukEntry("00000000", "4321", False), PukEntry("12345678", "4321", False)])
    monkeypatch.setattr(PukDialog, "ask", classmethod(lambda cls, parent, retries:
                                                      next(entries)))
    report = run_check(window, "sim://puk-locked")
    assert report.verdict.check == "sim-lock" and report.facts.sim.state == "puk-required"
    before = report.facts.sim.puk_retries
    assert "Unblock with the PUK" in remedy_on(window, "sim-lock")
    (name, ok, message), after = press_fix_and_wait(qtbot, window)
    assert (name, ok) == ("puk", False) and "00000000" not in message
    assert after.facts.sim.puk_retries == before - 1        # exactly one attempt used
    window.wizard.select_step("sim-lock")
    (name, ok, _message), after = press_fix_and_wait(qtbot, window)
    assert (name, ok) == ("puk", True) and after.facts.sim.state == "ready"


def test_the_last_pin_attempt_is_confirmed_a_second_time(qtbot, window, run_check,
                                                         monkeypatch):
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, parent, retries:
                                                      PinEntry("0000", False)))
    run_check(window, "sim://pin-locked")
    press_fix_and_wait(qtbot, window)                    # 3 -> 2
    _, report = press_fix_and_wait(qtbot, window)        # 2 -> 1
    assert report.facts.sim.pin_retries == 1
    answers = iter([False, True])
    asked: list[str] = []

    def confirm(_cls, _parent, question: str,  # type: ignore[no-untyped-def]
                verb: str | None = None) -> bool:
        asked.append(question)
        return next(answers)

    monkeypatch.setattr(ConfirmFix, "ask", classmethod(confirm))
    # The user ticked the risk in the PIN dialog; the app asks once more before sending.
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, parent, retries:
                                                      PinEntry("1234", True)))
    session = window.controller.worker._session
    sent_before = session.commands_sent
    window.wizard.step_page.fix_button.click()               # "no" to the second question
    assert len(asked) == 1 and "last PIN attempt" in asked[0]
    assert session.commands_sent == sent_before              # nothing was sent
    (name, ok, _message), after = press_fix_and_wait(qtbot, window)   # "yes"
    assert (name, ok) == ("pin", True) and after.facts.sim.state == "ready"


def test_puk_dialog_needs_eight_digits_two_equal_pins_and_the_risk_at_the_end(qtbot):
    dialog = PukDialog(None, 1)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.puk.setText("1234567")
    dialog.new_pin.setText("4321")
    dialog.repeat.setText("4321")
    assert not ok.isEnabled()                       # 7 digits
    dialog.puk.setText("12345678")
    assert not ok.isEnabled()                       # the risk is not ticked yet
    dialog.risk.setChecked(True)
    assert ok.isEnabled()
    dialog.repeat.setText("4322")
    assert not ok.isEnabled() and not dialog.mismatch.isHidden()
    assert "12345678" not in repr(PukEntry("12345678", "4321", True))
