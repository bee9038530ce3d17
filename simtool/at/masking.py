"""Hide PIN and PUK digits in AT text before it reaches a transcript, a log or a report.

Pure text functions. The commands covered are the ones of TS 27.007 that carry SIM passwords
(+CPIN, +CPIN2, +CLCK, +CPWD, and the Huawei ^CPIN form of +CPIN) plus +CSIM APDUs whose
instruction carries PIN data (ISO 7816-4 VERIFY 20, CHANGE 24, DISABLE 26, ENABLE 28,
UNBLOCK 2C). Every digit of a secret becomes '*', so the length stays visible. APN
passwords (+CGAUTH, Quectel +QICSGP) are not only digits: every character of them is masked.
"""

from __future__ import annotations

import re

_PASSWORD_COMMAND = re.compile(
    r"(?P<name>[+^](?:CPIN2?|CPWD|CLCK|CGAUTH|QICSGP))[ \t]*=(?P<args>[^\r\n;]*)",
    re.IGNORECASE)
_CSIM = re.compile(
    r"(?P<head>\+CSIM[ \t]*=[ \t]*\d+[ \t]*,[ \t]*\"?)(?P<apdu>[0-9A-Fa-f]+)", re.IGNORECASE)
_PIN_INSTRUCTIONS = frozenset({"20", "24", "26", "28", "2C"})
_APDU_HEADER_HEX = 10            # CLA INS P1 P2 Lc
_DIGIT = re.compile(r"\d")

# Which comma-separated argument positions hold passwords (None = every argument).
_SECRET_ARGUMENTS: dict[str, tuple[int, ...] | None] = {
    "+CPIN": None, "^CPIN": None, "+CPIN2": None, "^CPIN2": None,
    "+CLCK": (2,), "^CLCK": (2,),
    "+CPWD": (1, 2), "^CPWD": (1, 2),
}
# APN passwords: (position, mask every character rather than digits only).
_TEXT_SECRET_ARGUMENTS: dict[str, int] = {"+CGAUTH": 3, "+QICSGP": 4}
_QUOTED_TEXT = re.compile(r'[^"\s]')


def _star_digits(text: str) -> str:
    return _DIGIT.sub("*", text)


def _mask_password_command(match: re.Match[str]) -> str:
    name = match.group("name")
    args = match.group("args")
    text_position = _TEXT_SECRET_ARGUMENTS.get(name.upper())
    if text_position is not None:
        parts = args.split(",")
        if text_position < len(parts):
            parts[text_position] = _QUOTED_TEXT.sub("*", parts[text_position])
        return f"{name}={','.join(parts)}"
    positions = _SECRET_ARGUMENTS.get(name.upper())
    if positions is None:
        return f"{name}={_star_digits(args)}"
    parts = args.split(",")
    for position in positions:
        if position < len(parts):
            parts[position] = _star_digits(parts[position])
    return f"{name}={','.join(parts)}"


def _mask_csim(match: re.Match[str]) -> str:
    apdu = match.group("apdu")
    if len(apdu) > _APDU_HEADER_HEX and apdu[2:4].upper() in _PIN_INSTRUCTIONS:
        apdu = apdu[:_APDU_HEADER_HEX] + "*" * (len(apdu) - _APDU_HEADER_HEX)
    return match.group("head") + apdu


def mask_secrets(text: str) -> str:
    """Replace PIN/PUK digits of SIM password commands in `text` with '*'."""
    if "=" not in text:
        return text
    text = _PASSWORD_COMMAND.sub(_mask_password_command, text)
    return _CSIM.sub(_mask_csim, text)


def mask_arguments(text: str) -> str:
    """Mask every digit after the first '=' of each line: for commands marked secret by the
    caller that `mask_secrets` does not know (vendor unlock commands)."""
    masked = mask_secrets(text)
    out = []
    for line in masked.splitlines(keepends=True):
        head, sep, tail = line.partition("=")
        out.append(head + sep + _star_digits(tail) if sep else line)
    return "".join(out)


# Pattern texts, compiled on first use (re caches them): the session imports this module
# before a check's first byte.
_OPEN_SECRET = r"[+^](?:CPIN2?|CPWD|CLCK|CGAUTH|QICSGP|CSIM)[ \t]*=[^\r\n]*\Z"
_CONTINUATION = r"[0-9A-Za-z]"


def opens_secret(text: str) -> bool:
    """True when `text` stops inside the arguments of a password command: the rest of that
    line arrives later (a late echo split over reads) and must be masked too."""
    return "=" in text and re.search(_OPEN_SECRET, text, re.IGNORECASE) is not None


def mask_continuation(text: str) -> tuple[str, bool]:
    """The rest of a line that `opens_secret` left open, with every letter and digit up to
    its line end masked; and whether the line is still open after `text`."""
    ends = [i for i in (text.find("\r"), text.find("\n")) if i >= 0]
    end = min(ends) if ends else len(text)
    return re.sub(_CONTINUATION, "*", text[:end]) + text[end:], not ends
