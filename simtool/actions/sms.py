"""Ask the operator by SMS: send a query (CXYE to 10086...) and read its answer.

Sending an SMS is a write action (the caller holds the user's consent: --allow-write or a
confirmation; the operator may charge a normal SMS). The answer is read in PDU mode, from
the +CMTI indications of the parts that arrive (TS 27.005 §3.4.1), each part read once with
+CMGR, so no other stored message is listed or marked read; parts are joined (concatenated
SMS, UCS2). A part stored elsewhere than where the modem reads ("ME" while it reads "SM":
+CMTI names the store) is read by choosing that store for the read (+CPMS <mem1>). Only the
answer's own slots are deleted, and only when asked. The settings this changes (+CMGF,
+CNMI, +CPMS) are put back as they were, also when the wait is cancelled (AtSession.restore,
bounded in time).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from simtool.actions import validate
from simtool.at import pdu
from simtool.at.parsers.common import after_prefix, split_fields, to_int, unquote
from simtool.at.parsers.sms import Message, StoredSms, join_parts, parse_cmgr
from simtool.at.session import AtSession
from simtool.errors import SimtoolError
from simtool.i18n import tr

REPLY_TIMEOUT = 60.0        # operators answer within seconds; busy SMSCs take up to a minute
SEND_TIMEOUT = 60.0         # +CMGS waits for the network's acknowledgement


class SmsError(SimtoolError):
    pass


@dataclass
class SmsAnswer:
    sent_parts: int                         # SMS sent (a long query goes in parts)
    message: Message | None = None          # the operator's answer, parts joined
    deleted: bool = False                   # its slots were deleted afterwards
    others: list[StoredSms] = field(default_factory=list)   # read while waiting, not ours


def _same_number(a: str | None, b: str) -> bool:
    def national(number: str) -> str:
        digits = number.lstrip("+")
        return digits[2:] if digits.startswith("86") and len(digits) > 5 else digits

    return a is not None and national(a) == national(b)


def _setting(session: AtSession, command: str, prefix: str) -> str | None:
    """The value a read command answers ("AT+CMGF?", "+CMGF" -> "0"), None when none."""
    reply = session.command(command, timeout=5.0)
    if not reply.ok:
        return None
    line = reply.first(prefix)
    body = after_prefix(line, prefix) if line else None
    return body.strip() if body is not None else None


class _Prompt:
    """Whether the modem may be waiting at the "> " prompt for a message's text."""

    open = False


def _send(session: AtSession, number: str, text: str, prompt: _Prompt) -> int:
    parts = pdu.submit(number, text)
    for length, hexpdu in parts:
        prompt.open = True      # until the reply says otherwise (a cancel may come first)
        reply = session.command(f"AT+CMGS={length}", timeout=10.0, expect_prompt=True)
        if reply.final is None or reply.final.strip() != ">":
            prompt.open = reply.final is None     # no answer at all: a prompt may come late
            raise SmsError(tr("Sms", "The modem did not accept the SMS for sending: {error}")
                           .format(error=reply.final or reply.error_text or "timeout"))
        session.send_raw(hexpdu.encode("ascii") + b"\x1a")
        prompt.open = False
        sent = session.read_reply(command=hexpdu, timeout=SEND_TIMEOUT)
        if not sent.ok:
            raise SmsError(tr("Sms", "The network did not take the SMS: {error}. Check the "
                              "balance of SMS on the plan and the signal, then try again.")
                           .format(error=sent.final or "timeout"))
    return len(parts)


_CMTI = re.compile(r'^\+CMTI:\s*"?([A-Z0-9_]*)"?\s*,\s*(\d+)', re.IGNORECASE)


def _indications(lines: list[str]) -> list[tuple[str | None, int]]:
    """(store, index) of each new-message indication; store None when it names none."""
    found = []
    for line in lines:
        match = _CMTI.match(line.strip())
        if match:
            found.append((match.group(1).upper() or None, int(match.group(2))))
    return found


class _Stores:
    """The message stores (+CPMS, TS 27.005 §3.2.2): the modem's own choice, read once, and
    the store reads and deletes go to now. A part stored elsewhere is read there; the
    modem's own choice is put back at the end (restore_command)."""

    def __init__(self, session: AtSession) -> None:
        self.session = session
        body = _setting(session, "AT+CPMS?", "+CPMS")
        fields = split_fields(body) if body else []
        # "<mem1>",used,total,"<mem2>",used,total[,"<mem3>",used,total]
        self.own = [unquote(field).upper() for field in fields[0::3] if unquote(field)][:3]
        self.reading = self.own[0] if self.own else None

    def select(self, store: str | None) -> bool:
        """Make `store` the one reads and deletes go to; False when it cannot be."""
        if store is None or store == self.reading or self.reading is None:
            # Unknown (+CPMS refused): no store is chosen, since the modem's own choice could
            # not be put back; the part is read where the modem reads, which is where a
            # modem without a store choice keeps what it receives.
            return True
        if not self.session.command(f'AT+CPMS="{store}"', timeout=5.0).ok:
            return False
        self.reading = store
        return True

    def restore_command(self) -> str | None:
        if not self.own or self.reading == self.own[0]:
            return None
        return "AT+CPMS=" + ",".join(f'"{store}"' for store in self.own)


def _read(session: AtSession, stores: _Stores, store: str | None,
          index: int) -> StoredSms | None:
    if not stores.select(store):
        return None
    reply = session.command(f"AT+CMGR={index}", timeout=5.0)
    if not reply.ok:
        return None
    parsed = parse_cmgr(reply.text, pdu_mode=True)
    return parsed._replace(store_index=index) if isinstance(parsed, StoredSms) else None


def _complete(parts: list[StoredSms]) -> Message | None:
    for message in join_parts(parts):
        if message.complete:
            return message
    return None


def ask_by_sms(session: AtSession, number: str, text: str, *, delete_reply: bool = False,
               timeout: float = REPLY_TIMEOUT) -> SmsAnswer:
    """Send `text` to `number` and wait up to `timeout` s for that number's answer."""
    validate.sms_number(number)
    validate.sms_text(text)
    cmgf = _setting(session, "AT+CMGF?", "+CMGF")
    put_back_cmgf = cmgf        # None once a refused AT+CMGF=0 shows nothing was changed
    cnmi = _setting(session, "AT+CNMI?", "+CNMI")
    arrived: list[str] = []
    changed_cnmi = False
    prompt = _Prompt()
    stores: _Stores | None = None
    unsubscribe = session.subscribe(arrived.append)
    try:
        if cmgf != "0":
            pdu_mode = session.command("AT+CMGF=0", timeout=5.0)
            if not pdu_mode.ok:
                if pdu_mode.complete:
                    put_back_cmgf = None      # refused: the mode is as it was
                raise SmsError(tr("Sms", "The modem does not take SMS in PDU mode "
                                  "(AT+CMGF=0)."))
        fields = split_fields(cnmi) if cnmi else []
        if len(fields) < 2 or to_int(fields[1]) not in (1, 2):
            # Ask for an indication (+CMTI) when a message is stored; put back afterwards.
            changed_cnmi = session.command("AT+CNMI=2,1,0,0,0", timeout=5.0).ok
        stores = _Stores(session)
        answer = SmsAnswer(_send(session, number, text, prompt))
        # Each part read gets its own key (the same index may be taken in two stores).
        ours: list[StoredSms] = []
        where: dict[int, tuple[str | None, int]] = {}
        deadline = time.monotonic() + timeout
        seen: set[tuple[str | None, int]] = set()
        while answer.message is None:
            for store, index in _indications(arrived):
                if (store, index) in seen:
                    continue
                seen.add((store, index))
                part = _read(session, stores, store, index)
                if part is None:
                    continue
                if _same_number(part.sender, number):
                    where[len(where)] = (store, index)
                    ours.append(part._replace(store_index=len(where) - 1))
                else:
                    answer.others.append(part)
            arrived.clear()
            answer.message = _complete(ours)
            left = deadline - time.monotonic()
            if answer.message is not None or left <= 0:
                break
            session.drain_urcs(wait=min(0.25, left))
        if answer.message is None and ours:
            answer.message = join_parts(ours)[0]        # parts missing: show what came
        if answer.message is not None:
            slots = [where[key] for key in answer.message.indexes]
            answer.message = answer.message._replace(
                indexes=tuple(index for _store, index in slots))
            if delete_reply:
                answer.deleted = all(
                    stores.select(store)
                    and session.command(f"AT+CMGD={index}", timeout=5.0).ok
                    for store, index in slots)
        return answer
    finally:
        unsubscribe()
        _put_back(session, prompt, stores, cnmi if changed_cnmi else None, put_back_cmgf)


def _put_back(session: AtSession, prompt: _Prompt, stores: _Stores | None,
              cnmi: str | None, cmgf: str | None) -> None:
    """Leave the modem as it was, also after a cancel (restore runs despite it, bounded)."""
    if prompt.open:
        try:
            session.send_raw(b"\x1b")      # ESC: the message is not sent (TS 27.005 §3.5.1)
        except SimtoolError:
            pass
    commands = []
    restore_store = stores.restore_command() if stores is not None else None
    if restore_store:
        commands.append(restore_store)
    if cnmi is not None:
        commands.append(f"AT+CNMI={cnmi}")
    if cmgf not in (None, "0"):
        commands.append(f"AT+CMGF={cmgf}")
    session.restore(*commands)
