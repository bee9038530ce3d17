"""Shared pieces of the pure AT reply parsers.

Every parser takes the reply's information lines joined with "\\n" and returns a typed
result or `Unparsed`. They tolerate the echo and the final result code being included,
spaces or none after the colon, quoted or bare values, any letter case and trailing junk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from simtool.i18n import tr


class Unparsed(NamedTuple):
    """A reply no parser could read: kept verbatim so a human can look at it."""

    raw: str
    reason: str


# ASCII: an echo is ASCII, and a case-insensitive [A-Z] over all of Unicode takes ~0.5 ms
# to compile, at import, on every check's path.
_ECHO = re.compile(r"^AT([+^#$%*&!@].*|[A-Z]?\d*|)$", re.IGNORECASE | re.ASCII)
_FINAL = re.compile(
    r"^(OK|ERROR|NO CARRIER|BUSY|NO ANSWER|NO DIALTONE|COMMAND NOT SUPPORT"
    r"|\+CM[ES] ERROR\s*:.*)$",
    re.IGNORECASE,
)
_CME = re.compile(r"^\+CME ERROR\s*:\s*(.*)$", re.IGNORECASE)
_INT = re.compile(r"^\s*\"?\s*([+-]?\d+)")


def info_lines(text: str) -> list[str]:
    """Non-empty, stripped lines without echo and final result codes."""
    lines = []
    for line in re.split(r"[\r\n]+", text):
        line = line.strip().strip("\x00")
        if not line or _ECHO.match(line) or _FINAL.match(line):
            continue
        lines.append(line)
    return lines


def cme_error(text: str) -> str | None:
    """The text after `+CME ERROR:` when the reply is one, else None."""
    for line in re.split(r"[\r\n]+", text):
        match = _CME.match(line.strip())
        if match:
            return match.group(1).strip()
    return None


def after_prefix(line: str, *prefixes: str) -> str | None:
    """What follows the first of `prefixes` (any case) and its colon on `line`, stripped;
    None when the line starts with none of them. "+CPIN" takes "+cpin : READY" but not
    "+CPINR: ...". String operations rather than a regex per prefix: this runs on every
    reply line of a check, and each new pattern costs a compile."""
    for prefix in prefixes:
        if line[:len(prefix)].upper() == prefix.upper():
            rest = line[len(prefix):].lstrip()
            if rest.startswith(":"):
                return rest[1:].strip()
    return None


def values(text: str, *prefixes: str) -> Iterator[str]:
    """Yield what follows any of `prefixes` (e.g. "+CPIN") and its colon, per line."""
    for line in info_lines(text):
        value = after_prefix(line, *prefixes)
        if value is not None:
            yield value


def first_value(text: str, *prefixes: str) -> str | None:
    return next(values(text, *prefixes), None)


def split_fields(body: str) -> list[str]:
    """Split on commas outside double quotes; fields are stripped but keep their quotes."""
    fields: list[str] = []
    current: list[str] = []
    quoted = False
    for char in body:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            fields.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    fields.append("".join(current).strip())
    return fields


def unquote(field: str) -> str:
    field = field.strip()
    if len(field) >= 2 and field[0] == '"' and field[-1] == '"':
        return field[1:-1]
    return field.strip('"')


def is_quoted(field: str) -> bool:
    field = field.strip()
    return len(field) >= 2 and field[0] == '"' and field[-1] == '"'


def to_int(field: str | None) -> int | None:
    """Leading decimal integer of a field ("007" -> 7, '"3"' -> 3); None when there is none."""
    if field is None:
        return None
    match = _INT.match(field)
    if not match:
        return None
    try:
        return int(match.group(1))
    except ValueError:
        return None


def unparsed(text: str, reason: str) -> Unparsed:
    return Unparsed(raw=text, reason=reason)


def no_reply(text: str, what: str) -> Unparsed:
    return Unparsed(raw=text, reason=tr("Parser", "no {what} line in the reply").format(what=what))
