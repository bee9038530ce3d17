"""Operator notices from the SMS store, read without changing what the user has not read.

A standard read marks a received unread message read, in text and PDU mode alike (TS 27.005
§3.4.2), so the read-only check never lists unread messages that way. It lists what is
already read (`+CMGL=1`, no side effect), and reaches the unread ones only where that
changes nothing (reference/datapath_and_notices.md §3.3): SIMCom's `<mode>` 1 "do not change
the status", or, when the store is on the SIM, the EF_SMS records through `+CRSM`. Unread
messages left out are counted in facts.unread_sms_skipped; the user may allow reading them
(simtool.actions.notices). PDU mode is used throughout, and +CMGF is put back as it was.

Only messages the classifier names (simtool.providers.notices) become facts.notices: a
person's messages never reach a report.
"""

from __future__ import annotations

from simtool.at import pdu
from simtool.at.parsers.common import Unparsed, after_prefix, info_lines, split_fields, to_int
from simtool.at.parsers.sms import StoredSms, join_parts, parse_cmgl
from simtool.at.session import AtSession
from simtool.facts import Facts, Notice
from simtool.i18n import tr
from simtool.providers.notices import classify, newest_first
from simtool.vendors.base import Vendor

# EF_SMS (TS 31.102 §4.2.25) through READ RECORD; at most this many records are read.
EF_SMS_READ = "AT+CRSM=178,28476,{record},4,176"
MAX_RECORDS = 30
_EF_STATUS = {0x01: "REC READ", 0x03: "REC UNREAD", 0x05: "STO SENT", 0x07: "STO UNSENT"}


class Store:
    """What `AT+CPMS?;+CMGF?` says: where messages are read from, how many, the mode."""

    def __init__(self, memory: str | None, used: int | None, total: int | None,
                 mode: int | None) -> None:
        self.memory = memory
        self.used = used
        self.total = total
        self.mode = mode


def parse_store(text: str) -> Store:
    """The storage, its counts and the mode from `+CPMS: "<mem1>",<used>,<total>,...` and
    `+CMGF: <mode>` lines (either may be missing)."""
    memory = used = total = mode = None
    for line in info_lines(text):
        storage = after_prefix(line, "+CPMS")
        if storage is not None:
            fields = split_fields(storage)
            memory = fields[0].strip('"').upper() if fields else None
            used = to_int(fields[1]) if len(fields) > 1 else None
            total = to_int(fields[2]) if len(fields) > 2 else None
        setting = after_prefix(line, "+CMGF")
        if setting is not None:
            mode = to_int(setting)
    return Store(memory, used, total, mode)


def read_store(session: AtSession) -> Store:
    return parse_store(session.command("AT+CMGF?;+CPMS?", timeout=5.0).text)


def listed(session: AtSession, command: str, notes: list[str]) -> list[StoredSms] | None:
    """The messages of one +CMGL in PDU mode (None when the modem refused the command);
    ones that cannot be read become notes."""
    reply = session.command(command, timeout=10.0)
    if not reply.ok:
        return None
    messages = []
    for item in parse_cmgl(reply.text, pdu_mode=True):
        if isinstance(item, Unparsed):
            notes.append(tr("Collect", "A stored SMS could not be read ({reason})").format(
                reason=item.reason))
        else:
            messages.append(item)
    return messages


def read_ef_sms(session: AtSession, record: int) -> StoredSms | None | str:
    """EF_SMS record `record`: the message, None for a free record, or the status word
    ("error") when the SIM refused the read."""
    reply = session.command(EF_SMS_READ.format(record=record), timeout=5.0)
    fields = split_fields(next((v for line in info_lines(reply.text)
                                if (v := after_prefix(line, "+CRSM")) is not None), ""))
    if len(fields) < 3 or to_int(fields[0]) != 144:
        return "error"
    try:
        data = bytes.fromhex(fields[2].strip('"'))
    except ValueError:
        return "error"
    status = _EF_STATUS.get(data[0] & 0x07) if data else None
    if status is None:
        return None
    try:
        sms = pdu.decode(data[1:].hex())
    except pdu.PduError:
        return "error"
    return StoredSms(record, status, sms.address, sms.timestamp, sms.text, sms.concat)


def _unread_from_sim(session: AtSession, store: Store, known: set[int],
                     wanted: int) -> tuple[list[StoredSms], bool]:
    """Up to `wanted` unread messages from the SIM's EF_SMS, skipping known records, and
    whether every record could be read (then no unread message is left out)."""
    found: list[StoredSms] = []
    last = min(store.total or MAX_RECORDS, MAX_RECORDS)
    for record in range(1, last + 1):
        if len(found) >= wanted:
            return found, True
        if record in known:
            continue
        message = read_ef_sms(session, record)
        if message == "error":
            return found, False
        if isinstance(message, StoredSms) and message.status == "REC UNREAD":
            found.append(message)
    return found, last == (store.total or 0)


def notices_from(messages: list[StoredSms]) -> list[Notice]:
    """The operator notices among `messages`, long ones joined, newest first."""
    notices = []
    for message in join_parts(messages):
        text = message.text if message.complete else message.text + " [\u2026]"
        cause = classify(message.sender, text)
        if cause is not None:
            notices.append(Notice(time=message.timestamp, sender=message.sender, text=text,
                                  cause=cause))
    return newest_first(notices)


def read_notices(session: AtSession, facts: Facts, vendor: Vendor,
                 store: Store | None = None) -> None:
    """Fill facts.notices (and facts.unread_sms_skipped) from the SMS store, changing no
    message's status. `store`: what +CMGF?/+CPMS? answered, when the caller asked already.
    Nothing is read while the SIM is not ready."""
    if facts.sim.state != "ready":
        return
    store = store or read_store(session)
    if not store.used:
        return
    if store.mode not in (0, None):
        session.command("AT+CMGF=0", timeout=5.0)
    try:
        if vendor.sms_keeps_status:
            every = listed(session, "AT+CMGL=4,1", facts.notes)
            if every is not None:
                facts.notices = notices_from(every)
                return
        # Everything but the unread, in one line: read, and stored to send or sent (which
        # count in +CPMS too). Listing these changes nothing.
        stored = listed(session, "AT+CMGL=1;+CMGL=2;+CMGL=3", facts.notes) or []
        messages = [m for m in stored if m.status == "REC READ"]
        unread = store.used - len(stored)
        if unread > 0 and store.memory == "SM":
            known = {m.store_index for m in stored if m.store_index is not None}
            found, complete = _unread_from_sim(session, store, known, unread)
            messages += found
            unread = 0 if complete else unread - len(found)
        facts.unread_sms_skipped = max(0, unread)
        facts.notices = notices_from(messages)
    finally:
        if store.mode not in (0, None):
            session.command(f"AT+CMGF={store.mode}", timeout=5.0)
