"""The AT session on arbitrary bytes (issue 14): whatever comes back, a reply is returned
(or a typed port error raised), lines stay within their bound, and a PIN echoed anywhere in
the noise never reaches the transcript or the reply in clear.

The port is pyserial's own loop:// (what is written is what is read), filled with the bytes
before the reply is read; every stream ends in a final result so no example waits."""

from __future__ import annotations

import serial
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from serial.urlhandler import protocol_loop  # noqa: I001 - pyserial's loop:// port

from simtool.at.framing import CUT_MARK, MAX_LINE
from simtool.at.session import AtSession
from simtool.errors import SimtoolError

PIN = b"8642"
NOISE = st.one_of(
    st.binary(max_size=300),
    st.lists(st.sampled_from([b"\r\n", b"\r", b"\n", b"OK", b"ERROR", b"+CME ERROR: 10",
                              b"+CREG: 1", b"> ", b"\x00", b"\xff", b"\x1b[2J", b"RING",
                              b"+CMT: ,12", b'+CUSD: 0,"', b"CONNECT", b"NO CARRIER", b"RDY",
                              b"+CSQ: 20,99", b"AT+CSQ", b"\r\nOK\r\n"]), max_size=40)
      .map(b"".join),
)


def _session(data: bytes) -> AtSession:
    port = serial.serial_for_url("loop://", timeout=0.005)
    port.write(data)
    return AtSession(port, default_timeout=0.01)


@settings(max_examples=max(300, settings.default.max_examples))
@given(NOISE, st.booleans(), st.integers(0, 300))
def test_any_reply_is_read_safely(noise: bytes, with_pin: bool, where: int) -> None:
    assume(PIN not in noise)
    if with_pin:                          # a late echo of the PIN command, somewhere in it
        cut = min(where, len(noise))
        noise = noise[:cut] + b'\r\nAT+CPIN="' + PIN + b'"\r\n' + noise[cut:]
    session = _session(noise + b"\r\nOK\r\n")
    try:
        reply = session.read_reply(command="AT+CSQ", timeout=0.01)
    except SimtoolError:
        return                            # a typed error (a reset line, ...) is fine
    finally:
        session.port.close()
    assert all(len(line) <= MAX_LINE + len(CUT_MARK) for line in reply.lines)
    shown = "".join(entry.text for entry in session.transcript.entries())
    assert PIN.decode() not in shown
    assert all(PIN.decode() not in line for line in reply.lines)


class _Answering(protocol_loop.Serial):  # type: ignore[misc]
    """loop:// that answers each write with `reply` (after the echo of what was written)."""

    reply = b""

    def write(self, data: bytes) -> int:
        written = int(super().write(data))
        super().write(self.reply)
        return written


@settings(max_examples=max(200, settings.default.max_examples))
@given(NOISE, st.lists(st.binary(max_size=64), max_size=8))
def test_a_command_over_noise_always_ends(noise: bytes, before: list[bytes]) -> None:
    port = _Answering("loop://", timeout=0.005)
    port.write(b"".join(before))          # unsolicited bytes waiting before the command
    port.reply = noise + b"\r\nOK\r\n"
    session = AtSession(port, default_timeout=0.01)
    try:
        reply = session.command("AT+CSQ", timeout=0.01)
    except SimtoolError:
        return
    finally:
        port.close()
    assert all(len(line) <= MAX_LINE + len(CUT_MARK) for line in reply.lines)
    assert reply.complete or reply.error_text is not None or reply.kind.value == "timeout"
