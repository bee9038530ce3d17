"""The app's account step on a Chinese card: the operator answers balance queries by SMS, so
the app asks first (what is sent where, that it may be charged, whether to delete the
answer), then shows the balance and data left found in the two-part Chinese reply.
Cancelling sends nothing. Dialogs are replaced by their `ask` class methods."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from simtool.gui.account import BalanceDialog, SmsBalanceDialog
from simtool.gui.fixes import SmsBalanceRequest
from simtool.providers.database import SmsQuery

CHECK_TIMEOUT_MS = 60_000
CHINA_MOBILE = "sim://healthy?operator=46000&sms=0.2"


def account_step(window):  # type: ignore[no-untyped-def]
    window.wizard.select_step("account")
    return window.wizard.step_page


def test_the_app_asks_before_sending_the_balance_sms(qtbot, window, run_check, monkeypatch):
    asked: list[tuple[SmsQuery, str | None]] = []

    def ask(_cls, _parent, query, provider, iot_warning=None):  # type: ignore[no-untyped-def]
        assert iot_warning is None          # a consumer card: no IoT warning
        asked.append((query, provider))
        return SmsBalanceRequest(query.number, query.text, delete_reply=True)

    monkeypatch.setattr(SmsBalanceDialog, "ask", classmethod(ask))
    monkeypatch.setattr(BalanceDialog, "ask", classmethod(
        lambda *args: (_ for _ in ()).throw(AssertionError("no USSD for China Mobile"))))
    report = run_check(window, CHINA_MOBILE)
    assert next(c for c in report.checks if c.id == "account").status == "manual"
    page = account_step(window)
    outcome: list[tuple[str, bool, str]] = []
    window.controller.action_finished.connect(lambda *args: outcome.append(args))
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        page.fix_buttons[0].click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=CHECK_TIMEOUT_MS)
    assert asked == [(SmsQuery("10086", "CXYE"), "China Mobile")]
    name, ok, message = outcome[0]
    assert (name, ok) == ("balance", True)
    assert "23.45 元" in message and "3.52 GB" in message
    account = next(c for c in blocker.args[0].checks if c.id == "account")
    assert account.status == "pass"
    assert "balance 23.45 元" in account.detail and "plan ends 2026年12月31日" in account.detail


def test_cancelling_the_sms_dialog_sends_nothing(qtbot, window, run_check, monkeypatch,
                                                settle):
    monkeypatch.setattr(SmsBalanceDialog, "ask", classmethod(lambda *args: None))
    run_check(window, CHINA_MOBILE)
    session = window.controller.worker._session
    sent_before = session.commands_sent
    started: list[str] = []
    window.controller.action_started.connect(started.append)
    account_step(window).fix_buttons[0].click()
    replies = settle(window)                  # all the click set in motion has run
    assert started == []
    assert [shown for shown, _, _ in replies] == ["AT"]
    assert session.commands_sent == sent_before + 1       # settle's own AT, nothing else
    assert not window.wizard.notice.isVisible() or "23.45" not in window.wizard.notice.text()


def test_the_sms_dialog_says_what_is_sent_and_that_it_may_cost(qtbot):
    dialog = SmsBalanceDialog(None, SmsQuery("10086", "CXYE"), "China Mobile")
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "CXYE" in text and "10086" in text and "charge" in text
    assert not dialog.delete_reply.isChecked()          # the answer stays unless asked
    send = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert send is not None and send.text().replace("&", "") == "Send SMS"


def test_a_chinese_card_is_offered_no_ussd_voucher_top_up(window, run_check):
    # China's operators take no USSD vouchers: the remedy names their channels instead.
    report = run_check(window, "sim://not-subscribed?operator=46000")
    assert report.verdict.check == "data-session"
    window.wizard.select_step("data-session")
    page = window.wizard.step_page
    assert [b.isVisibleTo(page) for b in page.fix_buttons] == [True, False]
    shown = page.remedy.text()
    assert "the \u201cCheck the balance\u201d button below" in shown
    assert "Alipay" in shown and "13800138000" in shown


def test_an_iot_card_is_told_the_sms_will_likely_fail_and_where_to_look(
        qtbot, window, run_check, monkeypatch):  # type: ignore[no-untyped-def]
    # 460/04: China Mobile's IoT range (provider overlay): the dialog says first that the
    # SMS will most likely fail and names the card's IoT platform; cancelling sends nothing.
    warnings: list[str | None] = []

    def ask(_cls, _parent, query, provider, iot_warning=None):  # type: ignore[no-untyped-def]
        warnings.append(iot_warning)
        return None

    monkeypatch.setattr(SmsBalanceDialog, "ask", classmethod(ask))
    run_check(window, "sim://healthy?operator=46004&sms=0.2")
    session = window.controller.worker._session
    sent_before = session.commands_sent
    account_step(window).fix_buttons[0].click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=CHECK_TIMEOUT_MS)
    assert warnings[0] is not None
    assert "IoT card" in warnings[0] and "OneLink" in warnings[0]
    assert session.commands_sent == sent_before


def test_the_iot_warning_comes_first_and_enter_cancels(qtbot):  # type: ignore[no-untyped-def]
    dialog = SmsBalanceDialog(None, SmsQuery("10086", "CXYE"), "China Mobile",
                              "This SIM looks like an IoT card (物联网卡).")
    qtbot.addWidget(dialog)
    first = dialog.layout().itemAt(0).widget()
    assert isinstance(first, QLabel) and first.objectName() == "iotWarning"
    assert "IoT card" in first.text()
    send = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert send is not None and send.text().replace("&", "") == "Send anyway"
    assert cancel is not None and cancel.isDefault() and not send.isDefault()
