"""Data sent right behind a CONNECT result, in the same read.

Quectel's AT+QHTTPREAD answers `CONNECT`, the HTTP response (headers with
responseheader=1, then the body), `OK` and, after a blank line, `+QHTTPREAD: 0` (Quectel
EC2x&EG9x HTTP(S) Application Note, AT+QHTTPREAD). A fast modem, or a slow reader, has
all of it in one read: the command ends at CONNECT and read_reply() must still get the
response. The session used to hand the lines after CONNECT to the URC subscribers, so the
data test lost the page (and where a redirect went) whenever the read caught everything.
The example tests queue every byte on a pyserial loop:// port before the session reads it,
so the whole reply arrives in one piece; the property test cuts it into reads of any size.
No timing decides an outcome.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from serial.urlhandler import protocol_loop
from test_session_chunking_property import ScriptedModem

from simtool.at.framing import FinalKind
from simtool.at.session import AtSession

READ_REPLY = (b"\r\nCONNECT\r\n"
              b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 19\r\n\r\n"
              b"<html>top up</html>\r\nOK\r\n\r\n+QHTTPREAD: 0\r\n")


class OnePieceModem(protocol_loop.Serial):
    """loop:// whose other end answers each command line with its whole reply at once."""

    replies: dict[bytes, bytes] = {}

    def write(self, data: bytes | bytearray | memoryview) -> int:
        line = bytes(data)
        reply = self.replies.get(line.rstrip(b"\r"))
        if reply is not None:
            super().write(reply)
        return len(line)


def _session(replies: dict[bytes, bytes]) -> tuple[AtSession, list[str]]:
    port = OnePieceModem("loop://", timeout=0.01)
    port.replies = replies
    session = AtSession(port, default_timeout=2.0)
    published: list[str] = []
    session.subscribe(published.append)
    return session, published


def test_the_data_after_connect_is_the_next_replys() -> None:
    session, published = _session({b"AT+QHTTPREAD=10": READ_REPLY})
    connect = session.command("AT+QHTTPREAD=10")
    assert connect.kind is FinalKind.CONNECT and connect.complete
    body = session.read_reply(timeout=2.0)
    assert body.ok and body.complete
    assert body.lines == ["HTTP/1.1 200 OK", "Content-Type: text/html",
                          "Content-Length: 19", "<html>top up</html>"]
    assert published == ["+QHTTPREAD: 0"]       # the URC after OK, not the page


def test_data_nobody_read_does_not_become_the_next_commands_reply() -> None:
    session, published = _session({b"AT+QHTTPREAD=10": READ_REPLY,
                                   b"AT+CSQ": b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n"})
    assert session.command("AT+QHTTPREAD=10").kind is FinalKind.CONNECT
    csq = session.command("AT+CSQ")
    assert csq.ok and csq.lines == ["+CSQ: 20,99"]
    # As before: what came unasked goes to the subscribers; its OK is dropped.
    assert published[-1] == "+QHTTPREAD: 0"
    assert "<html>top up</html>" in published and "OK" not in published


def test_a_connect_without_data_waits_for_it() -> None:
    session, _published = _session({b"AT+QHTTPURL=26,10": b"\r\nCONNECT\r\n"})
    assert session.command("AT+QHTTPURL=26,10").kind is FinalKind.CONNECT
    protocol_loop.Serial.write(session.port, b"\r\nOK\r\n")   # the modem's answer to the URL
    typed = session.read_reply(timeout=2.0)
    assert typed.ok and typed.lines == []


class HttpReadModem(ScriptedModem):
    """The chunking property's scripted loop:// port (bytes handed out in the drawn chunk
    sizes), answering AT+QHTTPREAD=10 with READ_REPLY (its echo first when `echo`)."""

    def write(self, data: bytes | bytearray | memoryview) -> int:
        line = bytes(data)
        if line.rstrip(b"\r") == b"AT+QHTTPREAD=10":
            self.pending += (line if self.echo else b"") + READ_REPLY
        return len(line)


@settings(max_examples=max(200, settings.default.max_examples))
@given(st.booleans(), st.lists(st.integers(1, 64), min_size=1, max_size=8))
def test_any_chunking_gives_the_same_page(echo: bool, chunks: list[int]) -> None:
    """Wherever the reads cut the reply (inside CONNECT, between it and the page, inside
    the page, or all of it at once), the command ends at CONNECT, the next read_reply() has
    the page and OK, and only +QHTTPREAD: 0 goes to the subscribers."""
    port = HttpReadModem("loop://", timeout=0.01)
    port.setup([], (), echo, chunks)
    session = AtSession(port, default_timeout=2.0)
    published: list[str] = []
    session.subscribe(published.append)
    try:
        assert session.command("AT+QHTTPREAD=10").kind is FinalKind.CONNECT
        body = session.read_reply(timeout=2.0)
        assert session.wait_until(port.drained, timeout=5.0)
    finally:
        port.close()
    assert body.ok and body.lines == ["HTTP/1.1 200 OK", "Content-Type: text/html",
                                      "Content-Length: 19", "<html>top up</html>"]
    assert published == ["+QHTTPREAD: 0"]
