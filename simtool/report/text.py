"""The terminal summary `simtool check` prints: verdict first, checks, next steps.

Fits `width` columns (wide East Asian characters count as 2), uses ANSI colour only when
the caller asks (the CLI decides: a terminal and no NO_COLOR), and falls back to ASCII
marks when the output encoding cannot show the Unicode ones.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from simtool.i18n import tr
from simtool.report.model import Report
from simtool.report.redact import scrub_secrets
from simtool.report.sections import (
    actions_taken,
    next_steps,
    operator_rows,
    operator_side,
    profile_rows,
    reader_notes,
    unknown,
    verdict_line,
    yes_no,
)

MARKS = {"pass": "✔", "warn": "!", "fail": "✘", "skip": "-", "manual": "?", "error": "E"}
ASCII_MARKS = {"pass": "+", "warn": "!", "fail": "x", "skip": "-", "manual": "?", "error": "E"}
VERDICT_STATUS = {"ok": "pass", "problem": "fail", "inconclusive": "manual"}

_COLORS = {"pass": "32", "warn": "33", "fail": "31", "skip": "2", "manual": "36", "error": "35"}
_BOLD = "1"

# Remedies and check details quote shell commands Markdown-style: "run `simtool ports`".
# The rich exporters show them as code; the plain text keeps the backticks as they are.
_CODE_SPAN = re.compile(r"`([^`\n]+)`")


def code_segments(text: str) -> list[tuple[str, bool]]:
    """`text` as (piece, is_code) pairs; code pieces lose their backticks."""
    segments: list[tuple[str, bool]] = []
    position = 0
    for match in _CODE_SPAN.finditer(text):
        if match.start() > position:
            segments.append((text[position:match.start()], False))
        segments.append((match.group(1), True))
        position = match.end()
    if position < len(text):
        segments.append((text[position:], False))
    return segments


# A word is a run of non-space, non-wide characters; each wide character stands alone,
# because CJK text has no spaces and may break between any two characters.
_TOKENS = re.compile(r"\s+|[^\s]")


def char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(c) for c in text)


# Line-breaking rules for CJK (kinsoku): these never start a line / never end one.
_NO_LINE_START = set("，。、；：？！）」』】》〉”’…・〕｝％,.;:?!)]}")
_NO_LINE_END = set("（「『【《〈“‘〔｛([{")


def _glue_punctuation(units: list[str]) -> list[str]:
    """Attach closing punctuation to the unit before it and opening to the unit after."""
    glued: list[str] = []
    carry = ""
    for unit in units:
        if unit != " " and unit[0] in _NO_LINE_START and glued and glued[-1] != " ":
            glued[-1] += carry + unit
            carry = ""
        elif unit != " " and unit[-1] in _NO_LINE_END:
            carry += unit
        else:
            if carry and unit == " ":
                glued.append(carry)
                carry = ""
            glued.append(carry + unit)
            carry = ""
    if carry:
        glued.append(carry)
    return glued


def _words(text: str) -> list[str]:
    """Split into breakable units: spaces, words, and single wide characters."""
    units: list[str] = []
    word = ""
    for token in _TOKENS.findall(text):
        if token.isspace():
            if word:
                units.append(word)
                word = ""
            units.append(" ")
        elif char_width(token) == 2:
            if word:
                units.append(word)
                word = ""
            units.append(token)
        else:
            word += token
    if word:
        units.append(word)
    return _glue_punctuation(units)


def _hard_split(word: str, width: int) -> list[str]:
    pieces, piece = [], ""
    for char in word:
        if piece and display_width(piece + char) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return [*pieces, piece] if piece else pieces


def wrap(text: str, width: int, indent: str = "", first_indent: str | None = None) -> list[str]:
    """Wrap `text` to `width` display columns; paragraphs (newlines) are kept."""
    first = indent if first_indent is None else first_indent
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        prefix = first if not lines else indent
        line = prefix
        room = width - display_width(prefix)
        used = 0
        for unit in _words(paragraph.strip()):
            size = display_width(unit)
            if unit == " ":
                if used and used + 1 <= room:
                    line += " "
                    used += 1
                continue
            if used + size > room and used:
                lines.append(line.rstrip())
                line, used = indent, 0
                room = width - display_width(indent)
            if size > room:  # a URL or hex blob longer than a line: cut it
                *full, rest = _hard_split(unit, room)
                for piece in full:
                    lines.append(line + piece)
                    line, used = indent, 0
                unit, size = rest, display_width(rest)
            line += unit
            used += size
        lines.append(line.rstrip())
    return lines


def can_encode(text: str, stream: object = None) -> bool:
    encoding = getattr(stream or sys.stdout, "encoding", None) or "ascii"
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def user_support_rows(report: Report) -> list[tuple[str, str]]:
    """What the user told us (--symptom, --last-worked, --device-changed) plus the host OS;
    empty when the user gave none of it, so a plain check prints no extra block."""
    s = report.support
    given = [(tr("Report", "Symptom"), s.symptom),
             (tr("Report", "Last worked"), s.last_worked),
             (tr("Report", "Device or card changed"), yes_no(s.device_changed))]
    if not any(value for _, value in given):
        return []
    return [(label, value) for label, value in
            [*given, (tr("Report", "Host OS"), s.host_os)] if value]


def _esim_block(report: Report, width: int, color: bool) -> list[str]:
    """EID and profiles when the card is an eSIM (what its provider asks for)."""
    sim = report.facts.sim
    if sim.type != "esim":
        return []
    out = ["", _paint(tr("Report", "eSIM"), _BOLD, color)]
    rows = [(tr("Report", "EID"), sim.eid or unknown()), *profile_rows(report)]
    if sim.esim_status == "profiles-read" and not sim.profiles:
        rows.append((tr("Report", "Profiles"), tr("Report", "none installed")))
    for label, value in rows:
        out.extend(wrap(f"{label}: {value}", width, indent="      ", first_indent="  "))
    return out


def to_text(report: Report, *, color: bool = False, width: int = 80,
            unicode_marks: bool | None = None) -> str:
    """The summary as printed by `simtool check`. `unicode_marks=None` asks stdout."""
    report = scrub_secrets(report)
    if unicode_marks is None:
        unicode_marks = can_encode("".join(MARKS.values()))
    marks = MARKS if unicode_marks else ASCII_MARKS
    out: list[str] = []

    status = VERDICT_STATUS.get(report.verdict.status, "manual")
    head = verdict_line(report.verdict.status, report.verdict.summary)
    verdict_lines = wrap(head, width, indent="  ", first_indent=f"{marks[status]} ")
    out.extend(_paint(line, f"{_BOLD};{_COLORS[status]}", color) for line in verdict_lines)

    if report.checks:
        out += ["", _paint(tr("Report", "Checks"), _BOLD, color)]
    for check in report.checks:
        mark = marks.get(check.status, "?")
        title_lines = wrap(check.title, width, indent="    ", first_indent=f"  {mark} ")
        colored_mark = _paint(mark, _COLORS.get(check.status, "0"), color)
        title_lines[0] = f"  {colored_mark} " + title_lines[0][len(f"  {mark} "):]
        out.extend(title_lines)
        if check.detail:
            out.extend(wrap(check.detail, width, indent="    "))

    out += _esim_block(report, width, color)

    steps = next_steps(report)
    if steps:
        out += ["", _paint(tr("Report", "Next steps"), _BOLD, color)]
        for number, step in enumerate(steps, start=1):
            label = f"  {number}. "
            out.extend(wrap(step, width, indent=" " * len(label), first_indent=label))

    if actions := actions_taken(report):
        out += ["", _paint(tr("Report", "Actions taken in the app"), _BOLD, color)]
        for line in actions:
            out.extend(wrap(line, width, indent="    ", first_indent="  - "))

    if notes := reader_notes(report.facts):
        out += ["", _paint(tr("Report", "Remarks from reading the modem"), _BOLD, color)]
        for line in notes:
            out.extend(wrap(line, width, indent="    ", first_indent="  - "))

    if operator_side(report):
        out += ["", _paint(tr("Report", "What to tell your operator"), _BOLD, color)]
        for label, value in operator_rows(report):
            out.extend(wrap(f"{label}: {value}", width, indent="      ", first_indent="  "))
    elif support := user_support_rows(report):
        # Not the operator's fault, but what the user typed must not vanish from the file.
        out += ["", _paint(tr("Report", "Support details"), _BOLD, color)]
        for label, value in support:
            out.extend(wrap(f"{label}: {value}", width, indent="      ", first_indent="  "))
    return "\n".join(out) + "\n"
