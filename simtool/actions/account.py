"""Ask the operator about the account: balance and top-up by USSD, or the balance by SMS
(Chinese operators: CXYE to 10086...), as the `account` step.

The codes come from the provider database for the SIM's home network unless the user gives
one. The answer becomes the checklist's AccountResult, so a report carries what the operator
said, with the balance, data left and plan end found in it. The app uses these; the CLI's
`balance` and `topup` answer menus at the terminal. Sending an SMS is a write action: the
callers ask first (--allow-write, or the app's confirmation).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from simtool.actions import validate
from simtool.actions.apn import ApnError, providers_for_sim, read_contexts
from simtool.actions.ussd import UssdError, run_ussd
from simtool.at.session import AtSession
from simtool.errors import ValidationError
from simtool.facts import REGISTERED_STATES, AccountResult, Facts
from simtool.i18n import tr
from simtool.providers import operators
from simtool.providers.database import (
    Provider,
    SmsQuery,
    UssdCode,
    balance_code,
    balance_sms,
    provider_names,
    topup_code,
)


class AccountCodes(NamedTuple):
    """What the provider database knows for this SIM (None: nothing on record)."""

    imsi: str | None
    provider: str | None       # "Vodafone / 1&1", for the dialog
    balance: UssdCode | None
    topup: UssdCode | None
    balance_sms: SmsQuery | None = None     # the operator answers this SMS instead

    @property
    def method(self) -> str | None:
        """How this operator is asked for the balance: "ussd", "sms", or None (unknown)."""
        if self.balance is not None:
            return "ussd"
        return "sms" if self.balance_sms is not None else None


def codes_for(providers: list[Provider], imsi: str | None = None) -> AccountCodes:
    """The codes on record among `providers` (the entries of one network id)."""
    return AccountCodes(imsi, provider_names(providers), balance_code(providers),
                        topup_code(providers), balance_sms(providers))


def iot_sms_warning(providers: Sequence[Provider], apn: str | None = None) -> str | None:
    """For an IoT card (物联网卡: its IMSI range or its APN says so), that the operator's balance
    SMS will most likely fail, and where to look instead; None for any other card. IoT cards
    are often barred from SMS or may text only the numbers their platform allows."""
    if not operators.is_iot_card(providers, apn=apn):
        return None
    info = operators.operator_info(providers)
    platform = info.iot_platform if info is not None else None
    if platform:
        return tr("Account", "This SIM looks like an IoT card (物联网卡). IoT cards are often "
                  "not allowed to send SMS, or only to the numbers their platform allows, so "
                  "the operator's balance SMS will most likely fail (and may still be charged). "
                  "Check the balance, data and validity on the card's IoT platform, {platform}, "
                  "or ask the vendor who sold the card.").format(platform=platform)
    return tr("Account", "This SIM looks like an IoT card (物联网卡). IoT cards are often not "
              "allowed to send SMS, or only to the numbers their platform allows, so the "
              "operator's balance SMS will most likely fail (and may still be charged). Check "
              "the balance, data and validity on the card's IoT platform or ask the vendor who "
              "sold the card.")


def configured_apn(session: AtSession) -> str | None:
    """The APN the modem uses (cid 1, else the first context); None when unreadable."""
    try:
        contexts = read_contexts(session)
    except ApnError:
        return None
    for context in sorted(contexts, key=lambda c: c.cid != 1):
        return context.apn or ""
    return ""


def account_codes(session: AtSession) -> AccountCodes:
    """The codes on record for the SIM in the modem (asks it for its IMSI)."""
    imsi, providers = providers_for_sim(session)
    return codes_for(providers, imsi)


def _answered(session: AtSession, code: str, shown: str | None = None) -> AccountResult:
    """Run `code` once (a menu is cancelled after its first page) and keep what the network
    said; a refusal or silence is an answer too, worded for the user. `shown` is the code
    as reports may quote it (a voucher masked)."""
    shown = shown or code
    try:
        result = run_ussd(session, code, secret=shown != code)
    except UssdError as error:
        return AccountResult(ok=False, text=str(error), code_used=shown)
    text = "\n".join(result.answers) or tr("Account", "(the network answered without text)")
    return AccountResult(ok=True, text=text, code_used=shown)


def ask_balance(session: AtSession, code: str | None = None) -> AccountResult:
    """The operator's answer to the balance check: `code`, or the database's. Raises
    ValidationError when there is no code to send (none given, none on record)."""
    if code is None:
        found = account_codes(session).balance
        if found is None:
            raise ValidationError(tr("Account", "Your operator has no balance-check code in "
                                     "the provider database. Enter the code your operator "
                                     "gives for it (often *100#)."))
        code = found.code
    return _answered(session, validate.ussd(code))


def sms_result(number: str, text: str, answer_text: str | None, *, ok: bool) -> AccountResult:
    """An AccountResult for an SMS query, with the figures the answer gives."""
    from simtool.providers.replies import read_figures

    shown = tr("Account", "SMS \"{text}\" to {number}").format(text=text, number=number)
    if not ok or answer_text is None:
        return AccountResult(ok=False, text=answer_text or "", code_used=shown, method="sms")
    figures = read_figures(answer_text)
    return AccountResult(ok=True, text=answer_text, code_used=shown, method="sms",
                         balance=figures.balance, data_left=figures.data_left,
                         plan_end=figures.plan_end)


def ask_balance_by_sms(session: AtSession, query: SmsQuery | None = None, *,
                       delete_reply: bool = False, timeout: float | None = None
                       ) -> AccountResult:
    """Send the operator's balance SMS (`query`, or the provider database's) and read its
    answer. The caller has the user's consent to send (it may be charged). Raises
    ValidationError when there is no query to send."""
    from simtool.actions.sms import REPLY_TIMEOUT, SmsError, ask_by_sms

    if query is None:
        query = account_codes(session).balance_sms
        if query is None:
            raise ValidationError(tr("Account", "Your operator has no balance SMS in the "
                                     "provider database. Give the number and text your "
                                     "operator names for it."))
    wait = REPLY_TIMEOUT if timeout is None else timeout
    try:
        answer = ask_by_sms(session, query.number, query.text, delete_reply=delete_reply,
                            timeout=wait)
    except SmsError as error:
        return sms_result(query.number, query.text, str(error), ok=False)
    if answer.message is None:
        return sms_result(query.number, query.text, tr(
            "Account", "The SMS was sent, but {number} did not answer within {seconds:.0f} s. "
            "The answer may still come: it stays in the modem's messages.").format(
                number=query.number, seconds=wait),
            ok=False)
    text = answer.message.text
    if not answer.message.complete:
        text += " " + tr("Account", "[part of the answer is missing]")
    return sms_result(query.number, query.text, text, ok=True)


def balance_step(session: AtSession, facts: Facts, code: str | None = None, *,
                 allow_sms: bool = False, sms_timeout: float | None = None) -> None:
    """The balance query as a step of a check (`simtool check --balance`): the operator's
    answer goes to `facts.account` for the `account` step. Nothing is sent when the modem is
    not on a network (the step is skipped then, and USSD would only wait for a refusal).
    Operators that answer by SMS are asked by SMS only with `allow_sms` (the user's
    --allow-write: an SMS may be charged)."""
    if facts.registration.overall not in REGISTERED_STATES:
        return
    if code is None:
        imsi, found = providers_for_sim(session)
        codes = codes_for(found, imsi)
        if codes.method == "sms":
            # An IoT card (物联网卡) is told that the SMS will most likely fail, and where to
            # look instead: before anything is sent, and with the failure when it does.
            warning = iot_sms_warning(found, facts.apn.configured)
            if not allow_sms:
                text = tr("Runner", "Your operator answers balance queries by SMS, which may "
                          "be charged: add --allow-write to send it.") if warning is None \
                    else tr("Runner", "{warning} Nothing was sent; add --allow-write to try "
                            "it anyway.").format(warning=warning)
                facts.account = AccountResult(ok=False, code_used="", method="sms", text=text)
                return
            result = ask_balance_by_sms(session, codes.balance_sms, timeout=sms_timeout)
            if not result.ok and warning is not None:
                result.text = tr("Runner", "{failure} {warning}").format(
                    failure=result.text, warning=warning)
            facts.account = result
            return
    try:
        facts.account = ask_balance(session, code)
    except ValidationError:                 # no code on record and none given
        facts.account = AccountResult(ok=False, code_used="", text=tr(
            "Runner", "The operator has no balance-check code in the provider database: "
            "give yours with --balance-code, e.g. --balance-code '*100#'."))


def top_up(session: AtSession, voucher: str, template: str | None = None) -> AccountResult:
    """Redeem `voucher` with `template` ("*101*CODE#") or the database's top-up code."""
    voucher = validate.voucher(voucher)
    if template is None:
        found = account_codes(session).topup
        if found is None:
            raise ValidationError(tr("Account", "Your operator has no top-up code in the "
                                     "provider database. Enter it with CODE where the voucher "
                                     "goes, e.g. *101*CODE#."))
        code, shown = found.fill(voucher), found.fill("*" * len(voucher))
    else:
        if "CODE" not in template:
            raise ValidationError(tr("Account", "The top-up code needs CODE where the voucher "
                                     "goes, e.g. *101*CODE#."))
        code = template.replace("CODE", voucher)
        shown = template.replace("CODE", "*" * len(voucher))
    return _answered(session, validate.ussd(code), shown)
