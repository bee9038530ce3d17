"""Fixes the wizard offers on a step (issue 7, app side): radio on, PIN, APN on a failing
step; balance and top-up on the `account` step.

The dialogs ask; `perform` runs in the worker thread on the open session and calls the
core actions (simtool.actions), which hold the safety rules (retry guard, validation, undo).
A PIN or a voucher lives only in memory for the one attempt; it is never logged or shown.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from simtool.facts import Facts
from simtool.i18n import tr

if TYPE_CHECKING:
    from simtool.facts import AccountResult


@dataclass(frozen=True)
class PinEntry:
    pin: str
    accept_last_attempt: bool

    def __repr__(self) -> str:            # never print the PIN, even in a traceback
        return f"PinEntry(pin='****', accept_last_attempt={self.accept_last_attempt})"


@dataclass(frozen=True)
class PukEntry:
    puk: str
    new_pin: str
    accept_last_attempt: bool

    def __repr__(self) -> str:            # never print the PUK or the PIN
        return f"PukEntry(puk='********', new_pin='****', " \
               f"accept_last_attempt={self.accept_last_attempt})"


@dataclass(frozen=True)
class VoucherEntry:
    voucher: str
    template: str | None           # "*101*CODE#", None: the provider database's

    def __repr__(self) -> str:            # a voucher is money until it is used
        return f"VoucherEntry(voucher='****', template={self.template!r})"


@dataclass(frozen=True)
class SmsBalanceRequest:
    """The user agreed to send the operator's balance SMS (it may be charged)."""

    number: str
    text: str
    delete_reply: bool                    # delete the operator's answer after reading it


class FixOutcome(NamedTuple):
    ok: bool
    message: str                          # for the user
    account: AccountResult | None = None  # what the operator said (account step)


# The account step's actions: they ask the operator and change nothing on the modem.
ACCOUNT_FIXES = ("balance", "topup")
# Data refusals that are about the account (TS 24.301 ESM causes): #8 operator determined
# barring (often unpaid), #33 requested service option not subscribed (no plan, plan expired,
# quota used up). The data-session step offers the account actions for them too.
ACCOUNT_CAUSES = (8, 33)


def _account_fixes(facts: Facts) -> list[str]:
    """Balance first, then a voucher top-up by USSD -- not for operators that have no USSD
    top-up and are recharged through their own channels (app, Alipay, recharge-card line:
    China's, from the provider overlay), where a USSD voucher would only be refused."""
    from simtool.providers import database, operators

    home = facts.sim.home
    if home.mcc and home.mnc:
        found = database.lookup(home.mcc, home.mnc)
    else:
        found = database.lookup_imsi(facts.sim.imsi) if facts.sim.imsi else []
    if found and database.topup_code(found) is None and operators.recharge_channels(found):
        return ["balance"]
    return list(ACCOUNT_FIXES)


def fixes_for(check_id: str, status: str, facts: Facts) -> list[str]:
    """The fixes the app can offer on this step, first the one that fits best."""
    if check_id == "account":
        # USSD needs the network: not when the checks it stands on failed (skip).
        return _account_fixes(facts) if status != "skip" else []
    if check_id == "apn" and status == "warn" and facts.apn.expected and facts.apn.configured:
        return ["apn"]      # data works with another APN: offered, the user decides
    if status != "fail":
        return []
    if check_id == "radio" and facts.radio.on is False:
        return ["radio-on"]
    if check_id == "sim-lock" and facts.sim.state == "pin-required" and facts.sim.pin_retries != 0:
        return ["pin"]
    if check_id == "sim-lock" and facts.sim.state == "puk-required" and facts.sim.puk_retries != 0:
        return ["puk"]
    if check_id == "apn" and facts.apn.expected:
        return ["apn"]
    if check_id == "data-session" and facts.packet.last_error.cause in ACCOUNT_CAUSES:
        return _account_fixes(facts)        # balance first, then a top-up
    return []


# Commands that remedies quote for the command line, by the fix that does the same in the app.
_COMMAND_OF_FIX = {
    "radio-on": re.compile(r"`simtool radio on\b[^`]*`"),
    "pin": re.compile(r"`simtool unlock\b(?![^`]*--puk)[^`]*`"),
    "puk": re.compile(r"`simtool unlock\b(?=[^`]*--puk)[^`]*`"),
    "apn": re.compile(r"`simtool apn --set\b[^`]*`"),
    "balance": re.compile(r"`simtool balance\b[^`]*`"),
    "topup": re.compile(r"`simtool topup\b[^`]*`"),
}


def in_app_words(text: str, places: Mapping[str, str]) -> str:
    """`text` with each quoted command that the app does itself replaced by where it is in
    the app (`places`: fix -> "the "Switch the radio on" button below"); other commands stay,
    for the command line."""
    for fix, place in places.items():
        pattern = _COMMAND_OF_FIX.get(fix)
        if pattern is not None:
            # A literal replacement: the place may hold backslashes or group references.
            text = pattern.sub(place.replace("\\", "\\\\"), text)
    return text


def perform(session: Any, name: str, params: object) -> FixOutcome:
    """Run fix `name` on `session` (worker thread)."""
    from simtool.errors import SimtoolError

    try:
        if name == "radio-on":
            return FixOutcome(*_radio_on(session))
        if name == "pin" and isinstance(params, PinEntry):
            return FixOutcome(*_pin(session, params))
        if name == "puk" and isinstance(params, PukEntry):
            return FixOutcome(*_puk(session, params))
        if name == "apn" and isinstance(params, str):
            return FixOutcome(*_apn(session, params))
        if name == "apn-undo":
            return FixOutcome(*_apn_undo(session))
        if name == "balance" and isinstance(params, SmsBalanceRequest):
            return _account_outcome(_balance_by_sms(session, params))
        if name == "balance" and (params is None or isinstance(params, str)):
            return _account_outcome(_balance(session, params))
        if name == "topup" and isinstance(params, VoucherEntry):
            return _account_outcome(_top_up(session, params))
    except SimtoolError as error:
        return FixOutcome(False, str(error))
    raise ValueError(f"unknown fix {name!r}")


def _balance(session: Any, code: str | None) -> AccountResult:
    from simtool.actions.account import ask_balance

    return ask_balance(session, code)


def _balance_by_sms(session: Any, request: SmsBalanceRequest) -> AccountResult:
    from simtool.actions.account import ask_balance_by_sms
    from simtool.providers.database import SmsQuery

    return ask_balance_by_sms(session, SmsQuery(request.number, request.text),
                              delete_reply=request.delete_reply)


def _top_up(session: Any, entry: VoucherEntry) -> AccountResult:
    from simtool.actions.account import top_up

    return top_up(session, entry.voucher, entry.template)


def _account_outcome(result: AccountResult) -> FixOutcome:
    figures = [tr("Fixes", "balance {value}").format(value=result.balance)
               if result.balance else "",
               tr("Fixes", "data left {value}").format(value=result.data_left)
               if result.data_left else "",
               tr("Fixes", "plan ends {value}").format(value=result.plan_end)
               if result.plan_end else ""]
    found = "; ".join(f for f in figures if f)
    if result.ok and found:
        message = tr("Fixes", "The operator answered ({code}): {figures}. {text}").format(
            code=result.code_used, figures=found, text=result.text)
    elif result.ok:
        message = tr("Fixes", "The operator answered ({code}): {text}").format(
            code=result.code_used, text=result.text)
    else:
        message = tr("Fixes", "No answer from the operator ({code}): {text}").format(
            code=result.code_used, text=result.text)
    return FixOutcome(result.ok, message, result)


def _radio_on(session: Any) -> tuple[bool, str]:
    from simtool.actions.radio import set_radio

    result = set_radio(session, True)
    return result.after == 1, tr("Fixes", "Radio switched on (+CFUN: {before} -> {after}).") \
        .format(before=result.before, after=result.after)


def _pin(session: Any, entry: PinEntry) -> tuple[bool, str]:
    from simtool.actions.unlock import enter_pin

    result = enter_pin(session, entry.pin, accept_last_attempt=entry.accept_last_attempt)
    if result.accepted:
        return True, tr("Fixes", "PIN accepted; the SIM is now: {state}.").format(
            state=result.after.state)
    return False, tr("Fixes", "The SIM refused the PIN ({error}). Attempts left: {left}.").format(
        error=result.error, left=result.after.pin_retries)


def _puk(session: Any, entry: PukEntry) -> tuple[bool, str]:
    from simtool.actions.unlock import enter_puk

    result = enter_puk(session, entry.puk, entry.new_pin,
                       accept_last_attempt=entry.accept_last_attempt)
    if result.accepted:
        return True, tr("Fixes", "PUK accepted and the new PIN set; the SIM is now: {state}."
                        ).format(state=result.after.state)
    return False, tr("Fixes", "The SIM refused the PUK ({error}). PUK attempts left: {left}."
                     ).format(error=result.error, left=result.after.puk_retries)


def _apn(session: Any, apn: str) -> tuple[bool, str]:
    from simtool.actions.apn import internet_apn_entry, providers_for_sim, set_apn

    # The provider database's user name and password for that APN, when it lists any.
    _, providers = providers_for_sim(session)
    entry = next((e for p in providers if (e := internet_apn_entry(p)) and e.name == apn), None)
    change = set_apn(session, apn, user=entry.username if entry else None,
                     password=entry.password if entry else None)
    old = change.old.apn if change.old is not None else None
    return True, tr("Fixes", "APN of context {cid} set to '{new}' (was '{old}'). Modem > Undo "
                    "the last APN change restores it.").format(cid=change.cid,
                                                               new=change.new.apn, old=old)


def _apn_undo(session: Any) -> tuple[bool, str]:
    from simtool.actions.apn import undo

    change = undo(session)
    return True, tr("Fixes", "APN of context {cid} restored to '{apn}'.").format(
        cid=change.cid, apn=change.new.apn or "")


class PinDialog(QDialog):
    """Asks for the PIN once, shows the attempts left, and makes the last attempt explicit."""

    def __init__(self, parent: QWidget | None, retries: int | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter the SIM PIN"))
        if retries is None:
            left = self.tr("simtool could not read how many attempts are left.")
        else:
            left = self.tr("Attempts left: {n}.").format(n=retries)
        info = QLabel(self.tr("The PIN is sent once. A wrong PIN uses up one attempt; when "
                              "none are left the SIM needs the PUK from your operator.") +
                      "\n\n" + left)
        info.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self))
        self.pin.setAccessibleName(self.tr("SIM PIN"))
        label = QLabel(self.tr("&PIN (4 to 8 digits):"))
        label.setBuddy(self.pin)
        self.risk = QCheckBox(self.tr(
            "I understand: if this PIN is wrong, the SIM is blocked and needs the PUK."))
        self.risk.setVisible(retries is None or retries <= 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (info, label, self.pin, self.risk, self.buttons):
            layout.addWidget(widget)
        self.pin.textChanged.connect(self._update)
        self.risk.toggled.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        ok = 4 <= len(self.pin.text()) <= 8 and (self.risk.isHidden() or self.risk.isChecked())
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None, retries: int | None) -> PinEntry | None:
        dialog = cls(parent, retries)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return PinEntry(dialog.pin.text(), not dialog.risk.isHidden() and dialog.risk.isChecked())


class ApnChoice:
    """Which APN to set when the provider database lists several for the network (providers
    sharing it, or a second internet APN). Tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, have: str, expected: list[str]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text = QCoreApplication.translate(
            "ApnChoice", "The modem has APN '{have}'. The provider database lists these for "
            "your operator; choose the one your contract names (or type it). The old value "
            "is kept so it can be undone.").format(have=have)
        apn, ok = QInputDialog.getItem(
            parent, QCoreApplication.translate("ApnChoice", "Set the APN"), text, expected, 0,
            True)
        return apn.strip() if ok and apn.strip() else None


class ConfirmFix:
    """Yes/no before a change to the modem. Tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, question: str) -> bool:
        answer = QMessageBox.question(parent,
                                      QCoreApplication.translate("ConfirmFix",
                                                                 "Change the modem?"),
                                      question,
                                      QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
