"""Framing: line splitting and final-result classification on real modem output.

Each case names where the bytes come from: 3GPP TS 27.007 (§4.1 response format, §9.2 +CME),
TS 27.005 §3.2.5 (+CMS), ITU-T V.250 §5.7 (result codes), ModemManager
src/tests/test-at-serial-port.c and src/mm-serial-parsers.c (edge cases, as facts), and vendor
AT manuals (Quectel EC25, Huawei E173/E1752, SIMCom SIM7600, Motorola).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.at.framing import FinalKind, LineSplitter, classify_final
from simtool.at.urc import is_urc

FINAL_CASES = [
    # (line, expected, source)
    ("OK", (FinalKind.OK, None, None), "V.250 §5.7.1 result code 0"),
    ("ERROR", (FinalKind.ERROR, None, None), "V.250 §5.7.1 result code 4"),
    ("NO CARRIER", (FinalKind.NO_CARRIER, None, None), "V.250 §5.7.1 result code 3"),
    ("BUSY", (FinalKind.BUSY, None, None), "V.250 §5.7.1 result code 7"),
    ("NO ANSWER", (FinalKind.NO_ANSWER, None, None), "V.250 §5.7.1 result code 8"),
    ("NO DIALTONE", (FinalKind.NO_DIALTONE, None, None), "V.250 §5.7.1 result code 6"),
    ("CONNECT", (FinalKind.CONNECT, None, None), "V.250 §5.7.1 result code 1"),
    ("CONNECT 150000000", (FinalKind.CONNECT, None, "150000000"),
     "Quectel EC25 AT manual, ATD*99# data call"),
    ("+CME ERROR: 10", (FinalKind.CME_ERROR, 10, None), "TS 27.007 §9.2, AT+CMEE=1"),
    ("+CME ERROR: SIM not inserted", (FinalKind.CME_ERROR, 10, "SIM not inserted"),
     "TS 27.007 §9.2, AT+CMEE=2"),
    ("+CME ERROR: SIM busy", (FinalKind.CME_ERROR, 14, "SIM busy"), "TS 27.007 §9.2 verbose"),
    ("+CME ERROR: incorrect password", (FinalKind.CME_ERROR, 16, "incorrect password"),
     "TS 27.007 §9.2 verbose"),
    ("+CME ERROR: 515", (FinalKind.CME_ERROR, 515, None),
     "python-gsmmodem Wavecom profile: device busy after AT+CFUN=1"),
    ("+CME ERROR: 133", (FinalKind.CME_ERROR, 133, None),
     "Zephyr issue 22689: APN typo gives CME 133"),
    ("+CME ERROR: Invalid characters in text string",
     (FinalKind.CME_ERROR, 25, "Invalid characters in text string"), "TS 27.007 §9.2 code 25"),
    ("+CME ERROR: Vendor says no", (FinalKind.CME_ERROR, None, "Vendor says no"),
     "unknown verbose text kept verbatim"),
    ("+CME ERROR: ", (FinalKind.CME_ERROR, None, None),
     "ModemManager test-at-serial-port.c: trailing space is an error"),
    ("+CMS ERROR: 500", (FinalKind.CMS_ERROR, 500, None), "TS 27.005 §3.2.5 unknown error"),
    ("+CMS ERROR: 321", (FinalKind.CMS_ERROR, 321, None),
     "TS 27.005 §3.2.5 invalid memory index (AT+CMGR on an empty slot)"),
    ("+CMS ERROR: SMSC address unknown", (FinalKind.CMS_ERROR, 330, "SMSC address unknown"),
     "TS 27.005 §3.2.5 verbose"),
    ("COMMAND NOT SUPPORT", (FinalKind.NOT_SUPPORTED, None, None),
     "Huawei E1752 (python-gsmmodem profile), ModemManager mm-serial-parsers.c"),
    ("> ", (FinalKind.PROMPT, None, None), "TS 27.005 §3.5.1 AT+CMGS text prompt"),
    ("MODEM ERROR: 3", (FinalKind.ERROR, None, "MODEM ERROR: 3"),
     "Motorola phones, ModemManager mm-serial-parsers.c"),
]

NOT_FINAL_CASES = [
    ("+CME ERROR:", "ModemManager test-at-serial-port.c: bare prefix is not final"),
    ("MODEM ERROR: apple", "ModemManager test-at-serial-port.c"),
    ("UNKNOWN COMMAND", "ModemManager test-at-serial-port.c"),
    ("+CPIN: READY", "TS 27.007 §8.3 information line"),
    ("+CSQ: 17,99", "TS 27.007 §8.5 information line"),
    ("OKAY", "not a result code"),
    ("+CEER: No cause information available", "SIMCom SIM8230G +CEER text"),
    ("", "empty line"),
]


@pytest.mark.parametrize(("line", "expected", "source"), FINAL_CASES,
                         ids=[case[0] for case in FINAL_CASES])
def test_final_result_codes(line: str, expected: tuple[FinalKind, int | None, str | None],
                            source: str) -> None:
    assert classify_final(line) == expected, source


@pytest.mark.parametrize(("line", "source"), NOT_FINAL_CASES,
                         ids=[case[0] or "empty" for case in NOT_FINAL_CASES])
def test_not_final(line: str, source: str) -> None:
    assert classify_final(line) is None, source


def test_result_codes_ignore_case_and_surrounding_blanks() -> None:
    assert classify_final("  ok ") == (FinalKind.OK, None, None)
    assert classify_final("\x00OK") == (FinalKind.OK, None, None)


SPLIT_CASES = [
    # (chunks, lines, source)
    ([b"\r\n+CPIN: READY\r\n\r\nOK\r\n"], ["+CPIN: READY", "OK"],
     "TS 27.007 §4.1 verbose response format (ATV1)"),
    ([b"AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n"], ["AT+CSQ", "+CSQ: 20,99", "OK"],
     "echo on (ATE1): command echoed with its CR, Quectel EC25 AT manual"),
    ([b"\x00\x00\r\nOK\r\n"], ["OK"], "leading NULs, ModemManager test-at-serial-port.c"),
    ([b"\r+CREG: 1\rOK\r"], ["+CREG: 1", "OK"], "CR-only line ends (ATS4 cleared)"),
    ([b"\n+CGATT: 1\nOK\n"], ["+CGATT: 1", "OK"], "LF-only line ends (ATS3=10)"),
    ([b"\n\r+CFUN: 1\n\rOK\n\r"], ["+CFUN: 1", "OK"], "LFCR line ends"),
    ([b"\r\n+CS", b"Q: 2", b"0,99\r", b"\n\r\nO", b"K\r\n"], ["+CSQ: 20,99", "OK"],
     "reply split over several reads (USB bulk packets)"),
    ([b"\r\n> "], ["> "], "TS 27.005 §3.5.1 AT+CMGS prompt, no line end"),
    ([b"\r\n>"], ["> "], "prompt without the space (SIMCom SIM800)"),
    ([b"\xff\xfe\r\nRDY\r\n"], ["RDY"], "power-on garbage then RDY, Quectel EC25 boot"),
    ([b"\r\n+COPS: 0,0,\"\xe4\xb8\xad\xe5\x9b\xbd\xe7\xa7\xbb\xe5\x8a\xa8\",7\r\n"],
     ['+COPS: 0,0,"中国移动",7'], "UTF-8 operator name (Quectel EC200 with +CSCS=\"UTF-8\")"),
]


@pytest.mark.parametrize(("chunks", "lines", "source"), SPLIT_CASES,
                         ids=[case[2][:40] for case in SPLIT_CASES])
def test_line_splitter(chunks: list[bytes], lines: list[str], source: str) -> None:
    splitter = LineSplitter()
    out: list[str] = []
    for chunk in chunks:
        out.extend(splitter.feed(chunk))
    assert out == lines, source


def test_partial_line_waits_for_its_end() -> None:
    splitter = LineSplitter()
    assert splitter.feed(b"\r\n+CPIN: RE") == []
    assert splitter.pending == b"+CPIN: RE"
    assert splitter.feed(b"ADY\r\n") == ["+CPIN: READY"]


def test_trailing_space_of_bare_cme_survives_splitting() -> None:
    # ModemManager treats "+CME ERROR: " as an error but "+CME ERROR:" as not final.
    splitter = LineSplitter()
    lines = splitter.feed(b"\r\n+CME ERROR: \r\n\r\n+CME ERROR:\r\n")
    assert [classify_final(line) for line in lines] == [(FinalKind.CME_ERROR, None, None), None]


@given(st.lists(st.binary(max_size=64), max_size=20))
def test_arbitrary_bytes_never_raise(chunks: list[bytes]) -> None:
    splitter = LineSplitter()
    for chunk in chunks:
        for line in splitter.feed(chunk):
            assert "\r" not in line and "\n" not in line and "\x00" not in line
            result = classify_final(line)
            assert result is None or isinstance(result[0], FinalKind)


@given(st.text(max_size=80))
def test_classify_final_takes_any_text(text: str) -> None:
    result = classify_final(text)
    assert result is None or isinstance(result[0], FinalKind)


@given(st.lists(st.binary(max_size=32), max_size=10))
def test_splitting_is_independent_of_chunking(chunks: list[bytes]) -> None:
    # A lone ">" at a read boundary is reported as the prompt on purpose; keep it out here.
    chunks = [chunk.replace(b">", b"?") for chunk in chunks]
    whole = LineSplitter().feed(b"".join(chunks) + b"\r\n")
    piecewise = LineSplitter()
    out: list[str] = []
    for chunk in chunks:
        out.extend(piecewise.feed(chunk))
    out.extend(piecewise.feed(b"\r\n"))
    assert out == whole


# -- URC registry ---------------------------------------------------------------------------

URC_CASES = [
    # (line, outstanding command, is URC, source)
    ("+CREG: 1", None, True, "TS 27.007 §7.2 +CREG URC, n=1"),
    ("+CREG: 1", "AT+CSQ", True, "URC while another command runs"),
    ("+CREG: 0,1", "AT+CREG?", False, "TS 27.007 §7.2 read reply"),
    ("+CREG: 0,1", "at+creg?", False, "lower-case command"),
    ("+CEREG: 0,1", "AT+CREG?;+CEREG?", False, "compound command, V.250 §5.4"),
    ('+CEREG: 1,"1F00","079D9030",7', "AT+CGDCONT?", True, "TS 27.007 §10.1.22 URC n=2"),
    ("+CPIN: READY", "ATI", True, "Quectel EC25 / SIMCom SIM7600 boot URC"),
    ("+CPIN: READY", "AT+CPIN?", False, "TS 27.007 §8.3 read reply"),
    ("RING", "AT+CSQ", True, "V.250 result code 2, unsolicited"),
    ("RDY", None, True, "Quectel EC25 power-on"),
    ("^RSSI: 18", "AT+CSQ", True, "Huawei E173 AT manual ^RSSI"),
    ("+QIND: SMS DONE", "AT", True, "Quectel EC25 AT manual +QIND"),
    ('+CMTI: "SM",3', "AT+CMGF=1", True, "TS 27.005 §3.4.1 new message indication"),
    ('+CUSD: 0,"Balance 12.50",15', 'AT+CUSD=1,"*100#",15', True,
     "TS 27.007 §7.15: the USSD answer is a URC even right after AT+CUSD=1"),
    ("+CUSD: 1", "AT+CUSD?", False, "TS 27.007 §7.15 read reply"),
    ("+CSQ: 20,99", "AT+CSQ", False, "TS 27.007 §8.5 reply"),
    ("+CSQ: 20,99", "AT+COPS?", True, "SIMCom AT+AUTOCSQ=1,1 unsolicited +CSQ"),
    ("+CSQ: 20,99", None, True, "SIMCom AUTOCSQ while idle"),
    ("+CGDCONT: 1,\"IP\",\"cmnet\"", None, False, "never a URC"),
    ("Quectel", "AT+CGMI", False, "plain information line"),
    ("+CMT: ,34", "AT+CSQ", True, "TS 27.005 §3.4.1 message routed to the TE, PDU mode"),
    ('+CDS: 6,163,"+8613800138000",145', None, True, "TS 27.005 §3.4.1 status report"),
    ("+CMTI: \"SM\",3", "AT+CMT", True, "+CMTI is not +CMT"),
]


@pytest.mark.parametrize(("line", "command", "expected", "source"), URC_CASES,
                         ids=[f"{case[0]}|{case[1]}" for case in URC_CASES])
def test_urc_registry(line: str, command: str | None, expected: bool, source: str) -> None:
    assert is_urc(line, command) is expected, source


@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=20)))
def test_urc_registry_takes_any_text(line: str, command: str | None) -> None:
    assert is_urc(line, command) in (True, False)


@pytest.mark.parametrize("line,reset", [
    ("RDY", True),                 # Quectel EC25 AT manual: "RDY" after power-up
    ("*ATREADY: 1", True),         # SIMCom SIM7600 boot indication
    ("^SYSSTART", True),           # Cinterion/Thales: "^SYSSTART" when the module started
    ("+CPIN: READY", False),       # also sent at boot, but also an answer to AT+CPIN?
    ("RDY FOR DATA", False),
])
def test_reset_lines_are_recognised(line: str, reset: bool) -> None:
    from simtool.at.urc import is_reset

    assert is_reset(line) is reset


TAIL_CASES = [
    # (the URC's lines so far, does the next line belong to it, source)
    (["+CMT: ,34"], True, "TS 27.005 §3.4.1 +CMT PDU mode: the PDU follows"),
    (['+CMT: "+8613800138000",,"24/05/01,10:00:00+32"'], True, "TS 27.005 +CMT text mode"),
    (["+CMT: ,34", "0791535880770101200C9153"], False, "the PDU was the last line"),
    (["+CBM: 88"], True, "TS 27.005 §3.4.1 cell broadcast, PDU mode"),
    (["+CDS: 25"], True, "TS 27.005 §3.4.1 status report, PDU mode: the length alone"),
    (['+CDS: 6,163,"+8613800138000",145'], False, "status report, text mode: one line"),
    (['+CUSD: 1,"1 Balance'], True, "TS 27.007 §7.15: the quoted text goes on"),
    (['+CUSD: 1,"1 Balance', '2 Top up",15'], False, "the quote closed"),
    (['+CUSD: 0,"Balance 12.50",15'], False, "a one-line answer"),
    (["+CUSD: 2"], False, "a session end without text"),
    (['+CMTI: "SM",3'], False, "a one-line indication"),
    (["RING"], False, "a whole-line result code"),
    ([], False, "no URC"),
    (['+CUSD: 1,"x'] + ["y"] * 20, False, "a quote that never closes is cut off"),
]


@pytest.mark.parametrize(("lines", "more", "source"), TAIL_CASES,
                         ids=[" | ".join(case[0])[:40] for case in TAIL_CASES])
def test_urcs_that_take_the_next_line(lines: list[str], more: bool, source: str) -> None:
    from simtool.at.urc import takes_more

    assert takes_more(lines) is more, source


@given(st.lists(st.text(max_size=30), max_size=40))
def test_a_urc_never_takes_more_than_seventeen_lines(lines: list[str]) -> None:
    from simtool.at.urc import takes_more

    taken: list[str] = []
    for line in lines:
        taken.append(line)
        if not takes_more(taken):
            break
    assert len(taken) <= 17
