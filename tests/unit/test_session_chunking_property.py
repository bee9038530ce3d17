"""The AT session under random chunking and random URCs (issue 21, hole 8).

A scripted modem on a pyserial loop:// port (tests/unit/test_session_property.py has the
issue-14 properties on arbitrary bytes; this file is the chunking one): every command line
written gets its scripted reply, with unsolicited result codes slipped in before it, between
its lines, after its final result, and after the last reply. Reads hand the bytes out in
hypothesis-drawn chunk sizes (1 byte up), so a line, a CR LF pair or a final result code can
be split anywhere. The property: the responses (lines, final result, code, completeness) and
the URCs published to subscribers, in order, are the same as when everything is read in one
piece, and both are what the script says.

Reply shapes are TS 27.007 §4.1/§9 (information lines and final result codes framed by CR
LF, V.250 §5.7.1 verbose results); the URCs are ones the session's registry knows (27.007
§7.2 +CREG/+CEREG, §10.1.19 +CGEV, 27.005 §3.4.1 +CMTI and the two-line +CMT, V.250 RING,
Huawei ^RSSI, Quectel +QIND) and none shares a prefix with a scripted command.
"""

from __future__ import annotations

from typing import NamedTuple

from hypothesis import example, given, settings
from hypothesis import strategies as st
from serial.urlhandler import protocol_loop  # noqa: I001 - pyserial's loop:// port

from simtool.at.session import AtSession

# (command, information lines, final result)
REPLIES = (
    ("AT+CSQ", ("+CSQ: 20,99",), "OK"),
    ("AT+CPIN?", ("+CPIN: READY",), "OK"),
    ("AT+CGMI", ("Quectel",), "OK"),
    ("AT+CIMI", ("460001234567890",), "OK"),
    ("AT+COPS?", ('+COPS: 0,0,"CHINA MOBILE",7',), "OK"),
    ("AT+CGDCONT?", ('+CGDCONT: 1,"IP","cmnet","0.0.0.0",0,0',
                     '+CGDCONT: 2,"IPV4V6","ims","0.0.0.0",0,0'), "OK"),
    ("AT+CGSN", ("350000001234562",), "OK"),
    ("AT+CPIN?", (), "+CME ERROR: 10"),
    ("AT+CGATT=1", (), "ERROR"),
    ("AT+CMGF=0", (), "OK"),
)
# Each URC as its lines (+CMT carries its PDU on a second line).
URCS = (
    ("RING",), ("+CREG: 1",), ('+CEREG: 1,"1A2B","01A2B3C4",7',), ('+CMTI: "SM",3',),
    ("^RSSI: 17",), ("+CGEV: ME PDN ACT 1",), ("+QIND: SMS DONE",),
    ("+CMT: ,24", "07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07"),
)


class Step(NamedTuple):
    command: str
    lines: tuple[str, ...]
    final: str
    before: tuple[tuple[str, ...], ...]      # URCs before the echo / reply
    inside: tuple[tuple[str, ...], ...]      # URCs between the information lines
    after: tuple[tuple[str, ...], ...]       # URCs after the final result


class ScriptedModem(protocol_loop.Serial):  # type: ignore[misc]
    """loop:// whose other end follows a script: each command line written queues its reply
    (and the URCs around it); the queued bytes arrive in the drawn chunk sizes, one chunk
    each time the port is looked at with nothing left that had arrived (the time a real
    UART takes to deliver them)."""

    pending = bytearray()       # queued, not arrived yet (set per conversation in setup())
    arrived = bytearray()       # what in_waiting counts and read() hands out

    def setup(self, steps: list[Step], tail: tuple[tuple[str, ...], ...], echo: bool,
              chunks: list[int]) -> None:
        self.steps, self.tail, self.echo = list(steps), tail, echo
        self.chunks, self.next_chunk = chunks, 0
        self.pending, self.arrived = bytearray(), bytearray()
        self.typed = bytearray()

    def _arrive(self) -> None:
        if not self.arrived and self.pending:
            size = self.chunks[self.next_chunk % len(self.chunks)]
            self.next_chunk += 1
            self.arrived += self.pending[:size]
            del self.pending[:size]

    @staticmethod
    def _urc(lines: tuple[str, ...]) -> bytes:
        return b"\r\n" + b"".join(line.encode() + b"\r\n" for line in lines)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        payload = bytes(data)
        self.typed += payload
        while b"\r" in self.typed:
            line, _, rest = bytes(self.typed).partition(b"\r")
            self.typed = bytearray(rest)
            step = self.steps.pop(0)
            assert line.decode() == step.command
            out = b"".join(self._urc(urc) for urc in step.before)
            if self.echo:
                out += line + b"\r"
            # V.250 §5.7.1 verbose form: each line framed by CR LF, the final result too.
            body = [line.encode() for line in step.lines]
            cut = len(body) // 2 if len(body) > 1 else len(body)
            inside = [line.encode() for urc in step.inside for line in urc]
            out += b"".join(b"\r\n" + line + b"\r\n"
                            for line in (*body[:cut], *inside, *body[cut:]))
            out += b"\r\n" + step.final.encode() + b"\r\n"
            out += b"".join(self._urc(urc) for urc in step.after)
            if not self.steps:
                out += b"".join(self._urc(urc) for urc in self.tail)
            self.pending += out
        return len(payload)

    @property
    def in_waiting(self) -> int:
        self._arrive()
        return len(self.arrived)

    def read(self, size: int = 1) -> bytes:
        self._arrive()
        data = bytes(self.arrived[:size])
        del self.arrived[:size]
        return data

    def reset_input_buffer(self) -> None:
        self.pending, self.arrived = bytearray(), bytearray()

    def drained(self) -> bool:
        return not self.pending and not self.arrived


class Outcome(NamedTuple):
    responses: list[tuple[list[str], str | None, int | None, bool]]
    published: list[str]


def converse(steps: list[Step], tail: tuple[tuple[str, ...], ...], echo: bool,
             chunks: list[int]) -> Outcome:
    port = ScriptedModem("loop://", timeout=0.005)
    port.setup(steps, tail, echo, chunks)
    session = AtSession(port, default_timeout=5.0)
    published: list[str] = []
    session.subscribe(published.append)
    try:
        responses = []
        for step in steps:
            reply = session.command(step.command, retry_busy=False)
            responses.append((reply.lines, reply.final, reply.code, reply.complete))
        # The URCs after the last reply: read until every byte sent has been taken.
        assert session.wait_until(port.drained, timeout=30.0)
    finally:
        port.close()
    return Outcome(responses, published)


URC = st.sampled_from(URCS)
SOME_URCS = st.lists(URC, max_size=3).map(tuple)


@st.composite
def steps(draw: st.DrawFn) -> Step:
    command, lines, final = draw(st.sampled_from(REPLIES))
    return Step(command, lines, final, draw(SOME_URCS), draw(SOME_URCS) if lines else (),
                draw(SOME_URCS))


CMT = URCS[-1]


@settings(max_examples=max(300, settings.default.max_examples))
@given(st.lists(steps(), min_size=1, max_size=6), SOME_URCS, st.booleans(),
       st.lists(st.integers(1, 40), min_size=1, max_size=12))
# The first read takes the reply and the +CMT line after its OK; the PDU line (+CMT's
# second line) is then looked at before the next command is sent and found incomplete, so it
# ends during that command's reply: it is still the URC's, not the reply's.
@example(script=[Step("AT+CSQ", ("+CSQ: 20,99",), "OK", (), (), (CMT,)),
                 Step("AT+CGSN", ("350000001234562",), "OK", (), (), ())],
         tail=(), echo=False, chunks=[34, 8])
def test_chunking_and_urcs_change_nothing(script: list[Step], tail: tuple[tuple[str, ...], ...],
                                          echo: bool, chunks: list[int]) -> None:
    whole = converse(script, tail, echo, [1 << 20])
    chunked = converse(script, tail, echo, chunks)
    assert chunked == whole
    # And both are what the modem said: each reply's lines and final result, every URC
    # line in the order it was sent.
    assert [(lines, final) for lines, final, _code, _complete in whole.responses] == [
        (list(step.lines), step.final) for step in script]
    assert all(complete for *_rest, complete in whole.responses)
    sent = [line for step in script for urc in (*step.before, *step.inside, *step.after)
            for line in urc] + [line for urc in tail for line in urc]
    assert whole.published == sent
