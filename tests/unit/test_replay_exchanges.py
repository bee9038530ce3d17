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
