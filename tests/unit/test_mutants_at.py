"""Tests written against mutants that survived scripts/mutation.sh in simtool/at/ outside the
parsers (docs/mutation.md): the exact BER-TLV refusals (ISO/IEC 7816-4 §5.2), the rest of a
cut line in the line splitter, the SMS user-data header's concatenation element (3GPP TS
23.040 §9.2.3.24), and the session's deadline, cancel and vanished-port errors, on the
simulated modem (sim://) with the clock handed to the session."""

from __future__ import annotations

import socket
import uuid

import pytest
import serial

from simtool.at import bertlv, gsm7, pdu
from simtool.at.framing import CUT_MARK, FinalKind, LineSplitter, classify_final, is_refusal
from simtool.at.session import AtResponse, AtSession
from simtool.at.transcript import ENTRY_CHARS, Transcript
from simtool.sim import instances
from simtool.transport.errors import DeadlineReached, PortVanished
from simtool.transport.port import open_port

# -- BER-TLV refusals, word for word (the decoder's reasons reach the eSIM panel) ----------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("DF81", "multi-byte tag cut short"),
        ("DF8181810100", "tag longer than 4 bytes"),
        ("5A", "length expected, data ended"),
        ("5A80", "indefinite length (80) is not allowed here"),
        ("5A8201", "long-form length cut short"),
    ],
)
def test_bertlv_refusals_word_for_word(data, reason):
    with pytest.raises(bertlv.TlvError) as raised:
        bertlv.decode(bytes.fromhex(data))
    assert str(raised.value) == reason


# -- a line longer than the splitter's limit: the rest up to its line end is dropped -------


def _cut(max_line: int = 8) -> LineSplitter:
    splitter = LineSplitter(max_line=max_line)
    assert splitter.feed(b"0123456789AB") == ["01234567" + CUT_MARK]
    assert splitter.cut_bytes == 4
    return splitter


@pytest.mark.parametrize(
    ("rest", "lines", "cut"),
    [
        # CR-only and LF-only line ends (V.250 S3/S4 changed, old Siemens modules): the
        # first line end ends the cut line, not the last one.
        (b"CDEF\rOK\r", ["OK"], 8),
        (b"CDEF\nOK\n", ["OK"], 8),
        (b"CDEF\r\nOK\r\n", ["OK"], 8),
        # The line end comes first: nothing more is dropped.
        (b"\r\nOK\r\n", ["OK"], 4),
        (b"\nOK\n", ["OK"], 4),
    ],
)
def test_the_rest_of_a_cut_line_ends_at_its_first_line_end(rest, lines, cut):
    splitter = _cut()
    assert splitter.feed(rest) == lines
    assert splitter.cut_bytes == cut
    # Skipping is over: the next line is read whole.
    assert splitter.feed(b"+CSQ: 1\r\n") == ["+CSQ: 1"]
    assert splitter.cut_bytes == cut


def test_the_rest_of_a_cut_line_may_come_in_pieces():
    splitter = _cut()
    assert splitter.feed(b"CDEF") == []
    assert splitter.cut_bytes == 8
    assert splitter.feed(b"GH") == []
    assert splitter.cut_bytes == 10
    assert splitter.feed(b"IJ\r\nOK\r\n") == ["OK"]
    assert splitter.cut_bytes == 12


# -- the concatenation element of an SMS user-data header (TS 23.040 §9.2.3.24) ------------


def _deliver(header: str) -> str:
    """An SMS-DELIVER from 10086 with a user-data header and 8-bit text "hi": SMSC from the
    modem (00), first octet 44 (DELIVER, UDHI), PID 00, DCS 04 (8-bit data), the time stamp
    of ModemManager's test_pdu3."""
    user_data = bytes([len(bytes.fromhex(header))]) + bytes.fromhex(header) + b"hi"
    return ("00" "44" "05810180F6" "00" "04" "11101021436500"
            + f"{len(user_data):02X}" + user_data.hex()).upper()


@pytest.mark.parametrize(
    ("header", "concat"),
    [
        ("00030702 01", pdu.Concat(7, 2, 1)),                    # 8-bit reference
        ("0804012C0302", pdu.Concat(0x012C, 3, 2)),              # 16-bit reference
        # Other elements first: national language shift (24, 1 octet), text formatting
        # (0A, 3 or 4 octets); their octets are not a concatenation.
        ("240101 00030702 01", pdu.Concat(7, 2, 1)),
        ("0A03000500 00030702 01", pdu.Concat(7, 2, 1)),
        ("0A0400050000 0804012C0302", pdu.Concat(0x012C, 3, 2)),
        ("240101", None),
        ("0A03000500", None),
        ("0A0400050000", None),
        ("000307", None),                                        # cut short
    ],
)
def test_concatenation_element_among_others(header, concat):
    sms = pdu.decode(_deliver(header.replace(" ", "")))
    assert (sms.address, sms.text, sms.concat) == ("10086", "hi", concat)


# -- the session (on the simulated modem) ----------------------------------------------------


def test_first_line_with_a_prefix_ignores_leading_spaces():
    # Some modems indent information lines (a space after the line end).
    response = AtResponse("AT+CSQ", ["OK?", "  +CSQ: 20,99"], FinalKind.OK, "OK")
    assert response.first("+csq") == "  +CSQ: 20,99"
    assert response.first("+CREG") is None


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def session_with_clock():
    ports: list[serial.SerialBase] = []

    def make(url: str = "sim://healthy") -> tuple[AtSession, Clock]:
        clock = Clock()
        port = open_port(url)
        ports.append(port)
        return AtSession(port, clock=clock), clock

    yield make
    for port in ports:
        port.close()


REMEDY = ("A modem this slow is often short of power or still starting: wait a minute and "
          "check again, or allow more time with --deadline.")


def test_the_deadline_error_names_its_seconds_the_command_and_the_port(session_with_clock):
    session, clock = session_with_clock()
    session.set_deadline(5)
    clock.now += 6
    with pytest.raises(DeadlineReached) as raised:
        session.command("AT+CSQ")
    assert str(raised.value) == ("The modem did not answer everything within the check's "
                                 "deadline of 5 s (it was still answering AT+CSQ).")
    assert raised.value.url == session.url == "sim://healthy"
    assert raised.value.remedy == REMEDY


def test_a_deadline_of_zero_seconds(session_with_clock):
    session, _clock = session_with_clock()
    session.set_deadline(0)
    with pytest.raises(DeadlineReached) as raised:
        session.command("AT")
    assert str(raised.value) == ("The modem did not answer everything within the check's "
                                 "deadline of 0 s (it was still answering AT).")


def test_cancel_wakes_the_port(session_with_clock):
    session, _clock = session_with_clock()
    calls: list[str] = []
    session.port.cancel_read = lambda: calls.append("cancel_read")  # type: ignore[method-assign]
    session.cancel()
    assert calls == ["cancel_read"]
    assert session.cancelled


def test_cancel_on_a_port_that_cannot_cancel_a_read():
    # pyserial's loop:// port has no cancel_read before 3.5's SerialBase; one that raises
    # is ignored too: the event alone stops the command.
    class NoCancel:
        timeout = 0.01
        port = "loop://"

    session = AtSession(NoCancel())  # type: ignore[arg-type]
    session.cancel()
    assert session.cancelled

    class Refuses(NoCancel):
        def cancel_read(self) -> None:
            raise OSError("not supported")

    refusing = AtSession(Refuses())  # type: ignore[arg-type]
    refusing.cancel()
    assert refusing.cancelled


def test_an_unplugged_modem_is_reported_by_the_transport_layer():
    name = f"test-{uuid.uuid4()}"
    url = f"sim://healthy?instance={name}"
    session = AtSession(open_port(url))
    try:
        instances.get(name).unplug()
        with pytest.raises(PortVanished) as raised:
            session.command("AT")
    finally:
        session.port.close()
        instances.discard(name)
    assert str(raised.value) == (f"Port {url} went away: the modem was unplugged, reset or "
                                 "lost power, or its driver was unloaded.")
    assert raised.value.url == url


def test_a_serial_server_that_drops_the_connection_is_named_with_its_reason():
    # ser2net-style socket:// port: the server closes the connection mid-conversation.
    with socket.create_server(("127.0.0.1", 0)) as server:
        url = f"socket://127.0.0.1:{server.getsockname()[1]}"
        session = AtSession(open_port(url))
        try:
            connection, _address = server.accept()
            connection.close()
            with pytest.raises(PortVanished) as raised:
                session.command("AT")
        finally:
            session.port.close()
    assert str(raised.value).startswith(f"The connection to {url} broke (")
    assert "(None)" not in str(raised.value)
    assert f"broke ({raised.value.__cause__}): " in str(raised.value)
    assert raised.value.remedy == ("Check that the serial server (for example ser2net) still "
                                   "runs and that its modem is connected, then run the check "
                                   "again.")


def test_the_deadline_passing_during_the_busy_wait_names_the_command(session_with_clock):
    # TS 27.007 +CME ERROR: 14 (SIM busy) makes the session wait and ask again; the check's
    # deadline passing during that wait still says which command was being answered.
    session, clock = session_with_clock("sim://healthy?busy_replies=5")
    session.command("AT+CMEE=1")
    session.set_deadline(5)
    port = session.port
    read = port.read

    def read_and_let_time_pass(size: int = 1) -> bytes:
        data = read(size)
        if b"+CME ERROR: 14" in data:
            clock.now += 6
        return data

    port.read = read_and_let_time_pass  # type: ignore[method-assign]
    with pytest.raises(DeadlineReached) as raised:
        session.command("AT+CPIN?")
    assert str(raised.value) == ("The modem did not answer everything within the check's "
                                 "deadline of 5 s (it was still answering AT+CPIN?).")


# -- GSM 7-bit packing (3GPP TS 23.038 §6.1.2.1, §6.2.1.1) -----------------------------------


def test_gsm7_septet_counts_and_unknown_extensions():
    # 8 septets fill 7 octets exactly; with 1 fill bit (after a 6-octet UDH) 7 octets
    # hold 7 septets.
    assert gsm7.pack([0x41] * 8) == bytes.fromhex("C16030180C0683")
    assert len(gsm7.pack([0x41] * 8)) == 7
    assert len(gsm7.unpack(bytes(7), skip_bits=1)) == 7
    assert gsm7.unpack(gsm7.pack([0x48, 0x69], fill_bits=1), skip_bits=1) == [0x48, 0x69]
    # An escape followed by a code the extension table lacks reads as a space.
    assert gsm7.to_text([0x1B, 0x01, 0x48]) == " H"
    assert gsm7.to_text([0x1B, 0x65]) == "€"


# -- the bounded transcript: which entries are kept, and the marker between them -----------


class Ticks:
    """A clock that moves on by a fraction of a second at each reading."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 0.12345678
        return self.now


def _entries(transcript: Transcript) -> list[tuple[float, str, str]]:
    return [(e.t, e.dir, e.text) for e in transcript.entries()]


def test_transcript_head_marker_and_tail():
    transcript = Transcript(clock=Ticks(), head_chars=7, tail_chars=10)
    transcript.record("tx", b"AT\r")                 # head: 4 left
    transcript.record("rx", b"OK\r\n")               # head: 0 left, so the head is full
    transcript.record("rx", b"0123456789")           # tail: exactly at its limit, kept
    transcript.record("rx", b"X")                    # 11 > 10: the oldest tail entry goes
    transcript.record("rx", b"123456789")            # 10 again: kept
    assert _entries(transcript) == [
        (0.123457, "tx", "AT\r"),
        (0.246914, "rx", "OK\r\n"),
        (0.37037, "rx", "[... simtool: 10 characters left out of the transcript ...]"),
        (0.493827, "rx", "X"),
        (0.617284, "rx", "123456789"),
    ]
    assert transcript.left_out == 10
    assert len(transcript) == 5
    # Later drops add to the count; the marker keeps the time of the first one.
    transcript.record("rx", b"Y")
    assert _entries(transcript)[2:] == [
        (0.37037, "rx", "[... simtool: 11 characters left out of the transcript ...]"),
        (0.617284, "rx", "123456789"),
        (0.740741, "rx", "Y"),
    ]
    assert transcript.left_out == 11


def test_transcript_head_with_one_character_left_takes_the_next_entry():
    transcript = Transcript(clock=Ticks(), head_chars=4, tail_chars=10)
    transcript.record("tx", b"AT\r")                 # 1 left
    transcript.record("rx", b"OK\r\n")               # still the head
    transcript.record("rx", b"0123456789A")          # one entry over the tail limit: kept
    assert [text for _t, _dir, text in _entries(transcript)] == \
        ["AT\r", "OK\r\n", "0123456789A"]
    assert transcript.left_out == 0


def test_transcript_masks_only_what_it_is_told_or_knows():
    transcript = Transcript(clock=Ticks())
    transcript.record("tx", b'AT+CGDCONT=1,"IP","cmnet"\r')
    transcript.record("tx", b"AT^SPIN=1234\r", secret=True)
    transcript.record("tx", b"")
    assert [text for _t, _dir, text in _entries(transcript)] == \
        ['AT+CGDCONT=1,"IP","cmnet"\r', "AT^SPIN=****\r"]


def test_a_long_entry_keeps_its_two_ends():
    limit = ENTRY_CHARS
    exact = "a" * limit
    transcript = Transcript(clock=Ticks(), head_chars=10 * limit)
    transcript.record("rx", exact.encode())
    transcript.record("rx", ("a" * (limit // 2) + "bc" + "d" * (limit // 2)).encode())
    first, second = [text for _t, _dir, text in _entries(transcript)]
    assert first == exact
    assert second == ("a" * (limit // 2) + "[... simtool: 2 characters left out ...]"
                      + "d" * (limit // 2))


# -- final result codes and refusals (ITU-T V.250 §5.7, TS 27.007 §9.2) --------------------


def test_final_result_codes_at_their_edges():
    # NUL padding before a +CME ERROR (USB serial bridges) does not shift the number.
    assert classify_final("\x00+CME ERROR: 10") == (FinalKind.CME_ERROR, 10, None)
    assert classify_final("OK\x00") == (FinalKind.OK, None, None)
    # A line that only ends in a result code's letters is not one.
    assert classify_final("OKX") is None


@pytest.mark.parametrize(
    ("kind", "command", "refusal"),
    [
        (FinalKind.ERROR, "AT+CSQ", True),
        (FinalKind.CME_ERROR, "AT+CPIN?", True),
        (FinalKind.NOT_SUPPORTED, "AT^HCSQ?", True),
        (FinalKind.CMS_ERROR, "AT+CMGL=4", True),       # TS 27.005: an SMS command's refusal
        (FinalKind.CMS_ERROR, "AT+CSQ", False),
        (FinalKind.NO_CARRIER, "ATD*99#", False),
        (FinalKind.OK, "AT", False),
    ],
)
def test_is_refusal(kind, command, refusal):
    assert is_refusal(kind, command) is refusal


def test_line_lengths_at_the_limit():
    splitter = LineSplitter(max_line=8)
    # Exactly the limit, with and without its line end yet: not cut.
    assert splitter.feed(b"01234567") == []
    assert splitter.feed(b"\r\n") == ["01234567"]
    assert splitter.cut_bytes == 0
    # Two cut lines: their dropped bytes add up.
    assert splitter.feed(b"0123456789\r\n") == ["01234567" + CUT_MARK]
    assert splitter.feed(b"abcdefghijk\r\n") == ["abcdefgh" + CUT_MARK]
    assert splitter.cut_bytes == 5
    # A lone X is a line; ">" followed by text is not the SMS prompt.
    assert splitter.feed(b"X\r\n") == ["X"]
    assert splitter.feed(b">X") == []
    assert splitter.feed(b"\r\n") == [">X"]


def test_cut_lines_without_their_line_ends_add_up():
    splitter = LineSplitter(max_line=8)
    assert splitter.feed(b"0123456789") == ["01234567" + CUT_MARK]
    assert splitter.feed(b"\r\nabcdefghijk") == ["abcdefgh" + CUT_MARK]
    assert splitter.cut_bytes == 5


# -- SMS PDUs beyond the ModemManager vectors (3GPP TS 23.040 §9.2, TS 23.038 §4) -----------


@pytest.mark.parametrize(
    ("dcs", "alphabet"),
    [
        (0x00, "gsm7"), (0x04, "8bit"), (0x08, "ucs2"), (0x0C, "gsm7"),   # 00xx, reserved 11
        (0x14, "8bit"), (0x78, "ucs2"),                                   # 0001, 0111
        (0x84, "gsm7"), (0x88, "gsm7"),                                   # 1000: reserved
        (0xC0, "gsm7"), (0xD0, "gsm7"), (0xE0, "ucs2"),                   # message waiting
        (0xF0, "gsm7"), (0xF4, "8bit"),                                   # 1111: class
    ],
)
def test_sms_alphabet_of_every_coding_group(dcs, alphabet):
    assert pdu.alphabet_of(dcs) == alphabet


SCTS_1970 = "07101000000000"          # 1970-01-01 00:00:00 +00:00


def _plain_deliver(scts: str = SCTS_1970, dcs: str = "00", user_data: str = "02D922") -> str:
    """SMS-DELIVER from 10086 (SMSC from the modem, 00), no header; "YE" in GSM 7-bit."""
    return "00" "04" "05810180F6" "00" + dcs + scts + user_data


@pytest.mark.parametrize(
    ("scts", "timestamp"),
    [
        (SCTS_1970, "1970-01-01T00:00:00+00:00"),                 # year 70: 1970
        ("96101000000000", "2069-01-01T00:00:00+00:00"),          # year 69: 2069
        ("17101000000000", "1971-01-01T00:00:00+00:00"),
        ("62110251513232", "2026-11-20T15:15:23+05:45"),          # Nepal, 23 quarters
        ("6211025151323A", "2026-11-20T15:15:23-05:45"),
    ],
)
def test_deliver_time_stamps(scts, timestamp):
    assert pdu.decode(_plain_deliver(scts)) == pdu.Sms(
        "deliver", None, "10086", timestamp, 0, "gsm7", "YE")


def test_deliver_coding_edges():
    # UCS2 with a lone surrogate or an odd octet count: replacement, never an exception.
    assert pdu.decode(_plain_deliver(dcs="08", user_data="02D800")).text == "\ufffd"
    assert pdu.decode(_plain_deliver(dcs="08", user_data="03004100")).text == "A"
    # Compressed text (TS 23.042), general coding groups 0-7 with bit 5: refused.
    for dcs in ("20", "70"):
        with pytest.raises(pdu.PduError, match=r"^PDU cannot be read: compressed user data"):
            pdu.decode(_plain_deliver(dcs=dcs))
    # Bit 5 outside the general groups, and bit 0, are not compression.
    assert pdu.decode(_plain_deliver(dcs="A0")).text == "YE"
    assert pdu.decode(_plain_deliver(dcs="01")).text == "YE"


@pytest.mark.parametrize(
    ("pdu_hex", "with_smsc"),
    [
        (pdu.submit("10086", "YE")[0][1], True),
        # The same SUBMIT with a relative validity period (VPF 10, 1 octet: A7 = 24 h),
        # with an absolute one (VPF 11, 7 octets), and without the SMSC octet.
        ("00" "11" "00" "05810180F6" "00" "00" "A7" "02D922", True),
        ("00" "19" "00" "05810180F6" "00" "00" + SCTS_1970 + "02D922", True),
        ("01" "00" "05810180F6" "00" "00" "02D922", False),
    ],
)
def test_submit_pdus(pdu_hex, with_smsc):
    assert pdu.decode(pdu_hex, with_smsc=with_smsc) == pdu.Sms(
        "submit", None, "10086", None, 0, "gsm7", "YE")


def test_status_report_and_refusals():
    # SMS-STATUS-REPORT (MTI 10): reference, recipient, service centre time stamp.
    report = "00" "06" "07" "05810180F6" + SCTS_1970
    assert pdu.decode(report) == pdu.Sms(
        "status-report", None, "10086", "1970-01-01T00:00:00+00:00", 0, "gsm7", "")
    with pytest.raises(pdu.PduError) as raised:
        pdu.decode("ZZ")
    assert str(raised.value).startswith("not hex: ")
    with pytest.raises(pdu.PduError) as raised:
        pdu.decode("0003")
    assert str(raised.value) == "unknown message type 3"
    with pytest.raises(pdu.PduError) as raised:
        pdu.decode("0004")
    assert str(raised.value) == "PDU cannot be read: PDU ends early: needs 1 octets at 2"


@pytest.mark.parametrize(
    ("sender", "timestamp"),
    [
        ("+8613800138000", "2026-11-20T09:15:02+08:00"),
        ("10086", "2012-04-25T19:56:50-04:00"),
        ("*100#", "2026-11-20T09:15:02+05:45"),      # * and # as semi-octets A and B
        ("Bank", "1999-12-31T23:59:59+00:00"),       # alphanumeric sender (TOA D0)
    ],
)
def test_deliver_round_trip_of_sender_and_time(sender, timestamp):
    [built] = pdu.deliver(sender, "Hi", timestamp, smsc="+8613800100500")
    assert pdu.decode(built) == pdu.Sms("deliver", "+8613800100500", sender, timestamp, 0,
                                        "gsm7", "Hi")


@pytest.mark.parametrize(
    "text",
    [
        "x" * 160, "x" * 161,
        # A GSM 7-bit escape (€ = 1B 65) falling on a part boundary stays with its char.
        "x" * 152 + "€" + "y" * 10,
        "余" * 70, "余" * 71,
        # A surrogate pair (U+1F600) on a part boundary stays whole.
        "余" * 66 + "\U0001F600" + "额" * 10,
    ],
)
def test_deliver_parts_join_back(text):
    parts = [pdu.decode(p) for p in pdu.deliver("10086", text, "2026-11-20T09:15:02+08:00",
                                                reference=9)]
    assert "".join(p.text for p in parts) == text
    if len(parts) == 1:
        assert parts[0].concat is None
    else:
        assert [p.concat for p in parts] == [pdu.Concat(9, len(parts), n)
                                             for n in range(1, len(parts) + 1)]
        assert all("\ufffd" not in p.text for p in parts)


def test_a_stored_submit_with_its_service_centre():
    # An unsent message read back with +CMGR in PDU mode may carry the SMSC it will use.
    stored = "0891683108100005F0" "01" "00" "05810180F6" "00" "00" "02D922"
    assert pdu.decode(stored) == pdu.Sms("submit", "+8613800100500", "10086", None, 0,
                                         "gsm7", "YE")
