"""Privacy for exported reports.

`redact_report` masks the subscriber and device identifiers (IMEI, IMSI, ICCID, EID, phone
number) in every string of the report - facts, check details and remedies, the verdict,
the AT transcript, the support details - keeping the last 4 digits, in one style:
"***************1234" (same length as the original, so columns still line up). The long
numbers in operator notices (phone, account and card numbers, codes) are masked wherever
the report quotes them.

`scrub_secrets` is applied to every export, redacted or not: PIN and PUK arguments of
AT+CPIN / AT+CLCK / AT+CPWD are masked even if the transcript somehow kept them.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable
from typing import Any

from simtool.at.transcript import TranscriptEntry
from simtool.report.model import Report

MASK = "*"
KEEP = 4

# Any long run of digits is an identifier (IMEI 15, IMSI 15, ICCID 19-20, E.164 up to 15),
# possibly with the "F" filler ICCIDs carry in the SIM file. 12 is below all of them but
# above any value a modem reports otherwise (cell ids are hex, timestamps have separators).
_LONG_NUMBER = re.compile(r"(?<![0-9])\+?[0-9][0-9Ff]{10,}[0-9Ff](?![0-9])")
# Commands whose arguments are secrets, and the index of the first secret argument.
_SECRET_COMMANDS = {"CPIN": 0, "CLCK": 2, "CPWD": 1}
_SECRET_COMMAND = re.compile(r"(?i)(\+(CPIN|CLCK|CPWD)\s*=\s*)([^\r\n;]*)")


def mask(value: str) -> str:
    """'89860012345678901234' -> '****************1234'; a leading '+' stays."""
    prefix = "+" if value.startswith("+") else ""
    body = value[len(prefix):]
    filler = body[len(body.rstrip("Ff")):]  # an ICCID's trailing F is padding, not a digit
    body = body[: len(body) - len(filler)]
    if len(body) <= KEEP:
        return prefix + MASK * len(body) + filler
    return prefix + MASK * (len(body) - KEEP) + body[-KEEP:] + filler


def _mask_secret_arguments(match: re.Match[str]) -> str:
    first_secret = _SECRET_COMMANDS[match.group(2).upper()]
    args = match.group(3).split(",")
    masked = [re.sub(r"[0-9]", MASK, a) if i >= first_secret else a for i, a in enumerate(args)]
    return match.group(1) + ",".join(masked)


def mask_secrets(text: str) -> str:
    """Mask the digits of PIN/PUK arguments in AT commands found in `text`."""
    return _SECRET_COMMAND.sub(_mask_secret_arguments, text)


def mask_digits(text: str) -> str:
    """Mask every digit but the last 4, keeping spaces and dashes: '+49 172 1234567' ->
    '+** *** ***4567'."""
    total = sum(c.isdigit() for c in text)
    seen = 0
    out = []
    for char in text:
        if char.isdigit():
            seen += 1
            out.append(char if seen > total - KEEP else MASK)
        else:
            out.append(char)
    return "".join(out)


def _identifier_patterns(report: Report) -> list[re.Pattern[str]]:
    """Each identifier as written anywhere: with spaces or dashes between digits, and a
    phone number also in national form (country code dropped, optional trunk 0)."""
    facts = report.facts
    numbers = [facts.modem.imei, facts.sim.iccid, facts.sim.imsi, facts.sim.eid,
               *(profile.iccid for profile in facts.sim.profiles)]
    variants: set[str] = set()
    for value in numbers:
        digits = re.sub(r"[^0-9]", "", value or "")
        if len(digits) >= 6:
            variants.add(digits)
    phone = re.sub(r"[^0-9]", "", facts.sim.msisdn or "")
    if len(phone) >= 6:
        variants.add(phone)
        # Country codes are 1-3 digits; national numbers are at least 6.
        variants.update(phone[cc:] for cc in (1, 2, 3) if len(phone) - cc >= 6)
    # Longest first so a full number is masked before a part of it.
    return [re.compile(r"(?<![0-9])0?" + r"[ -]?".join(v) + r"(?![0-9])")
            for v in sorted(variants, key=len, reverse=True)]


def _swapped(iccid: str) -> str:
    """An ICCID as the card stores it (EF_ICCID over +CRSM, tag 5A of an eSIM profile list):
    BCD with the nibbles of each byte swapped, padded with F."""
    padded = iccid + "F" * (len(iccid) % 2)
    return "".join(padded[i + 1] + padded[i] for i in range(0, len(padded), 2))


def _card_hex_patterns(report: Report) -> list[re.Pattern[str]]:
    """ICCIDs in their swapped form, and the EID, as they appear inside APDU hex in the
    transcript (no digit boundaries there: hex runs on both sides)."""
    sim = report.facts.sim
    iccids = [sim.iccid, *(profile.iccid for profile in sim.profiles)]
    forms = {_swapped(i.upper().rstrip("F")) for i in iccids if i and len(i) >= 10}
    if sim.eid and len(sim.eid) >= 16:
        forms.add(sim.eid.upper())
    return [re.compile(re.escape(form), re.IGNORECASE)
            for form in sorted(forms, key=len, reverse=True)]


# In an operator notice, any run of 6 or more digits may be personal: a phone or account
# number, a card number, a verification code. Service numbers (10086) and amounts are shorter.
_NOTICE_NUMBER = re.compile(r"(?<![0-9])[0-9]{6,}(?![0-9])")


def _notice_patterns(report: Report) -> list[re.Pattern[str]]:
    """Each long number found in a notice, wherever the report quotes it."""
    runs = {match.group(0) for notice in report.facts.notices
            for match in _NOTICE_NUMBER.finditer(notice.text)}
    return [re.compile(r"(?<![0-9])" + run + r"(?![0-9])")
            for run in sorted(runs, key=len, reverse=True)]


def _mask_notice_number(value: str) -> str:
    """A phone-length number keeps its last 4 digits, like the identifiers; a shorter one
    (a code, an account number) is masked whole."""
    return mask(value) if len(value) >= 11 else MASK * len(value)


def _masker(patterns: list[re.Pattern[str]],
            hex_patterns: list[re.Pattern[str]] | None = None,
            notice_numbers: list[re.Pattern[str]] | None = None) -> Callable[[str], str]:
    def redact_text(text: str) -> str:
        for pattern in patterns:
            text = pattern.sub(lambda m: mask_digits(m.group(0)), text)
        for pattern in hex_patterns or ():
            text = pattern.sub(lambda m: MASK * len(m.group(0)), text)
        for pattern in notice_numbers or ():
            text = pattern.sub(lambda m: _mask_notice_number(m.group(0)), text)
        return mask_secrets(_LONG_NUMBER.sub(lambda m: mask(m.group(0)), text))

    return redact_text


def _map_strings(obj: Any, func: Callable[[str], str]) -> Any:
    """Apply `func` to every string inside dataclasses and lists, in place."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            setattr(obj, f.name, _map_strings(getattr(obj, f.name), func))
        return obj
    if isinstance(obj, TranscriptEntry):     # a plain class (see at/transcript.py)
        obj.text = func(obj.text)
        return obj
    if isinstance(obj, list):
        return [_map_strings(item, func) for item in obj]
    if isinstance(obj, str):
        return func(obj)
    return obj


def redact_report(report: Report) -> Report:
    """A copy of `report` with IMEI, IMSI, ICCID, EID and phone number masked everywhere
    (ICCIDs and the EID also inside the APDU hex of the transcript)."""
    copied = copy.deepcopy(report)
    # Every string field of the report, including the facts the JSON does not carry.
    _map_strings(copied, _masker(_identifier_patterns(report), _card_hex_patterns(report),
                                 _notice_patterns(report)))
    return copied


def for_display(report: Report) -> Report:
    """A copy of `report` fit for a terminal, Markdown or HTML: no control characters in any
    value (simtool.safetext.printable), the transcript's written as escapes (visible)."""
    from simtool.safetext import printable, visible

    copied = copy.deepcopy(report)
    transcript = copied.transcript
    copied.transcript = []
    _map_strings(copied, printable)
    for entry in transcript:
        entry.text = visible(entry.text)
    copied.transcript = transcript
    return copied


def scrub_secrets(report: Report) -> Report:
    """A copy of `report` in which no string can show a PIN or PUK typed into AT commands."""
    copied = copy.deepcopy(report)
    _map_strings(copied, mask_secrets)
    return copied


def redactor(report: Report) -> Callable[[str], str]:
    """What redact_report does to each string, for text that goes with the report (an AT
    console log, a support bundle's notes)."""
    return _masker(_identifier_patterns(report))
