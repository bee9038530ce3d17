"""Validation of everything that goes to the modem: what a user types, and what the modem
or a saved file supplies and simtool sends back (an APN and PDP type restored by undo, a
report mode put back) - a modem can report anything, and a file can be edited by hand.

The AT parser acts on CR, LF, '"' and ';' (end of command, string delimiter, command
separator), so none of them may appear in a value; lengths are bounded by 3GPP limits.
Every refusal says what was wrong.
"""

from __future__ import annotations

import re

from simtool.errors import ValidationError
from simtool.i18n import tr

_FORBIDDEN = set('\r\n";\x00\x1a\x1b')   # CR LF quote semicolon NUL Ctrl-Z ESC


def _no_control(value: str, what: str) -> None:
    bad = sorted({c for c in value if c in _FORBIDDEN or ord(c) < 0x20 or ord(c) == 0x7F})
    if bad:
        shown = ", ".join(repr(c) for c in bad)
        raise ValidationError(tr("Validate", "{what} contains characters the modem would act "
                                 "on ({chars}); remove them.").format(what=what, chars=shown))


def pin(value: str) -> str:
    """A SIM PIN: 4 to 8 digits (3GPP TS 31.101)."""
    if not re.fullmatch(r"[0-9]{4,8}", value or ""):
        raise ValidationError(tr("Validate", "A PIN is 4 to 8 digits, nothing else."))
    return value


def puk(value: str) -> str:
    """A SIM PUK: exactly 8 digits."""
    if not re.fullmatch(r"[0-9]{8}", value or ""):
        raise ValidationError(tr("Validate", "A PUK is exactly 8 digits, nothing else."))
    return value


def apn(value: str) -> str:
    """An APN: labels of letters, digits and '-', separated by dots (TS 23.003 §9.1), at most
    100 characters. The empty APN (network-provided) is allowed."""
    _no_control(value, tr("Validate", "The APN"))
    if len(value) > 100:
        raise ValidationError(tr("Validate", "An APN is at most 100 characters long."))
    if value and not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                                  r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*", value):
        raise ValidationError(tr("Validate", "An APN is made of letters, digits, '-' and dots, "
                                 "like 'internet' or 'cmnet'."))
    return value


def credential(value: str, what: str) -> str:
    """APN user name or password: printable, at most 64 characters."""
    _no_control(value, what)
    if len(value) > 64:
        raise ValidationError(tr("Validate", "{what} is at most 64 characters long.").format(
            what=what))
    return value


def ussd(value: str) -> str:
    """A USSD string: digits, '*' and '#' (TS 22.090), 1 to 182 characters."""
    _no_control(value, tr("Validate", "The USSD code"))
    if not re.fullmatch(r"[0-9*#+]{1,182}", value or ""):
        raise ValidationError(tr("Validate", "A USSD code is made of digits, '*' and '#', "
                                 "like *100#."))
    return value


def voucher(value: str) -> str:
    """A top-up voucher: 6 to 30 digits."""
    if not re.fullmatch(r"[0-9]{6,30}", value or ""):
        raise ValidationError(tr("Validate", "A voucher code is 6 to 30 digits."))
    return value


# TS 27.007 §10.1.1 <PDP_type> values.
PDP_TYPES = ("IP", "IPV6", "IPV4V6", "PPP", "X.25", "OSPIH", "NON-IP", "ETHERNET")


def pdp_type(value: str) -> str:
    """A PDP type of TS 27.007 (IP, IPV6, IPV4V6, PPP, Non-IP, ...), any case."""
    _no_control(value, tr("Validate", "The PDP type"))
    if value.upper() not in PDP_TYPES:
        raise ValidationError(tr("Validate", "{value} is not a PDP type; use IP, IPV6 or "
                                 "IPV4V6.").format(value=repr(value)))
    return value


def cid(value: int) -> int:
    if not 1 <= value <= 24:
        raise ValidationError(tr("Validate", "A context id (cid) is between 1 and 24."))
    return value


def sms_number(value: str) -> str:
    """A number an SMS goes to: digits with an optional leading '+', 3 to 20 long."""
    if not re.fullmatch(r"\+?[0-9]{3,20}", value or ""):
        raise ValidationError(tr("Validate", "An SMS number is 3 to 20 digits (a leading + "
                                 "is allowed), e.g. 10086."))
    return value


def sms_text(value: str) -> str:
    """A short query SMS: 1 to 160 characters, none the modem would act on."""
    if not value or len(value) > 160:
        raise ValidationError(tr("Validate", "The SMS text is 1 to 160 characters long."))
    _no_control(value, tr("Validate", "The SMS text"))
    return value
