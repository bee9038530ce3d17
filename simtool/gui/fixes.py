"""Fixes the wizard offers on a step (issue 7, app side): radio on, PIN, APN on a failing
step; balance and top-up on the `account` step.

The dialogs ask; `perform` runs in the worker thread on the open session and calls the
core actions (simtool.actions), which hold the safety rules (retry guard, validation, undo).
A PIN or a voucher lives only in memory for the one attempt; it is never logged or shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
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

from simtool.diagnosis.labels import state_label
from simtool.facts import Facts
from simtool.i18n import QT_TRANSLATE_NOOP, tr

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
class ApnSettings:
    """What the APN editor sends: the APN with its IP type and login."""

    apn: str
    pdp_type: str = "IP"          # IP, IPV6, IPV4V6
    auth: int = 0                 # 0 none, 1 PAP, 2 CHAP (+CGAUTH)
    user: str = ""
    password: str = ""
    cid: int = 1

    def __repr__(self) -> str:            # the password never shows, even in a traceback
        return (f"ApnSettings(apn={self.apn!r}, pdp_type={self.pdp_type!r}, auth={self.auth}, "
                f"user={self.user!r}, password='****', cid={self.cid})")


@dataclass(frozen=True)
class NetworkChoice:
    """The network the user picked by hand; numeric None = automatic selection."""

    numeric: str | None
    act: int | None = None
    name: str = ""


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
    result: object = None                 # what a query found (the networks of a scan)


# The account step's actions: they ask the operator and change nothing on the modem.
ACCOUNT_FIXES = ("balance", "topup")
# Data refusals that are about the account (TS 24.301 ESM causes): #8 operator determined
# barring (often unpaid), #33 requested service option not subscribed (no plan, plan expired,
# quota used up). The data-session step offers the account actions for them too.
ACCOUNT_CAUSES = (8, 33)


# Registration refusals about the network chosen (TS 24.301 EMM causes): #11 PLMN not
# allowed, #13 roaming not allowed in this tracking area, #15 no suitable cells in it.
NETWORK_CAUSES = (11, 13, 15)
# Data refusals the APN editor fixes: #27 missing or unknown APN, #29 authentication failed.
APN_CAUSES = (27, 29)


def _reject_causes(facts: Facts) -> set[int]:
    reg = facts.registration
    return {d.reject_cause for d in (reg.cs, reg.ps, reg.eps, reg.nr5g)
            if d is not None and d.reject_cause is not None}


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
        return ["apn", "apn-edit"]      # data works with another APN: offered, the user decides
    if check_id == "roaming" and status == "warn":
        return ["operator"]
    if check_id == "data-session" and status == "warn" and facts.packet.last_error.before_change:
        return ["restart"]              # the old refusal predates the fix: try again
    if status != "fail":
        return []
    if check_id == "port" and facts.port_error_kind in ("silent", "not-found", "vanished",
                                                         "other", None):
        return ["probe"]
    if check_id == "radio" and facts.radio.on is False:
        return ["radio-on"]
    if check_id == "sim-lock" and facts.sim.state == "pin-required" and facts.sim.pin_retries != 0:
        return ["pin"]
    if check_id == "sim-lock" and facts.sim.state == "puk-required" and facts.sim.puk_retries != 0:
        return ["puk"]
    if check_id == "registration":
        network = bool(_reject_causes(facts) & set(NETWORK_CAUSES)) or \
            facts.registration.overall in ("searching", "not-registered")
        return ["operator", "restart"] if network else ["restart"]
    if check_id == "apn":
        return ["apn", "apn-edit"] if facts.apn.expected else ["apn-edit"]
    if check_id == "data-attach":
        return ["restart"]
    if check_id == "data-session" and facts.packet.last_error.cause in ACCOUNT_CAUSES:
        return _account_fixes(facts)        # balance first, then a top-up
    if check_id == "data-session" and facts.packet.last_error.cause in APN_CAUSES:
        return ["apn-edit", "restart"]
    if check_id == "data-session":
        return ["restart"]
    return []


# Commands that remedies quote for the command line, by what does the same in the app. In
# order: the radio off/on pair (a restart) before a lone radio command.
_COMMAND_OF_FIX = {
    # ("先" is the Chinese "first": 先 `radio off`，再 `radio on`.)
    "restart": re.compile(r"(?:先\s*)?`simtool radio off\b[^`]*`[^`]{0,24}"
                          r"`simtool radio on\b[^`]*`"),
    "radio-on": re.compile(r"`simtool radio on\b[^`]*`"),
    "pin": re.compile(r"`simtool unlock\b(?![^`]*--puk)[^`]*`"),
    "puk": re.compile(r"`simtool unlock\b(?=[^`]*--puk)[^`]*`"),
    "apn-undo": re.compile(r"`simtool apn --undo\b[^`]*`"),
    "apn": re.compile(r"`simtool apn --set (?!NAME\b)[^`]*`"),
    "apn-edit": re.compile(r"`simtool apn --set NAME\b[^`]*`"),
    "balance": re.compile(r"`simtool balance\b[^`]*`"),
    "topup": re.compile(r"`simtool topup\b[^`]*`"),
    "connect-test": re.compile(r"`simtool (?:connect-test|check --data-test)\b[^`]*`"),
    "probe": re.compile(r"`simtool ports --probe\b[^`]*`"),
    "ports": re.compile(r"`simtool ports\b[^`]*`"),
    "watch": re.compile(r"`simtool watch\b[^`]*`"),
    "operator": re.compile(r"`AT\+COPS=0`"),
}
FIXES_WITH_COMMANDS = tuple(_COMMAND_OF_FIX)


def in_app_words(text: str, places: Mapping[str, str]) -> str:
    """`text` with each quoted command that the app does itself replaced by where it is in
    the app (`places`: fix -> "the "Switch the radio on" button below"); commands with no
    place stay, for the command line. Saved reports keep every command."""
    for fix, pattern in _COMMAND_OF_FIX.items():
        place = places.get(fix)
        if place is not None:
            text = re.compile(_RUN.pattern + pattern.pattern).sub(_replacer(place), text)
    return text


def _replacer(place: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        return _used(match.group("run"), place)

    return replace


# "Run `simtool ...`" / "运行 `simtool ...`": a place is not run, it is used.
_RUN = re.compile(r"(?P<run>\b[Rr]un\s+|运行\s*)?")


def _used(run: str | None, place: str) -> str:
    if not run:
        return place
    if run.startswith("运行"):
        return QCoreApplication.translate("Places", "use {place}").format(place=place)
    verb = QCoreApplication.translate("Places", "use {place}").format(place=place)
    return verb[:1].upper() + verb[1:] if run[0].isupper() else verb


# Where the main window does each of them, wherever the user is reading.
_WINDOW_PLACES = {
    "restart": QT_TRANSLATE_NOOP("Places", "Modem \u25b8 Restart the modem"),
    "radio-on": QT_TRANSLATE_NOOP("Places", "the \u201cSwitch the radio on\u201d button on the "
                                  "Radio step"),
    "pin": QT_TRANSLATE_NOOP("Places", "the \u201cEnter the PIN\u201d button on the SIM lock "
                             "step"),
    "puk": QT_TRANSLATE_NOOP("Places", "the \u201cUnblock with the PUK\u201d button on the SIM "
                             "lock step"),
    "apn-undo": QT_TRANSLATE_NOOP("Places", "Modem \u25b8 Undo the last APN change"),
    "apn": QT_TRANSLATE_NOOP("Places", "Modem \u25b8 Edit the APN"),
    "apn-edit": QT_TRANSLATE_NOOP("Places", "Modem \u25b8 Edit the APN"),
    "balance": QT_TRANSLATE_NOOP("Places", "the \u201cCheck the balance\u201d button on the "
                                 "Account balance step"),
    "topup": QT_TRANSLATE_NOOP("Places", "the \u201cTop up with a voucher\u201d button on the "
                               "Account balance step"),
    "connect-test": QT_TRANSLATE_NOOP("Places", "the \u201cTest the connection\u201d button on "
                                      "the Data session step"),
    "probe": QT_TRANSLATE_NOOP("Places", "Modem \u25b8 Find the AT port"),
    "ports": QT_TRANSLATE_NOOP("Places", "the Port list at the top (Refresh looks again)"),
    "watch": QT_TRANSLATE_NOOP("Places", "the Signal history tab"),
    "operator": QT_TRANSLATE_NOOP("Places", "Modem \u25b8 Choose the network (Automatic)"),
}


def window_places() -> dict[str, str]:
    """Where the main window does what a remedy quotes (a button of the step being read
    comes first: see StepPage)."""
    return {fix: QCoreApplication.translate("Places", text)
            for fix, text in _WINDOW_PLACES.items()}


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
        if name == "apn-edit" and isinstance(params, ApnSettings):
            return FixOutcome(*_apn_settings(session, params))
        if name == "restart":
            return FixOutcome(*_restart(session))
        if name == "operator" and isinstance(params, NetworkChoice):
            return FixOutcome(*_operator(session, params))
        if name == "operator-undo":
            return FixOutcome(*_operator_undo(session))
        if name == "operator-scan":
            return _scan(session)
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
            state=state_label(result.after.state))
    return False, tr("Fixes", "The SIM refused the PIN ({error}). Attempts left: {left}.").format(
        error=result.error, left=result.after.pin_retries)


def _puk(session: Any, entry: PukEntry) -> tuple[bool, str]:
    from simtool.actions.unlock import enter_puk

    result = enter_puk(session, entry.puk, entry.new_pin,
                       accept_last_attempt=entry.accept_last_attempt)
    if result.accepted:
        return True, tr("Fixes", "PUK accepted and the new PIN set; the SIM is now: {state}."
                        ).format(state=state_label(result.after.state))
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
    return True, tr("Fixes", "APN of context {cid} set to '{new}' (was '{old}'). Modem \u25b8 "
                    "Undo the last APN change restores it.").format(cid=change.cid,
                                                                    new=change.new.apn, old=old)


def _apn_undo(session: Any) -> tuple[bool, str]:
    from simtool.actions.apn import undo

    change = undo(session)
    message = tr("Fixes", "APN of context {cid} restored to '{apn}'.").format(
        cid=change.cid, apn=change.new.apn or "")
    return True, message + (f" {change.note}" if change.note else "")


def _apn_settings(session: Any, settings: ApnSettings) -> tuple[bool, str]:
    from simtool.actions.apn import set_apn

    change = set_apn(session, settings.apn, cid=settings.cid, pdp_type=settings.pdp_type,
                     user=settings.user, password=settings.password, auth=settings.auth)
    old = change.old.apn if change.old is not None else None
    login = {0: tr("Fixes", "no login"), 1: "PAP", 2: "CHAP"}.get(settings.auth, "?")
    return True, tr("Fixes", "APN of context {cid} set to '{new}' ({kind}, {login}; was "
                    "'{old}'). Modem \u25b8 Undo the last APN change restores it.").format(
        cid=change.cid, new=change.new.apn, kind=change.new.pdp_type or settings.pdp_type,
        login=login, old=old)


def _restart(session: Any) -> tuple[bool, str]:
    from simtool.actions.radio import restart_radio

    result = restart_radio(session)
    return result.after == 1, tr("Fixes", "Modem restarted: radio off and on again (+CFUN: "
                                 "{after}). It searches for the network and connects again; "
                                 "this can take a minute.").format(after=result.after)


def _operator(session: Any, choice: NetworkChoice) -> tuple[bool, str]:
    from simtool.actions.operator import select_automatic, select_network

    if choice.numeric is None:
        select_automatic(session)
        return True, tr("Fixes", "Network selection set to automatic. Modem \u25b8 Undo the "
                        "last network choice puts back the previous one.")
    change = select_network(session, choice.numeric, choice.act)
    shown = f"{choice.name} ({choice.numeric})" if choice.name else choice.numeric
    before = (tr("Fixes", "automatic") if change.before is None or change.before.automatic
              else change.before.numeric or "?")
    return True, tr("Fixes", "The modem now uses {network} only (was: {before}). Modem \u25b8 "
                    "Undo the last network choice puts back the previous one.").format(
        network=shown, before=before)


def _scan(session: Any) -> FixOutcome:
    from simtool.actions.operator import scan_networks

    networks = scan_networks(session)
    return FixOutcome(True, tr("Fixes", "The scan found {count} network(s).").format(
        count=len(networks)), result=networks)


def _operator_undo(session: Any) -> tuple[bool, str]:
    from simtool.actions.operator import undo

    change = undo(session)
    after = (tr("Fixes", "automatic") if change.after.automatic
             else change.after.numeric or "?")
    return True, tr("Fixes", "Network selection restored: {after}.").format(after=after)


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


def confirm_box(parent: QWidget | None, title: str, question: str, verb: str) -> QMessageBox:
    """A question whose buttons say what they do: `verb` (e.g. "Restart the modem") and
    Cancel, Cancel the default (Enter never changes the modem by accident)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    box.addButton(verb, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def ask_with_verb(parent: QWidget | None, title: str, question: str, verb: str) -> bool:
    box = confirm_box(parent, title, question, verb)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole


class ConfirmFix:
    """The question before a change to the modem, answered with the change's own verb.
    Tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, question: str, verb: str | None = None) -> bool:
        return ask_with_verb(
            parent, QCoreApplication.translate("ConfirmFix", "Change the modem?"), question,
            verb or QCoreApplication.translate("ConfirmFix", "Change the modem"))
