"""Stored SMS: +CMGL and +CMGR replies in PDU mode (+CMGF=0) and text mode (+CMGF=1), per
3GPP TS 27.005 §3.4.2 and §4.1-4.2, and long messages joined from their parts.

PDU mode lines: `+CMGL: <index>,<stat>,[<alpha>],<length>` then the PDU in hex;
`+CMGR: <stat>,[<alpha>],<length>` then the PDU. Text mode lines: `+CMGL: <index>,<stat>,
<oa>,[<alpha>],[<scts>]...` then the text (hex UCS2 when +CSCS is "UCS2"); `+CMGR: <stat>,
<oa>,[<alpha>],<scts>...` then the text. `<stat>` is a number in PDU mode (0 REC UNREAD,
1 REC READ, 2 STO UNSENT, 3 STO SENT) and a string in text mode.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from simtool.at import pdu
from simtool.at.parsers.common import (
    Unparsed,
    after_prefix,
    info_lines,
    split_fields,
    to_int,
    unquote,
)
from simtool.i18n import tr

STATUSES = ("REC UNREAD", "REC READ", "STO UNSENT", "STO SENT")
_TEXT_TIME = re.compile(
    r"^(\d{2})/(\d{2})/(\d{2}),(\d{2}):(\d{2}):(\d{2})(?:([+-])(\d{1,2}))?$")


class StoredSms(NamedTuple):
    store_index: int | None     # storage index (+CMGL); None for +CMGR
    status: str                 # one of STATUSES, or the modem's own word
    sender: str | None          # originator (received) or destination (stored to send)
    timestamp: str | None       # ISO 8601 with the UTC offset, when the modem gives one
    text: str
    concat: pdu.Concat | None = None


class Message(NamedTuple):
    """One message as its sender wrote it: the parts of a long SMS joined in order."""

    indexes: tuple[int, ...]    # storage indexes of its parts
    status: str                 # "REC UNREAD" if any part is unread
    sender: str | None
    timestamp: str | None       # of the first part
    text: str
    complete: bool = True       # False when parts are missing from the store


def _status(field: str) -> str:
    value = unquote(field).strip()
    number = to_int(value)
    if number is not None and value.isdigit():
        return STATUSES[number] if 0 <= number < len(STATUSES) else value
    return value.upper()


def text_mode_time(value: str) -> str | None:
    """'26/11/20,09:15:02+32' (zone in quarter hours) -> '2026-11-20T09:15:02+08:00'."""
    match = _TEXT_TIME.match(value.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, sign, zone = match.groups()
    quarters = int(zone or 0)
    return (f"20{year}-{month}-{day}T{hour}:{minute}:{second}"
            f"{sign or '+'}{quarters // 4:02d}:{quarters % 4 * 15:02d}")


def _ucs2(value: str) -> str:
    """Hex UCS2 (+CSCS="UCS2") decoded; the value itself when it is not."""
    if value and len(value) % 4 == 0 and re.fullmatch(r"[0-9A-Fa-f]+", value):
        try:
            return bytes.fromhex(value).decode("utf-16-be")
        except UnicodeDecodeError:
            return value
    return value


def _entries(text: str, prefix: str) -> list[tuple[str, list[str]]]:
    """(header body, following lines) for each `prefix` line of the reply."""
    entries: list[tuple[str, list[str]]] = []
    for line in info_lines(text):
        body = after_prefix(line, prefix)
        if body is not None:
            entries.append((body, []))
        elif entries:
            entries[-1][1].append(line)
    return entries


def _from_pdu(index: int | None, status: str, lines: list[str]) -> StoredSms | Unparsed:
    raw = "".join(lines).strip()
    try:
        sms = pdu.decode(raw)
    except pdu.PduError as error:
        return Unparsed(raw, tr("Parser", "SMS PDU not understood: {error}").format(error=error))
    return StoredSms(index, status, sms.address, sms.timestamp, sms.text, sms.concat)


def _from_text(index: int | None, fields: list[str], lines: list[str],
               charset: str) -> StoredSms:
    """`fields`: stat, oa/da, alpha, scts... of a text-mode header."""
    status = _status(fields[0]) if fields else "?"
    sender = unquote(fields[1]) if len(fields) > 1 else None
    stamp = None
    for field in fields[2:]:
        stamp = stamp or text_mode_time(unquote(field))
    body = "\n".join(lines)
    if charset.upper() == "UCS2":
        sender = _ucs2(sender) if sender else sender
        body = _ucs2(body)
    return StoredSms(index, status, sender or None, stamp, body)


def _join_time(fields: list[str]) -> list[str]:
    """split_fields keeps a quoted "yy/MM/dd,hh:mm:ss+zz" whole; an unquoted one is rejoined."""
    joined: list[str] = []
    for field in fields:
        if joined and re.fullmatch(r"\d{2}/\d{2}/\d{2}", joined[-1].strip('"')) \
                and re.match(r"\d{2}:\d{2}", field):
            joined[-1] = f"{joined[-1]},{field}"
        else:
            joined.append(field)
    return joined


def parse_cmgl(text: str, *, pdu_mode: bool, charset: str = "GSM"
               ) -> list[StoredSms | Unparsed]:
    """Every message of a +CMGL reply (an empty store gives []); a message that cannot be
    read comes back as Unparsed with its raw text, the others are still read."""
    messages: list[StoredSms | Unparsed] = []
    for header, lines in _entries(text, "+CMGL"):
        fields = _join_time(split_fields(header))
        index = to_int(fields[0]) if fields else None
        if index is None or len(fields) < 2:
            messages.append(Unparsed(header, tr("Parser", "no index in the +CMGL line")))
            continue
        if pdu_mode:
            messages.append(_from_pdu(index, _status(fields[1]), lines))
        else:
            messages.append(_from_text(index, fields[1:], lines, charset))
    return messages


def parse_cmgr(text: str, *, pdu_mode: bool, charset: str = "GSM") -> StoredSms | Unparsed:
    entries = _entries(text, "+CMGR")
    if not entries:
        return Unparsed(text, tr("Parser", "no {what} line in the reply").format(what="+CMGR"))
    header, lines = entries[0]
    fields = _join_time(split_fields(header))
    if pdu_mode:
        return _from_pdu(None, _status(fields[0]) if fields else "?", lines)
    return _from_text(None, fields, lines, charset)


def join_parts(messages: Iterable[StoredSms]) -> list[Message]:
    """Long messages joined from their parts (same sender and reference), in storage order
    of their first part; a message with parts missing is marked incomplete."""
    singles: list[tuple[int, Message]] = []
    groups: dict[tuple[str | None, int, int], list[StoredSms]] = {}
    order: dict[tuple[str | None, int, int], int] = {}
    for position, sms in enumerate(messages):
        if sms.concat is None or sms.concat.total <= 1:
            indexes = (sms.store_index,) if sms.store_index is not None else ()
            singles.append((position, Message(indexes, sms.status, sms.sender,
                                              sms.timestamp, sms.text)))
            continue
        key = (sms.sender, sms.concat.reference, sms.concat.total)
        groups.setdefault(key, []).append(sms)
        order.setdefault(key, position)
    joined: list[tuple[int, Message]] = list(singles)
    for key, parts in groups.items():
        by_sequence = {part.concat.sequence: part for part in parts if part.concat}
        ordered = [by_sequence[n] for n in sorted(by_sequence)]
        unread = any(part.status == "REC UNREAD" for part in ordered)
        joined.append((order[key], Message(
            tuple(p.store_index for p in ordered if p.store_index is not None),
            "REC UNREAD" if unread else ordered[0].status, ordered[0].sender,
            ordered[0].timestamp, "".join(p.text for p in ordered),
            complete=len(by_sequence) == key[2])))
    return [message for _position, message in sorted(joined, key=lambda pair: pair[0])]
