"""The replay port pairs each recorded command with the bytes that followed it."""

from __future__ import annotations

from simtool.transport.urlhandler.protocol_replay import exchanges


def test_exchanges_pair_commands_with_replies_in_order() -> None:
    transcript = [
        {"t": 0.0, "dir": "tx", "text": "AT+CPIN?\r"},
        {"t": 0.01, "dir": "rx", "text": "\r\n+CME ERROR: 14\r\n"},
        {"t": 2.0, "dir": "tx", "text": "AT+CPIN?\r"},
        {"t": 2.01, "dir": "rx", "text": "\r\n+CPIN: READY\r\n"},
        {"t": 2.02, "dir": "rx", "text": "\r\nOK\r\n"},
        {"t": 2.1, "dir": "tx", "text": "at+csq\r"},
        {"t": 2.11, "dir": "rx", "text": "\r\n+CSQ: 17,99\r\n\r\nOK\r\n"},
    ]
    pairs = exchanges(transcript)
    assert list(pairs["AT+CPIN?"]) == [b"\r\n+CME ERROR: 14\r\n", b"\r\n+CPIN: READY\r\n\r\nOK\r\n"]
    assert list(pairs["AT+CSQ"]) == [b"\r\n+CSQ: 17,99\r\n\r\nOK\r\n"]


def test_command_split_over_two_writes_is_one_command() -> None:
    transcript = [
        {"t": 0.0, "dir": "tx", "text": "AT+CG"},
        {"t": 0.0, "dir": "tx", "text": "MI\r"},
        {"t": 0.1, "dir": "rx", "text": "\r\nQuectel\r\n\r\nOK\r\n"},
    ]
    assert list(exchanges(transcript)["AT+CGMI"]) == [b"\r\nQuectel\r\n\r\nOK\r\n"]


def test_a_line_extending_a_recorded_one_gets_its_answers_then_error(tmp_path) -> None:
    """A report saved before the eSIM probe rode on the SIM line (issue 18) still replays:
    the recorded commands answer, the appended +CCHO fails like an unknown command."""
    import json

    import serial

    from simtool.transport.port import register_handlers

    register_handlers("replay")
    line = "AT+CIMI;+CCID;+CNUM;+CRSM=176,28589,0,0,4"
    reply = ('\r\n460001357924680\r\n\r\n+CCID: 89860012345678901234\r\n\r\n'
             '+CRSM: 144,0,"00000002"\r\n\r\nOK\r\n')
    report = tmp_path / "old.json"
    report.write_text(json.dumps({"transcript": [
        {"t": 0.0, "dir": "tx", "text": line + "\r"},
        {"t": 0.1, "dir": "rx", "text": line + "\r" + reply}]}), encoding="utf-8")
    port = serial.serial_for_url(f"replay://{report}", timeout=0.2)
    try:
        newer = line + ';+CCHO="A0000005591010FFFFFFFF8900000100"'
        port.write((newer + "\r").encode())
        answer = port.read(4096).decode()
    finally:
        port.close()
    assert answer.startswith(newer.upper())
    assert "460001357924680" in answer and "+CCID: 89860012345678901234" in answer
    assert answer.endswith("\r\nERROR\r\n") and "OK" not in answer
