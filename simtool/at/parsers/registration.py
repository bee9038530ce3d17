"""Registration replies: +CREG / +CGREG / +CEREG / +C5GREG, read responses and URCs.

Parsed by splitting fields, not by fixed-arity patterns, so every <n>=0..5 form, two-digit
<stat> and <AcT>, quoted or bare hex, and the reject cause (<n>=3/5) are read. PSM timers
(<n>=4/5) and the 5GS NSSAI are skipped. Layouts from 3GPP TS 27.007 §7.2, §10.1.20,
§10.1.22, §10.1.30.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from simtool.at.parsers.common import Unparsed, info_lines, is_quoted, split_fields, to_int
from simtool.facts import REG_STATES, RegistrationDomain
from simtool.i18n import tr

PREFIXES = {"+CREG": "cs", "+CGREG": "ps", "+CEREG": "eps", "+C5GREG": "nr5g"}
DOMAIN_PREFIX = {domain: prefix for prefix, domain in PREFIXES.items()}

# Offsets of each field after <stat>, per domain; None = the domain has no such field.
_LAYOUT: dict[str, dict[str, int]] = {
    "cs": {"area": 1, "ci": 2, "act": 3, "cause_type": 4, "reject_cause": 5},
    "ps": {"area": 1, "ci": 2, "act": 3, "cause_type": 5, "reject_cause": 6},   # 4 = rac
    "eps": {"area": 1, "ci": 2, "act": 3, "cause_type": 4, "reject_cause": 5},
    "nr5g": {"area": 1, "ci": 2, "act": 3, "cause_type": 6, "reject_cause": 7},  # 4,5 NSSAI
}

# AcT values that mean an LTE/NR cell, where the area code is a TAC (ModemManager does the same).
_TAC_ACTS = frozenset({7, 9, 10, 11, 12, 13})

_LINE = re.compile(r"^(\+C5GREG|\+CGREG|\+CEREG|\+CREG)\s*:\s*(.*)$", re.IGNORECASE)


class RegStatus(NamedTuple):
    domain: str                 # "cs" | "ps" | "eps" | "nr5g"
    n: int | None               # unsolicited-report mode; None for a URC
    stat: int
    lac: str | None = None
    tac: str | None = None
    ci: str | None = None
    act: int | None = None
    cause_type: int | None = None
    reject_cause: int | None = None


def normalise_hex(field: str | None) -> str | None:
    """'"00A1b"' -> 'A1B'; '' -> None; non-hex -> None."""
    if field is None:
        return None
    value = field.strip().strip('"').strip().upper()
    if not value or not re.fullmatch(r"[0-9A-F]+", value):
        return None
    return value.lstrip("0") or "0"


def _looks_like_area(field: str) -> bool:
    """A LAC/TAC is quoted, hex, bigger than any <stat>, or written with 4+ digits ("0001",
    Altair); "001" (Iridium) is a stat."""
    value = field.strip()
    number = to_int(value)
    return (is_quoted(value) or bool(re.search(r"[A-Fa-f]", value))
            or (number is not None and number > 13) or len(value) >= 4)


def _has_n(fields: list[str], solicited: bool | None) -> bool:
    if solicited is not None:
        return solicited
    if len(fields) == 1:
        return False
    if len(fields) == 2:
        return True
    # "+CREG: 2,," (Novatel XU870 URC): an empty second field is an omitted LAC.
    return bool(fields[1].strip()) and not _looks_like_area(fields[1])


def _field(fields: list[str], index: int) -> str | None:
    return fields[index] if 0 <= index < len(fields) else None


def parse_reg_line(line: str, solicited: bool | None = None) -> RegStatus | Unparsed:
    """One +CREG/+CGREG/+CEREG/+C5GREG line; solicited=None guesses read reply vs URC."""
    match = _LINE.match(line.strip())
    if not match:
        return Unparsed(line, tr("Parser", "not a registration line"))
    domain = PREFIXES[match.group(1).upper()]
    fields = split_fields(match.group(2))
    with_n = _has_n(fields, solicited)
    start = 1 if with_n else 0
    n = to_int(fields[0]) if with_n else None
    stat = to_int(_field(fields, start))
    if stat is None or stat < 0:
        return Unparsed(line, tr("Parser", "no <stat> in the registration line"))
    layout = dict(_LAYOUT[domain])
    rest = fields[start:]
    # Novatel E362 puts a RAC between TAC and CI in +CEREG: a 1-2 digit "ci" followed by a
    # long hex field means the fields are shifted by one.
    if domain == "eps" and len(rest) >= 5:
        ci_field, next_field = rest[2].strip('" '), rest[3].strip('" ')
        if len(ci_field) <= 2 and len(next_field) > 4 and normalise_hex(next_field):
            layout = {"area": 1, "ci": 3, "act": 4, "cause_type": 99, "reject_cause": 99}
    area = normalise_hex(_field(rest, layout["area"]))
    act = to_int(_field(rest, layout["act"]))
    act = act if act is not None and 0 <= act <= 13 else None
    uses_tac = domain in ("eps", "nr5g") or act in _TAC_ACTS
    return RegStatus(
        domain=domain,
        n=n,
        stat=stat,
        lac=None if uses_tac else area,
        tac=area if uses_tac else None,
        ci=normalise_hex(_field(rest, layout["ci"])),
        act=act,
        cause_type=to_int(_field(rest, layout["cause_type"])),
        reject_cause=to_int(_field(rest, layout["reject_cause"])),
    )


def parse_reg_urc(line: str) -> RegStatus | Unparsed:
    """An unsolicited +CREG/+CGREG/+CEREG/+C5GREG (no <n> field)."""
    return parse_reg_line(line, solicited=False)


def parse_reg_all(text: str, solicited: bool | None = None) -> list[RegStatus]:
    """Every registration line in text (several URCs in one read are all returned)."""
    results = []
    for line in info_lines(text):
        parsed = parse_reg_line(line, solicited)
        if isinstance(parsed, RegStatus):
            results.append(parsed)
    return results


def _parse_read(text: str, prefix: str) -> RegStatus | Unparsed:
    """The answer to a read (+CREG? ...), taken by its shape: with registration reports on,
    the modem may put URCs of the same prefix before or after it (`+CREG: <stat>,<lac>,...`
    without <n>), so the first line with the prefix is not necessarily the answer."""
    lines = [line for line in info_lines(text)
             if (match := _LINE.match(line)) and match.group(1).upper() == prefix]
    if not lines:
        return Unparsed(text, tr("Parser", "no {what} line in the reply").format(what=prefix))
    for line in lines:
        if is_solicited_shape(line):
            parsed = parse_reg_line(line, solicited=True)
            return Unparsed(text, parsed.reason) if isinstance(parsed, Unparsed) else parsed
    # Only the unsolicited shape: a modem that leaves <n> out of its read reply.
    parsed = parse_reg_line(lines[0], solicited=False)
    return Unparsed(text, parsed.reason) if isinstance(parsed, Unparsed) else parsed


def is_solicited_shape(line: str) -> bool:
    """Whether a registration line has the read reply's shape (`<n>,<stat>[,...]`) rather
    than a URC's (`<stat>[,<lac>,<ci>...]`)."""
    match = _LINE.match(line.strip())
    if not match:
        return False
    fields = split_fields(match.group(2))
    return _has_n(fields, None) and to_int(fields[0]) is not None and \
        0 <= (to_int(fields[0]) or 0) <= 5


def parse_creg(text: str) -> RegStatus | Unparsed:
    return _parse_read(text, "+CREG")


def parse_cgreg(text: str) -> RegStatus | Unparsed:
    return _parse_read(text, "+CGREG")


def parse_cereg(text: str) -> RegStatus | Unparsed:
    return _parse_read(text, "+CEREG")


def parse_c5greg(text: str) -> RegStatus | Unparsed:
    return _parse_read(text, "+C5GREG")


def to_domain(reg: RegStatus) -> RegistrationDomain:
    """Report shape. A reject cause counts only when it is a 3GPP cause (cause_type 0) and
    non-zero: cause 0 / manufacturer causes say nothing the user can act on (causes.md §5)."""
    known = 0 <= reg.stat < len(REG_STATES)
    cause = reg.reject_cause
    usable_cause = cause if cause and cause > 0 and reg.cause_type in (0, None) else None
    return RegistrationDomain(
        stat=reg.stat if known else None,
        state=REG_STATES[reg.stat] if known else "unknown",
        lac=reg.lac if known else None,
        tac=reg.tac if known else None,
        ci=reg.ci if known else None,
        act=reg.act if known else None,
        reject_cause=usable_cause,
    )
