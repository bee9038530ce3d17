"""The modems' own TCP/IP test commands: ping, DNS lookup, HTTP GET and their context state.

Each vendor family words these differently (reference/datapath_and_notices.md §1): Quectel
+QPING/+QIURC "dnsgip"/+QHTTPGET, SIMCom +CPING/+CDNSGIP/+HTTPACTION, u-blox +UUPING/
+UDNSRN/+UUHTTPCR, Telit #PING/#QDNS/#HTTPRING, Fibocom +MPING/+MPINGSTAT/+MIPDNS. The
parsers here turn those lines into three shapes every vendor shares (PingReport, DnsReport,
HttpReport) plus the raw HTTP head some modems save. Many of these arrive as unsolicited
lines after OK, so most parsers take the collected lines joined with "\\n". Pure; no I/O.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from simtool.at.parsers.common import (
    Unparsed,
    after_prefix,
    info_lines,
    no_reply,
    split_fields,
    to_int,
    unquote,
)
from simtool.i18n import tr

_IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")


class PingReport(NamedTuple):
    sent: int
    received: int
    rtts_ms: tuple[float, ...] = ()     # round-trip times of the echoes that came back
    error: int | None = None            # the modem's error code when the ping itself failed
    done: bool = True                   # the summary (or a final error) was seen


class DnsReport(NamedTuple):
    addresses: tuple[str, ...]
    error: str | None = None            # the modem's error code or words when it failed
    done: bool = True


class HttpReport(NamedTuple):
    status: int | None                  # the HTTP status; None when no answer came
    length: int | None = None           # the body length the modem reports
    error: int | None = None            # the modem's error code (Quectel 7xx, SIMCom 7xx...)


class HttpHead(NamedTuple):
    """An HTTP response as some modems save it whole (u-blox files, Quectel responseheader)."""

    status: int | None
    location: str | None
    body: str


def _not_understood(text: str, what: str) -> Unparsed:
    return Unparsed(text, tr("Parser", "{what} reply not understood").format(what=what))


def _is_ip(value: str) -> bool:
    return bool(_IPV4.match(value)) or (":" in value and all(
        c in "0123456789abcdefABCDEF:." for c in value))


# --- Quectel ----------------------------------------------------------------------------

def parse_qping(text: str) -> PingReport | Unparsed:
    """`+QPING: 0,"ip",<bytes>,<ms>,<ttl>` per echo, `+QPING: <err>` per failure (569
    timeout, 565 DNS failed, 561 PDP failed), summary `+QPING: 0,<sent>,<rcvd>,<lost>[,<min>,
    <max>,<avg>]` (Quectel TCP/IP AT manual, AT+QPING)."""
    rtts: list[float] = []
    errors: list[int] = []
    summary: tuple[int, int] | None = None
    seen = False
    for line in info_lines(text):
        body = after_prefix(line, "+QPING")
        if body is None:
            continue
        seen = True
        fields = split_fields(body)
        code = to_int(fields[0])
        if code is None:
            return _not_understood(text, "+QPING")
        if code != 0:
            errors.append(code)
            continue
        if len(fields) >= 5 and fields[1].startswith('"'):
            rtt = to_int(fields[3])
            if rtt is not None:
                rtts.append(float(rtt))
        elif len(fields) >= 4:
            sent, received = to_int(fields[1]), to_int(fields[2])
            if sent is None or received is None:
                return _not_understood(text, "+QPING")
            summary = (sent, received)
    if not seen:
        return no_reply(text, "+QPING")
    if summary is not None:
        return PingReport(summary[0], summary[1], tuple(rtts),
                          next((e for e in errors if e != 569), None))
    fatal = next((e for e in errors if e != 569), None)
    return PingReport(len(rtts) + len(errors), len(rtts), tuple(rtts), fatal,
                      done=fatal is not None)


def parse_qiurc_dnsgip(text: str) -> DnsReport | Unparsed:
    """`+QIURC: "dnsgip",<err>,<count>,<ttl>` then one `+QIURC: "dnsgip","<ip>"` per
    address; a failure is `+QIURC: "dnsgip",<err>` alone (565 DNS parse failed)."""
    addresses: list[str] = []
    count: int | None = None
    error: str | None = None
    seen = False
    for line in info_lines(text):
        body = after_prefix(line, "+QIURC")
        if body is None:
            continue
        fields = split_fields(body)
        if not fields or unquote(fields[0]).lower() != "dnsgip" or len(fields) < 2:
            continue
        seen = True
        if fields[1].startswith('"'):
            addresses.append(unquote(fields[1]))
            continue
        code = to_int(fields[1])
        if code is None:
            return _not_understood(text, "+QIURC dnsgip")
        if code != 0:
            error = str(code)
        else:
            count = to_int(fields[2]) if len(fields) > 2 else None
    if not seen:
        return no_reply(text, '+QIURC: "dnsgip"')
    done = error is not None or (count is not None and len(addresses) >= count)
    return DnsReport(tuple(addresses), error, done)


def parse_qhttpget(text: str) -> HttpReport | Unparsed:
    """`+QHTTPGET: <err>[,<httprspcode>[,<content_length>]]`: err 0 with the status, or a
    7xx error (702 timeout, 714 DNS error, 716 socket connect error...)."""
    for line in info_lines(text):
        body = after_prefix(line, "+QHTTPGET")
        if body is None:
            continue
        fields = split_fields(body)
        code = to_int(fields[0])
        if code is None:
            return _not_understood(text, "+QHTTPGET")
        if code != 0:
            return HttpReport(None, None, code)
        status = to_int(fields[1]) if len(fields) > 1 else None
        length = to_int(fields[2]) if len(fields) > 2 else None
        return HttpReport(status, length)
    return no_reply(text, "+QHTTPGET")


def parse_qiact(text: str) -> dict[int, str | None] | Unparsed:
    """Active TCP/IP contexts of `AT+QIACT?`: {cid: address} for each
    `+QIACT: <cid>,<state>,<type>[,"<ip>"]` with state 1 (an empty reply: none active)."""
    active: dict[int, str | None] = {}
    for line in info_lines(text):
        body = after_prefix(line, "+QIACT")
        if body is None:
            continue
        fields = split_fields(body)
        cid, state = to_int(fields[0]), to_int(fields[1]) if len(fields) > 1 else None
        if cid is None or state is None:
            return _not_understood(text, "+QIACT")
        if state == 1:
            active[cid] = unquote(fields[3]) if len(fields) > 3 else None
    return active


# --- SIMCom -----------------------------------------------------------------------------

def parse_cping(text: str) -> PingReport | Unparsed:
    """`+CPING: 1,<ip>,<size>,<rtt>,<ttl>` per echo, `+CPING: 2` per timeout, summary
    `+CPING: 3,<sent>,<rcvd>,<lost>,<min>,<max>,<avg>` (SIMCom SIM7600/A76xx AT manual)."""
    rtts: list[float] = []
    timeouts = 0
    seen = False
    for line in info_lines(text):
        body = after_prefix(line, "+CPING")
        if body is None:
            continue
        seen = True
        fields = split_fields(body)
        kind = to_int(fields[0])
        if kind == 1 and len(fields) >= 4:
            rtt = to_int(fields[3])
            if rtt is not None:
                rtts.append(float(rtt))
        elif kind == 2:
            timeouts += 1
        elif kind == 3 and len(fields) >= 3:
            sent, received = to_int(fields[1]), to_int(fields[2])
            if sent is None or received is None:
                return _not_understood(text, "+CPING")
            return PingReport(sent, received, tuple(rtts))
        else:
            return _not_understood(text, "+CPING")
    if not seen:
        return no_reply(text, "+CPING")
    return PingReport(len(rtts) + timeouts, len(rtts), tuple(rtts), done=False)


def parse_cdnsgip(text: str) -> DnsReport | Unparsed:
    """`+CDNSGIP: 1,"<host>","<ip>"[,"<ip2>"]`, or `+CDNSGIP: 0,<err>` (8 DNS error,
    10 seen on A7672S)."""
    for line in info_lines(text):
        body = after_prefix(line, "+CDNSGIP")
        if body is None:
            continue
        fields = split_fields(body)
        ok = to_int(fields[0])
        if ok == 1:
            return DnsReport(tuple(unquote(f) for f in fields[2:] if unquote(f)))
        if ok == 0:
            return DnsReport((), fields[1] if len(fields) > 1 else "0")
        return _not_understood(text, "+CDNSGIP")
    return no_reply(text, "+CDNSGIP")


def parse_httpaction(text: str) -> HttpReport | Unparsed:
    """`+HTTPACTION: <method>,<status>,<datalen>`; SIMCom puts its own errors (7xx on
    SIM7600/A76xx, 6xx on SIM800) in the status field."""
    for line in info_lines(text):
        body = after_prefix(line, "+HTTPACTION")
        if body is None:
            continue
        fields = split_fields(body)
        status = to_int(fields[1]) if len(fields) > 1 else None
        if status is None:
            return _not_understood(text, "+HTTPACTION")
        length = to_int(fields[2]) if len(fields) > 2 else None
        if 600 <= status <= 799:
            return HttpReport(None, length, status)
        return HttpReport(status, length)
    return no_reply(text, "+HTTPACTION")


def parse_netopen(text: str) -> bool | Unparsed:
    """`AT+NETOPEN?` -> `+NETOPEN: <opened>` (1 open, 0 closed)."""
    for line in info_lines(text):
        body = after_prefix(line, "+NETOPEN")
        if body is not None:
            state = to_int(split_fields(body)[0])
            if state is None:
                return _not_understood(text, "+NETOPEN")
            return state == 1
    return no_reply(text, "+NETOPEN")


# --- u-blox -----------------------------------------------------------------------------

def parse_uuping(text: str, expected: int) -> PingReport | Unparsed:
    """`+UUPING: <n>,<size>,"<name>","<ip>",<ttl>,<rtt>` per echo (rtt -1: that echo timed
    out), `+UUPINGER: <code>` when the ping could not run (8 host not resolved, 17 no
    PSD connection). `expected`: the retries asked for; done once the last one reported."""
    rtts: list[float] = []
    attempts = 0
    seen = False
    for line in info_lines(text):
        error = after_prefix(line, "+UUPINGER")
        if error is not None:
            return PingReport(attempts, len(rtts), tuple(rtts), to_int(error) or -1)
        body = after_prefix(line, "+UUPING")
        if body is None:
            continue
        seen = True
        fields = split_fields(body)
        rtt = to_int(fields[-1]) if len(fields) >= 6 else None
        if rtt is None:
            return _not_understood(text, "+UUPING")
        attempts += 1
        if rtt >= 0:
            rtts.append(float(rtt))
    if not seen:
        return no_reply(text, "+UUPING")
    return PingReport(attempts, len(rtts), tuple(rtts), done=attempts >= expected)


def parse_udnsrn(text: str) -> DnsReport | Unparsed:
    """`+UDNSRN: "<ip>"` per address (u-blox AT manual, AT+UDNSRN)."""
    addresses = [unquote(body) for line in info_lines(text)
                 if (body := after_prefix(line, "+UDNSRN")) is not None]
    if not addresses:
        return no_reply(text, "+UDNSRN")
    return DnsReport(tuple(a for a in addresses if a))


def parse_uuhttpcr(text: str) -> int | Unparsed:
    """`+UUHTTPCR: <profile>,<command>,<result>`: the result (1 done, 0 failed)."""
    for line in info_lines(text):
        body = after_prefix(line, "+UUHTTPCR")
        if body is not None:
            fields = split_fields(body)
            result = to_int(fields[2]) if len(fields) > 2 else None
            if result is None:
                return _not_understood(text, "+UUHTTPCR")
            return result
    return no_reply(text, "+UUHTTPCR")


def parse_urdfile(text: str) -> str | Unparsed:
    """The content of `+URDFILE: "<name>",<size>,"<data>"`; the data keeps its line breaks
    (an HTTP response saved by +UHTTPC holds the status line and the headers)."""
    match = re.search(r'\+URDFILE:\s*"[^"]*",\s*(\d+),\s*"', text)
    if match is None:
        return no_reply(text, "+URDFILE")
    size = int(match.group(1))
    data = text[match.end():]
    # Longer than <size>: the closing quote follows. Otherwise line breaks were lost on the
    # way (a CRLF read as one "\n"), and the quote, if it came, is the last character.
    return data[:size] if len(data) > size else data.rstrip().removesuffix('"')


# --- Telit ------------------------------------------------------------------------------

# A Telit #PING echo that timed out reports time 600 (x 100 ms) and TTL 255.
TELIT_PING_TIMEOUT = (600, 255)


def parse_telit_ping(text: str) -> PingReport | Unparsed:
    """`#PING: <n>,"<ip>",<time x 100 ms>,<ttl>` per echo (Telit AT reference, AT#PING)."""
    rtts: list[float] = []
    attempts = 0
    for line in info_lines(text):
        body = after_prefix(line, "#PING")
        if body is None:
            continue
        fields = split_fields(body)
        time, ttl = (to_int(fields[2]), to_int(fields[3])) if len(fields) >= 4 else (None, None)
        if time is None or ttl is None:
            return _not_understood(text, "#PING")
        attempts += 1
        if (time, ttl) != TELIT_PING_TIMEOUT:
            rtts.append(time * 100.0)
    if not attempts:
        return no_reply(text, "#PING")
    return PingReport(attempts, len(rtts), tuple(rtts))


def parse_qdns(text: str) -> DnsReport | Unparsed:
    """`#QDNS: "<host>","<ip>"` (Telit AT#QDNS); anything but an address is the error."""
    for line in info_lines(text):
        body = after_prefix(line, "#QDNS")
        if body is None:
            continue
        fields = split_fields(body)
        value = unquote(fields[1]) if len(fields) > 1 else ""
        if _is_ip(value):
            return DnsReport((value,))
        return DnsReport((), value or "?")
    return no_reply(text, "#QDNS")


def parse_httpring(text: str) -> HttpReport | Unparsed:
    """`#HTTPRING: <prof>,<status>,"<content type>",<size>` (Telit AT#HTTPQRY)."""
    for line in info_lines(text):
        body = after_prefix(line, "#HTTPRING")
        if body is None:
            continue
        fields = split_fields(body)
        status = to_int(fields[1]) if len(fields) > 1 else None
        if status is None:
            return _not_understood(text, "#HTTPRING")
        return HttpReport(status or None, to_int(fields[3]) if len(fields) > 3 else None,
                          None if status else 0)
    return no_reply(text, "#HTTPRING")


def parse_sgact(text: str) -> dict[int, bool] | Unparsed:
    """`AT#SGACT?` -> `#SGACT: <cid>,<state>` per context."""
    states: dict[int, bool] = {}
    for line in info_lines(text):
        body = after_prefix(line, "#SGACT")
        if body is None:
            continue
        fields = split_fields(body)
        cid, state = to_int(fields[0]), to_int(fields[1]) if len(fields) > 1 else None
        if cid is None or state is None:
            return _not_understood(text, "#SGACT")
        states[cid] = state == 1
    return states


# --- Fibocom ----------------------------------------------------------------------------

def parse_mipcall(text: str) -> str | None | Unparsed:
    """The address of the internal stack's call: `+MIPCALL: 1,<ip>` (read form, Fibocom
    L6xx), `+MIPCALL: <ip>` (after AT+MIPCALL=1), None for `+MIPCALL: 0` (no call)."""
    for line in info_lines(text):
        body = after_prefix(line, "+MIPCALL")
        if body is None:
            continue
        fields = [unquote(f) for f in split_fields(body)]
        if fields == ["0"]:
            return None
        if len(fields) >= 2 and fields[0] == "1" and _is_ip(fields[1]):
            return fields[1]
        if _is_ip(fields[0]):
            return fields[0]
        return _not_understood(text, "+MIPCALL")
    return no_reply(text, "+MIPCALL")


def parse_mping(text: str) -> PingReport | Unparsed:
    """`+MPING: "<ip>",<type>,<code>[,<rtt>]` per echo (type 0 = echo reply), summary
    `+MPINGSTAT: <status>,"<ip>",<sent>,<rcvd>,<avg>` (Fibocom L610, AT+MPING)."""
    rtts: list[float] = []
    for line in info_lines(text):
        stat = after_prefix(line, "+MPINGSTAT")
        if stat is not None:
            fields = split_fields(stat)
            sent = to_int(fields[2]) if len(fields) > 3 else None
            received = to_int(fields[3]) if len(fields) > 3 else None
            if sent is None or received is None:
                return _not_understood(text, "+MPINGSTAT")
            status = to_int(fields[0])
            return PingReport(sent, received, tuple(rtts), status or None)
        body = after_prefix(line, "+MPING")
        if body is None:
            continue
        fields = split_fields(body)
        rtt = to_int(fields[3]) if len(fields) > 3 else None
        if to_int(fields[1]) == 0 and rtt is not None and rtt > 0:
            rtts.append(float(rtt))
    if rtts:
        return PingReport(len(rtts), len(rtts), tuple(rtts), done=False)
    return no_reply(text, "+MPINGSTAT")


def parse_mipdns(text: str) -> DnsReport | Unparsed:
    """`+MIPDNS: "<host>",<ip>` (Fibocom AT+MIPDNS); no address means the lookup failed."""
    for line in info_lines(text):
        body = after_prefix(line, "+MIPDNS")
        if body is None:
            continue
        fields = [unquote(f) for f in split_fields(body)]
        found = tuple(f for f in fields[1:] if _is_ip(f))
        return DnsReport(found, None if found else (fields[-1] if len(fields) > 1 else "?"))
    return no_reply(text, "+MIPDNS")


# --- HTTP heads -------------------------------------------------------------------------

_STATUS_LINE = re.compile(r"^HTTP/\d(?:\.\d)?\s+(\d{3})")
_HEADER = re.compile(r"^([A-Za-z0-9-]+):\s*(.*)$")


def parse_http_head(raw: str) -> HttpHead:
    """Status, Location and body of a whole HTTP response; a body alone (no status line)
    keeps status None. The blank line after the headers may be missing (modem replies are
    read line by line and empty lines drop out): the headers end at the first line that
    is not `Name: value`."""
    lines = raw.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    match = _STATUS_LINE.match(lines[0].strip()) if lines else None
    if match is None:
        return HttpHead(None, None, raw)
    location = None
    end = 1
    for line in lines[1:]:
        header = _HEADER.match(line)
        if header is None:
            break
        end += 1
        if header.group(1).lower() == "location":
            location = header.group(2).strip() or None
    body = "\n".join(lines[end:]).strip("\n")
    return HttpHead(int(match.group(1)), location, body)


def portal_link(body: str) -> str | None:
    """Where a portal page sends the browser, when it says so: a meta refresh, a script
    setting location, or the first absolute link."""
    patterns = (
        r"""http-equiv=["']?refresh["']?[^>]*url=([^"'>\s]+)""",
        r"""location(?:\.href)?\s*=\s*["']([^"']+)["']""",
        r"""href=["'](https?://[^"']+)["']""",
        r"""(https?://[^\s"'<>]+)""",
    )
    for pattern in patterns:
        match = re.search(pattern, body, re.IGNORECASE)
        if match:
            return match.group(1)
    return None


def page_title(body: str) -> str | None:
    match = re.search(r"<title[^>]*>([^<]{1,120})</title>", body, re.IGNORECASE)
    return match.group(1).strip() or None if match else None
