"""Ask the operator about the account: balance and top-up by USSD, as the `account` step.

The codes come from the provider database for the SIM's home network unless the user gives
one. The answer becomes the checklist's AccountResult, so a report carries what the operator
said. The app uses these; the CLI's `balance` and `topup` answer menus at the terminal.
"""

from __future__ import annotations

from typing import NamedTuple

from simtool.actions import validate
from simtool.actions.apn import providers_for_sim
from simtool.actions.ussd import UssdError, run_ussd
from simtool.at.session import AtSession
from simtool.errors import ValidationError
from simtool.facts import REGISTERED_STATES, AccountResult, Facts
from simtool.i18n import tr
from simtool.providers.database import (
    Provider,
    UssdCode,
    balance_code,
    provider_names,
    topup_code,
)


class AccountCodes(NamedTuple):
    """What the provider database knows for this SIM (None: nothing on record)."""

    imsi: str | None
    provider: str | None       # "Vodafone / 1&1", for the dialog
    balance: UssdCode | None
    topup: UssdCode | None


def codes_for(providers: list[Provider], imsi: str | None = None) -> AccountCodes:
    """The codes on record among `providers` (the entries of one network id)."""
    return AccountCodes(imsi, provider_names(providers), balance_code(providers),
                        topup_code(providers))


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


def balance_step(session: AtSession, facts: Facts, code: str | None = None) -> None:
    """The balance query as a step of a check (`simtool check --balance`): the operator's
    answer goes to `facts.account` for the `account` step. Nothing is sent when the modem is
    not on a network (the step is skipped then, and USSD would only wait for a refusal)."""
    if facts.registration.overall not in REGISTERED_STATES:
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
