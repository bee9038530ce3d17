"""The simulated modem sends SMS (+CMGS in PDU and text mode, with the "> " prompt), deletes
them (+CMGD) and plays the operator's SMS account service: a query to 10086/10010/10001
is answered in Chinese, in two concatenated parts announced by +CMTI after a short delay.
Read back with simtool's own PDU codec and +CMGR parser."""

from __future__ import annotations

import pytest

from simtool.at import pdu
from simtool.at.parsers.sms import StoredSms, join_parts, parse_cmgr
from simtool.at.session import AtSession
from simtool.sim.config import Config
from simtool.sim.modem import Modem
from simtool.sim.scenarios import NETWORKS
from simtool.transport.port import open_port


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def reply(modem: Modem, line: str) -> str:
    return b"".join(chunk.data for chunk in modem.command(line).chunks).decode("latin-1")


def typed(modem: Modem, text: str, send: bool = True) -> str:
    return b"".join(c.data for c in modem.text_input(text, send).chunks).decode("latin-1")


def read_part(modem: Modem, index: int) -> StoredSms:
    parsed = parse_cmgr(reply(modem, f"AT+CMGR={index}"), pdu_mode=True)
    assert isinstance(parsed, StoredSms)
    return parsed._replace(store_index=index)


@pytest.mark.parametrize(("operator", "number", "word", "signature"), [
    ("46000", "10086", "CXYE", "【中国移动】"), ("46004", "10086", "CXLL", "【中国移动】"),
    ("46001", "10010", "CXHF", "【中国联通】"), ("46006", "10010", "2082", "【中国联通】"),
    ("46011", "10001", "102", "【中国电信】"), ("46003", "10001", "108", "【中国电信】")])
def test_the_service_answers_in_two_parts_after_a_delay(operator: str, number: str, word: str,
                                                         signature: str) -> None:
    clock = Clock()
    modem = Modem(Config(operator=operator, sms_seconds=2.0), clock=clock)
    reply(modem, "AT+CMGF=0")
    [(length, hexpdu)] = pdu.submit(number, word)
    prompt = modem.command(f"AT+CMGS={length}")
    assert b"".join(c.data for c in prompt.chunks).endswith(b"\r\n> ")
    chunks = modem.text_input(hexpdu, send=True).chunks
    assert b"+CMGS: 1" in chunks[0].data and chunks[0].data.endswith(b"OK\r\n")
    # +CMTI for each part, due when the answer arrives (27.005 §3.4.1, +CNMI mt=1).
    assert chunks[1].delay == 2.0
    assert chunks[1].data == b'\r\n+CMTI: "SM",3\r\n\r\n+CMTI: "SM",4\r\n'
    assert "+CPMS: \"SM\",2," in reply(modem, "AT+CPMS?")     # not there yet
    clock.now += 2.0
    parts = [read_part(modem, 3), read_part(modem, 4)]
    assert [p.concat.total for p in parts if p.concat] == [2, 2]
    [message] = join_parts(parts)
    assert message.sender == number and message.complete
    assert signature in message.text and "余额" in message.text and "流量" in message.text
    assert "2026年12月31日" in message.text


def test_text_mode_send_and_an_unknown_word_gets_a_hint() -> None:
    clock = Clock()
    modem = Modem(Config(operator="46000", sms_seconds=0.0), clock=clock)
    reply(modem, "AT+CMGF=1")
    assert reply(modem, 'AT+CMGS="+8610086"').endswith("\r\n> ")
    assert "+CMGS: 1" in typed(modem, "HELLO")
    reply(modem, "AT+CMGF=0")
    answer = read_part(modem, 3)
    assert answer.sender == "10086" and "CXYE" in answer.text


def test_escape_cancels_and_other_numbers_get_no_answer() -> None:
    modem = Modem(Config(operator="46000", sms_seconds=0.0), clock=Clock())
    reply(modem, "AT+CMGF=0")
    [(length, hexpdu)] = pdu.submit("10086", "CXYE")
    reply(modem, f"AT+CMGS={length}")
    assert typed(modem, hexpdu, send=False) == "\r\nOK\r\n"
    [(length, hexpdu)] = pdu.submit("13800000000", "CXYE")
    reply(modem, f"AT+CMGS={length}")
    assert "+CMGS: 1" in typed(modem, hexpdu)
    assert '"SM",2,20' in reply(modem, "AT+CPMS?")


def test_bad_pdus_and_no_network_are_cms_errors() -> None:
    modem = Modem(Config(operator="46000"), clock=Clock())
    reply(modem, "AT+CMEE=1")
    reply(modem, "AT+CMGF=0")
    reply(modem, "AT+CMGS=5")
    assert "+CMS ERROR: 304" in typed(modem, "00FF")
    assert "+CMS ERROR: 304" in reply(modem, "AT+CMGS=999")
    off = Modem(Config(scenario="no-signal"), clock=Clock())
    reply(off, "AT+CMEE=1")
    assert "+CMS ERROR: 331" in reply(off, "AT+CMGS=10")


def test_delete_keeps_the_other_indexes() -> None:
    modem = Modem(Config(), clock=Clock())
    reply(modem, "AT+CMGF=1")
    second = reply(modem, "AT+CMGR=2")
    assert reply(modem, "AT+CMGD=1").endswith("OK\r\n")
    assert reply(modem, "AT+CMGR=2") == second.replace("REC UNREAD", "REC READ")
    assert reply(modem, "AT+CMGR=1") == "\r\nOK\r\n"            # a free slot
    assert "(2),(0-4)" in reply(modem, "AT+CMGD=?")
    assert '"SM",1,20' in reply(modem, "AT+CPMS?")
    reply(modem, "AT+CMGD=1,4")
    assert '"SM",0,20' in reply(modem, "AT+CPMS?")


def test_cnmi_zero_sends_no_indication() -> None:
    modem = Modem(Config(operator="46000", sms_seconds=0.5), clock=Clock())
    assert "+CNMI: 2,1,0,0,0" in reply(modem, "AT+CNMI?")
    reply(modem, "AT+CNMI=0,0,0,0,0")
    reply(modem, "AT+CMGF=0")
    [(length, hexpdu)] = pdu.submit("10086", "CXYE")
    reply(modem, f"AT+CMGS={length}")
    assert len(modem.text_input(hexpdu, send=True).chunks) == 1


@pytest.mark.parametrize("operator", sorted(n for n in NETWORKS if n.startswith("460")))
def test_every_chinese_network_has_its_home_name(operator: str) -> None:
    network = NETWORKS[operator]
    assert network.long_name in ("CHINA MOBILE", "CHN-UNICOM", "CHN-CT", "CBN")
    assert network.imsi.startswith(operator) and network.iccid.startswith("8986")
    modem = Modem(Config(operator=operator))
    reply(modem, "AT+COPS=3,0")
    assert f'"{network.long_name}"' in reply(modem, "AT+COPS?")


def test_prompt_and_ctrl_z_over_a_sim_port() -> None:
    # The byte side: after "> " the port takes the PDU up to Ctrl-Z, not up to CR.
    port = open_port("sim://healthy?operator=46001&sms=0.05")
    try:
        session = AtSession(port)
        assert session.command("AT+CMGF=0").ok
        [(length, hexpdu)] = pdu.submit("10010", "CXHF")
        assert session.command(f"AT+CMGS={length}", expect_prompt=True).final == "> "
        session.send_raw(hexpdu.encode() + b"\x1a")
        sent = session.read_reply(command=hexpdu, timeout=5.0)
        assert sent.ok and sent.lines == ["+CMGS: 1"]
        urcs: list[str] = []
        for _ in range(40):
            urcs += session.drain_urcs(wait=0.05)
            if len(urcs) >= 2:
                break
        assert urcs == ['+CMTI: "SM",3', '+CMTI: "SM",4']
    finally:
        port.close()
