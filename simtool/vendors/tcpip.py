"""What the vendor families' built-in TCP/IP stacks share: the interface the data-path test
(simtool.actions.data_test) drives, and the plumbing for results that come after OK.

A family with a stack gives its Vendor a `tcpip` object (a TcpIpStack); the commands and
reply formats live in that family's module (reference/datapath_and_notices.md §1), the pure
parsers in simtool.at.parsers.tcpip. Every method waits at most its `timeout` and answers
None when nothing came in time: a lost packet and a silent modem look the same from here,
and the caller words both. What a method changes it undoes, except `open`, whose undo
commands the caller runs through `close` when the test is over.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.tcpip import DnsReport, PingReport
from simtool.at.session import AtResponse, AtSession
from simtool.i18n import tr

T = TypeVar("T")

# Deactivating a context can take the network's time (Quectel QIDEACT: 40 s).
UNDO_TIMEOUT = 40.0


class Opened(NamedTuple):
    """The stack's state for a test: usable or not, and how to put it back."""

    ok: bool
    undo: tuple[str, ...] = ()      # commands that put the modem back as it was, in order
    detail: str | None = None       # the modem's words when it could not be opened
    address: str | None = None      # the stack's IP address, when it said


class HttpResult(NamedTuple):
    status: int | None              # None: no HTTP answer came
    location: str | None = None     # a redirect's target, when the modem shows headers
    body: str = ""                  # the start of the body, when it was read
    error: str | None = None        # the modem's error (code or words) when no answer came


class TcpIpStack:
    """A family's commands for the data-path test (the base class tests nothing)."""

    name = ""
    has_http = True                 # the family has an HTTP client simtool drives

    def open(self, session: AtSession, cid: int, apn: str | None,
             timeout: float) -> Opened:
        return Opened(True)

    def dns(self, session: AtSession, cid: int, host: str,
            timeout: float) -> DnsReport | None:
        raise NotImplementedError

    def ping(self, session: AtSession, cid: int, address: str, count: int,
             timeout: float) -> PingReport | None:
        raise NotImplementedError

    def http_get(self, session: AtSession, cid: int, url: str,
                 timeout: float) -> HttpResult | None:
        raise NotImplementedError

    def close(self, session: AtSession, opened: Opened) -> None:
        for command in opened.undo:
            session.command(command, timeout=UNDO_TIMEOUT)


def failure_words(reply: AtResponse) -> str:
    """What the modem said when a command failed, or that it said nothing."""
    if not reply.complete:
        return tr("DataTest", "no answer")
    return reply.final or reply.error_text or "ERROR"


def refused_http(reply: AtResponse) -> HttpResult | None:
    """The result of an HTTP request the modem refused (its words), or None when it did not
    answer at all."""
    if reply.complete and not reply.ok:
        return HttpResult(None, error=failure_words(reply))
    return None


def collect(session: AtSession, command: str, prefixes: Sequence[str],
            parse: Callable[[str], T | Unparsed], *, timeout: float,
            command_timeout: float = 10.0) -> tuple[AtResponse, T | None]:
    """Send `command`, then gather every line starting with one of `prefixes`, whether it
    comes in the reply or after the OK, until `parse` of the lines so far gives a result
    that is `done` (results without that attribute are done), or `timeout` seconds pass.
    (reply, last parse result or None): a result that is not done means the wait ran out.
    """
    wanted = tuple(prefix.upper() for prefix in prefixes)
    lines: list[str] = []
    result: list[T | None] = [None]

    def take(line: str) -> None:
        if line.strip().upper().startswith(wanted):
            lines.append(line.strip())

    def done() -> bool:
        if not lines:
            return False
        parsed = parse("\n".join(lines))
        if isinstance(parsed, Unparsed):
            return False
        result[0] = parsed
        return bool(getattr(parsed, "done", True))

    started = time.monotonic()
    unsubscribe = session.subscribe(take)
    try:
        reply = session.command(command, timeout=min(command_timeout, timeout))
        for line in reply.lines:
            take(line)
        if reply.ok and not done():
            session.wait_until(done, max(0.0, timeout - (time.monotonic() - started)))
        elif not reply.ok:
            done()                  # an error code may come as an information line
    finally:
        unsubscribe()
    return reply, result[0]


def quoted(value: str) -> str:
    """A value for a quoted AT parameter; the test only sends its own constants, but a
    quote or line break must never reach the modem (DESIGN.md, Safety)."""
    if any(char in value for char in '"\r\n;'):
        raise ValueError(f"not allowed in an AT parameter: {value!r}")
    return value
