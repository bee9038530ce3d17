"""Ask the operator by SMS: send a query (CXYE to 10086...) and read its answer.

Sending an SMS is a write action (the caller holds the user's consent: --allow-write or a
confirmation; the operator may charge a normal SMS). The answer is read in PDU mode, from
the +CMTI indications of the parts that arrive (TS 27.005 §3.4.1), each part read once with
+CMGR, so no other stored message is listed or marked read; parts are joined (concatenated
SMS, UCS2). Only the answer's own slots are deleted, and only when asked. The session's
settings this changes (+CMGF, +CNMI) are put back as they were.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from simtool.actions import validate
from simtool.at import pdu
from simtool.at.parsers.common import after_prefix, split_fields, to_int
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
    reply = session.command(command, timeout=5.0)
    if not reply.ok:
        return None
    line = reply.first(prefix)
    body = after_prefix(line, prefix) if line else None
    return body.strip() if body is not None else None


def _send(session: AtSession, number: str, text: str) -> int:
    parts = pdu.submit(number, text)
    for length, hexpdu in parts:
        prompt = session.command(f"AT+CMGS={length}", timeout=10.0, expect_prompt=True)
        if prompt.final is None or prompt.final.strip() != ">":
            raise SmsError(tr("Sms", "The modem did not accept the SMS for sending: {error}")
                           .format(error=prompt.final or prompt.error_text or "timeout"))
        session.send_raw(hexpdu.encode("ascii") + b"\x1a")
        sent = session.read_reply(command=hexpdu, timeout=SEND_TIMEOUT)
        if not sent.ok:
            raise SmsError(tr("Sms", "The network did not take the SMS: {error}. Check the "
                              "balance of SMS on the plan and the signal, then try again.")
                           .format(error=sent.final or "timeout"))
    return len(parts)


_CMTI = re.compile(r'^\+CMTI:\s*"?([A-Z]*)"?\s*,\s*(\d+)', re.IGNORECASE)


def _indications(lines: list[str]) -> list[int]:
    found = []
    for line in lines:
        match = _CMTI.match(line.strip())
        if match:
            found.append(int(match.group(2)))
    return found


def _read(session: AtSession, index: int) -> StoredSms | None:
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
    cmgf = _setting(session, "AT+CMGF?", "+CMGF:")
    cnmi = _setting(session, "AT+CNMI?", "+CNMI:")
    arrived: list[str] = []
    changed_cnmi = False
    unsubscribe = session.subscribe(arrived.append)
    try:
        if cmgf != "0" and not session.command("AT+CMGF=0", timeout=5.0).ok:
            raise SmsError(tr("Sms", "The modem does not take SMS in PDU mode (AT+CMGF=0)."))
        fields = split_fields(cnmi) if cnmi else []
        if len(fields) < 2 or to_int(fields[1]) not in (1, 2):
            # Ask for an indication (+CMTI) when a message is stored; put back afterwards.
            changed_cnmi = session.command("AT+CNMI=2,1,0,0,0", timeout=5.0).ok
        answer = SmsAnswer(_send(session, number, text))
        ours: list[StoredSms] = []
        deadline = time.monotonic() + timeout
        seen: set[int] = set()
        while answer.message is None:
            for index in _indications(arrived):
                if index in seen:
                    continue
                seen.add(index)
                part = _read(session, index)
                if part is None:
                    continue
                (ours if _same_number(part.sender, number) else answer.others).append(part)
            arrived.clear()
            answer.message = _complete(ours)
            left = deadline - time.monotonic()
            if answer.message is not None or left <= 0:
                break
            session.drain_urcs(wait=min(0.25, left))
        if answer.message is None and ours:
            answer.message = join_parts(ours)[0]        # parts missing: show what came
        if delete_reply and answer.message is not None:
            answer.deleted = all(session.command(f"AT+CMGD={index}", timeout=5.0).ok
                                 for index in answer.message.indexes)
        return answer
    finally:
        unsubscribe()
        if changed_cnmi and cnmi is not None:
            session.command(f"AT+CNMI={cnmi}", timeout=5.0)
        if cmgf not in (None, "0"):
            session.command(f"AT+CMGF={cmgf}", timeout=5.0)
