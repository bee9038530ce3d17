"""USSD sessions: balance checks, top-ups and the operator's menus (TS 27.007 §7.15).

The network's answer arrives as a +CUSD: URC after the command's OK (some modems put it
before the OK); a status of 1 means the network waits for a reply (a menu).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from simtool.actions import validate
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.operator import parse_cscs
from simtool.at.parsers.ussd import Cusd, parse_cusd
from simtool.at.session import AtSession
from simtool.errors import SimtoolError
from simtool.i18n import tr

USSD_TIMEOUT = 30.0        # networks answer within a few seconds; menus time out at ~30 s


class UssdError(SimtoolError):
    pass


@dataclass
class UssdResult:
    answers: list[str] = field(default_factory=list)   # every network message, in order
    status: int | None = None                          # last +CUSD status
    finished: bool = False                             # the session ended normally


def _encoded(code: str, charset: str) -> str:
    """The code in the modem's character set (TS 27.007 §7.15: <str> with dcs 15 is in the
    +CSCS set): UCS2 as hex, like "*100#" -> "002A0031003000300023"."""
    return code.encode("utf-16-be").hex().upper() if charset == "UCS2" else code


def _charset(session: AtSession) -> str:
    reply = session.command("AT+CSCS?", timeout=3.0)
    parsed = parse_cscs(reply.text) if reply.ok else None
    return "GSM" if parsed is None or isinstance(parsed, Unparsed) else parsed.charset


# Stands in for the line breaks inside a multi-line answer while the one-line parser reads it.
_BREAK = "\x1e"


class _CusdJoiner:
    """Menus come as one +CUSD whose quoted text spans several lines ("1 Balance", "2 Data
    plans", ...); the session hands them over line by line. Join them until the quote
    closes."""

    def __init__(self) -> None:
        self._parts: list[str] | None = None

    def feed(self, line: str) -> str | None:
        if self._parts is None:
            if not line.lstrip().upper().startswith("+CUSD"):
                return None
            self._parts = []
        self._parts.append(line)
        joined = _BREAK.join(self._parts)
        if joined.count('"') % 2:
            return None                      # the text is still open
        self._parts = None
        return joined


def _parse(joined: str, charset: str) -> Cusd | Unparsed:
    parsed = parse_cusd(joined, charset)
    if isinstance(parsed, Unparsed) or parsed.text is None or _BREAK not in parsed.text:
        return parsed
    return Cusd(parsed.status, parsed.text.replace(_BREAK, "\n"), parsed.dcs)


def _wait_cusd(session: AtSession, already: list[str], charset: str,
               timeout: float) -> Cusd | None:
    deadline = time.monotonic() + timeout
    pending = list(already)
    joiner = _CusdJoiner()
    while True:
        for line in pending:
            joined = joiner.feed(line)
            if joined is not None:
                parsed = _parse(joined, charset)
                if not isinstance(parsed, Unparsed):
                    return parsed
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        pending = session.drain_urcs(wait=min(0.25, left))


def run_ussd(session: AtSession, code: str, *,
             answer: Callable[[str], str | None] | None = None,
             timeout: float = USSD_TIMEOUT, secret: bool = False) -> UssdResult:
    """Send `code`; while the network asks for more and `answer(message)` returns a reply,
    send it; cancel the session when it returns None. `secret` (a top-up voucher in the
    code) masks the code's digits in the transcript."""
    validate.ussd(code)
    charset = _charset(session)
    result = UssdResult()
    urcs: list[str] = []
    unsubscribe = session.subscribe(urcs.append)
    try:
        to_send: str | None = code
        while to_send is not None:
            urcs.clear()
            reply = session.command(f'AT+CUSD=1,"{_encoded(to_send, charset)}",15',
                                    timeout=timeout, secret=secret)
            if not reply.ok:
                raise UssdError(tr("Ussd", "The modem refused the USSD request: {error}")
                                .format(error=reply.final or reply.error_text))
            cusd = _wait_cusd(session, [*reply.lines, *urcs], charset, timeout)
            if cusd is None:
                session.command("AT+CUSD=2", timeout=5.0)
                raise UssdError(tr("Ussd", "The network did not answer the USSD request within "
                                   "{seconds:.0f} s. Check that the SIM is registered and try "
                                   "again.").format(seconds=timeout))
            result.status = cusd.status
            if cusd.text:
                result.answers.append(cusd.text)
            if cusd.status == 4:
                raise UssdError(tr("Ussd", "The network does not support this USSD code."))
            if cusd.status != 1:
                result.finished = cusd.status in (0, 2)
                break
            to_send = answer(cusd.text or "") if answer else None
            if to_send is None:
                session.command("AT+CUSD=2", timeout=5.0)
                result.finished = True
            else:
                validate.ussd(to_send)
    finally:
        unsubscribe()
    return result
