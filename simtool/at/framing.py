"""AT response framing: turning a byte stream into lines, and spotting final result codes.

Pure functions and a small stateful splitter; no I/O. Final-result detection lives here and
only here, driven by the tables below (TS 27.007 §4.1/§9.2, V.250 result codes, and the cases
ModemManager's serial parsers pin down: see reference notes §1).
"""

from __future__ import annotations

import enum
import re

from simtool.at.cme import cme_code_for_text, cms_code_for_text


class FinalKind(enum.Enum):
    OK = "ok"
    ERROR = "error"
    CME_ERROR = "cme-error"
    CMS_ERROR = "cms-error"
    NO_CARRIER = "no-carrier"
    BUSY = "busy"
    NO_ANSWER = "no-answer"
    NO_DIALTONE = "no-dialtone"
    NOT_SUPPORTED = "not-supported"
    CONNECT = "connect"
    PROMPT = "prompt"
    TIMEOUT = "timeout"
    CANCELLED = "cancelled"


# Whole-line result codes (compared upper-case, surrounding blanks ignored).
_EXACT: dict[str, FinalKind] = {
    "OK": FinalKind.OK,
    "ERROR": FinalKind.ERROR,
    "NO CARRIER": FinalKind.NO_CARRIER,
    "BUSY": FinalKind.BUSY,
    "NO ANSWER": FinalKind.NO_ANSWER,
    "NO DIALTONE": FinalKind.NO_DIALTONE,
    "NO DIAL TONE": FinalKind.NO_DIALTONE,
    "COMMAND NOT SUPPORT": FinalKind.NOT_SUPPORTED,   # Huawei / ZTE wording
    "COMMAND NOT SUPPORTED": FinalKind.NOT_SUPPORTED,
    "CONNECT": FinalKind.CONNECT,
    ">": FinalKind.PROMPT,
}

# "+CME ERROR:" must be followed by something (even a blank): a bare "+CME ERROR:" is not a
# final result in ModemManager's tests, so the command ends as a timeout instead.
_ERROR_PREFIXES: tuple[tuple[str, FinalKind], ...] = (
    ("+CME ERROR:", FinalKind.CME_ERROR),
    ("+CMS ERROR:", FinalKind.CMS_ERROR),
)
_CONNECT = re.compile(r"CONNECT[ \t]+(\S.*)$", re.IGNORECASE)
_MODEM_ERROR = re.compile(r"MODEM ERROR:\s*(\d+)$", re.IGNORECASE)   # Motorola phones
_NUMBER = re.compile(r"\d{1,6}")


def classify_final(line: str) -> tuple[FinalKind, int | None, str | None] | None:
    """Return (kind, code, text) when `line` is a final result code, else None.

    code is the +CME/+CMS number (verbose +CME text is mapped to its 27.007 number when
    known); text is the verbose error text or the CONNECT suffix, kept verbatim.
    """
    stripped = line.strip(" \t\r\n\x00")
    upper = stripped.upper()
    kind = _EXACT.get(upper)
    if kind is not None:
        return kind, None, None
    for prefix, error_kind in _ERROR_PREFIXES:
        if upper.startswith(prefix):
            rest = line.lstrip(" \t\x00")[len(prefix):]
            if rest == "":
                return None
            value = rest.strip()
            if not value:
                return error_kind, None, None
            if _NUMBER.fullmatch(value):
                return error_kind, int(value), None
            if error_kind is FinalKind.CME_ERROR:
                return error_kind, cme_code_for_text(value), value
            return error_kind, cms_code_for_text(value), value
    match = _CONNECT.match(stripped)
    if match:
        return FinalKind.CONNECT, None, match.group(1)
    match = _MODEM_ERROR.match(stripped)
    if match:
        return FinalKind.ERROR, None, stripped
    return None


# Bytes that never belong in a reply line: NUL padding and other C0 controls except TAB.
_JUNK = bytes(c for c in range(32) if c not in (9, 10, 13)) + b"\x7f"
_LINE_ENDS = re.compile(rb"[\r\n]+")

# No modem line is anywhere near this long (the longest real ones are SMS PDUs and USSD
# answers, well under 1 KB); a longer run without a line end is cut here, so a port that
# never sends one cannot grow the buffer without bound.
MAX_LINE = 16 * 1024
CUT_MARK = " [...]"


class LineSplitter:
    """Incremental line splitter: feed raw bytes, get complete lines back.

    CR, LF, CRLF, LFCR (and runs of them) all end a line; empty lines vanish. NULs and other
    control bytes are dropped, undecodable bytes become U+FFFD, lines of pure garbage are
    dropped. A "> " prompt that arrives with no line end is reported as the line "> ".
    A line longer than MAX_LINE is given back cut, ending in CUT_MARK, and the rest of it,
    up to its line end, is dropped (`cut_bytes` counts what was dropped).
    """

    def __init__(self, max_line: int = MAX_LINE) -> None:
        self._buffer = bytearray()
        self._max_line = max_line
        self._skipping = False       # inside the rest of a cut line
        self.cut_bytes = 0

    def feed(self, data: bytes) -> list[str]:
        buffer = self._buffer
        buffer.extend(data.translate(None, _JUNK))
        lines: list[str] = []
        if self._skipping:
            self._skip_rest_of_cut_line()
        end = max(buffer.rfind(b"\r"), buffer.rfind(b"\n")) + 1
        if end:
            for raw in _LINE_ENDS.split(bytes(buffer[:end])):
                if len(raw) > self._max_line:
                    self.cut_bytes += len(raw) - self._max_line
                    raw = raw[:self._max_line]
                    line = _decode(raw)
                    if line is not None:
                        lines.append(line + CUT_MARK)
                    continue
                line = _decode(raw)
                if line is not None:
                    lines.append(line)
            del buffer[:end]
        if len(buffer) > self._max_line:
            line = _decode(bytes(buffer[:self._max_line]))
            if line is not None:
                lines.append(line + CUT_MARK)
            self.cut_bytes += len(buffer) - self._max_line
            buffer.clear()
            self._skipping = True
        if buffer and bytes(buffer).rstrip(b" \t") == b">":
            lines.append("> ")
            buffer.clear()
        return lines

    def _skip_rest_of_cut_line(self) -> None:
        buffer = self._buffer
        ends = [i for i in (buffer.find(b"\r"), buffer.find(b"\n")) if i >= 0]
        if not ends:
            self.cut_bytes += len(buffer)
            buffer.clear()
            return
        self.cut_bytes += min(ends)
        del buffer[:min(ends)]
        self._skipping = False

    @property
    def pending(self) -> bytes:
        """Bytes received after the last line end (a partial line)."""
        return bytes(self._buffer)


def _decode(raw: bytes) -> str | None:
    if not raw:
        return None
    text = raw.decode("utf-8", errors="replace")
    if not text.strip(" \t\ufffd"):
        return None
    return text


# Final result codes that end a command without it having run as asked: a call or data
# connection result (V.250) or a text prompt, on a port that should be in command mode.
_NOT_COMMAND_MODE = frozenset({FinalKind.NO_CARRIER, FinalKind.BUSY, FinalKind.NO_ANSWER,
                               FinalKind.NO_DIALTONE, FinalKind.CONNECT, FinalKind.PROMPT})
# TS 27.005 commands: the only ones a +CMS ERROR can belong to. (A pattern text, compiled
# on first use: this module is on the path to a check's first byte.)
_SMS_COMMAND = r"\+C(?:MG[A-Z]|SMS|PMS|NMI|NMA|SCA|SMP|MMS|SDH|SCB|SAS|RES|MSS)"


def is_refusal(kind: FinalKind, command: str | None) -> bool:
    """Whether `kind` is the modem refusing one command of `command` (ERROR, +CME ERROR,
    COMMAND NOT SUPPORT; +CMS ERROR only for an SMS command). The answers before a refusal
    in a chained line are good; after any other final result (NO CARRIER, CONNECT, a "> "
    prompt, +CMS ERROR to a non-SMS command) nothing in the reply can be trusted."""
    if kind in (FinalKind.ERROR, FinalKind.CME_ERROR, FinalKind.NOT_SUPPORTED):
        return True
    if kind is FinalKind.CMS_ERROR:
        return bool(command) and re.search(_SMS_COMMAND, command or "", re.IGNORECASE) \
            is not None
    return False


def leaves_command_mode(kind: FinalKind) -> bool:
    """A final result that says the port is not (or no longer) taking AT commands."""
    return kind in _NOT_COMMAND_MODE
