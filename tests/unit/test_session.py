"""AtSession over a real pseudo-terminal, with a thread playing the modem on the master side.

The modem side writes byte sequences taken from real modems: Quectel EC25 and SIMCom SIM7600
boot URCs (RDY, +CPIN: READY, +QIND: SMS DONE), Huawei ^RSSI, Wavecom's +CPIN reply without a
final OK and its CME 515 after AT+CFUN=1 (python-gsmmodem fake-modem profiles), TS 27.005 text
prompts and TS 27.007 replies. No timing is asserted.
"""

from __future__ import annotations

import os
import select
import threading
import time
import tty
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

import pytest
import serial

from simtool.at.framing import FinalKind
from simtool.at.session import AtSession, Cancelled
from simtool.transport.errors import PortVanished

Step = bytes | float | Callable[[], object]   # bytes to write, seconds to wait, or a call
Script = Callable[[str], list[Step]]
T = TypeVar("T")

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs pseudo-terminals")


@dataclass
class PtyModem:
    """Plays a modem on the master side of a pty; `script(command)` gives the reply steps.

    A command ends at CR, Ctrl-Z or ESC (the terminator stays in the text the script gets)."""

    script: Script
    echo: bool = False
    boot: list[Step] = field(default_factory=list)
    received: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.master, slave = os.openpty()
        tty.setraw(slave)
        self.path = os.ttyname(slave)
        self._slave = slave
        self._stop = threading.Event()
        self.booted = threading.Event()     # the boot steps have been written
        self._closed = False
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def open_port(self) -> serial.Serial:
        port = serial.serial_for_url(self.path, timeout=0.05)
        os.close(self._slave)        # only pyserial holds the slave now
        return port

    def unplug(self) -> None:
        """Close the master side, as when the USB modem disappears."""
        if not self._closed:
            self._closed = True
            self._stop.set()
            os.close(self.master)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        if not self._closed:
            self._closed = True
            os.close(self.master)

    def _play(self, steps: list[Step]) -> None:
        for step in steps:
            if self._stop.is_set():
                return
            if isinstance(step, float):
                self._stop.wait(step)
            elif callable(step):
                step()                      # e.g. wait for the test's go, or tell it
            else:
                os.write(self.master, step)

    def _serve(self) -> None:
        self._play(self.boot)
        self.booted.set()
        buffer = b""
        while not self._stop.is_set():
            try:
                ready, _, _ = select.select([self.master], [], [], 0.02)
                if not ready:
                    continue
                buffer += os.read(self.master, 1024)
            except OSError:
                return
            while True:
                ends = [i for i in (buffer.find(b"\r"), buffer.find(b"\x1a"),
                                    buffer.find(b"\x1b")) if i >= 0]
                if not ends:
                    break
                end = min(ends) + 1
                command, buffer = buffer[:end].decode("utf-8", "replace"), buffer[end:]
                self.received.append(command)
                if self.echo:
                    os.write(self.master, command.encode())
                try:
                    self._play(self.script(command))
                except OSError:
                    return


class MakeModem(Protocol):
    def __call__(self, script: Script, *, echo: bool = False, boot: list[Step] | None = None,
                 busy_retries: int = 3, busy_backoff: float = 0.5,
                 ) -> tuple[PtyModem, AtSession]: ...


@pytest.fixture
def modem_factory() -> Iterator[MakeModem]:
    made: list[tuple[PtyModem, serial.Serial]] = []

    def make(script: Script, *, echo: bool = False, boot: list[Step] | None = None,
             busy_retries: int = 3, busy_backoff: float = 0.5) -> tuple[PtyModem, AtSession]:
        modem = PtyModem(script, echo=echo, boot=boot or [])
        port = modem.open_port()
        modem.start()
        made.append((modem, port))
        return modem, AtSession(port, busy_retries=busy_retries, busy_backoff=busy_backoff)

    yield make
    for modem, port in made:
        modem.stop()
        port.close()


def replies(table: dict[str, list[Step]], default: list[Step] | None = None) -> Script:
    """A script answering by command text (terminator stripped, upper case)."""
    fallback: list[Step] = default if default is not None else [b"\r\nERROR\r\n"]

    def script(command: str) -> list[Step]:
        return table.get(command.rstrip("\r\x1a\x1b").upper(), fallback)

    return script


# -- replies and echo --------------------------------------------------------------------


def test_plain_reply_without_echo(modem_factory: MakeModem,
                                  ) -> None:
    _, session = modem_factory(replies({"AT+CSQ": [b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n"]}))
    response = session.command("AT+CSQ")
    assert response.ok and response.complete
    assert response.kind is FinalKind.OK and response.final == "OK"
    assert response.lines == ["+CSQ: 20,99"]
    assert response.first("+csq:") == "+CSQ: 20,99"
    assert response.text == "+CSQ: 20,99"
    assert session.commands_sent == 1


def test_echo_on_is_not_a_reply_line(modem_factory: MakeModem,
                                     ) -> None:
    # ATE1 (factory default of Quectel EC25 and SIMCom SIM7600): the command comes back first.
    _, session = modem_factory(replies({
        "AT+CGMI": [b"\r\nQuectel\r\n\r\nOK\r\n"],
        "ATI": [b"\r\nQuectel\r\nEC25\r\nRevision: EC25EFAR06A06M4G\r\n\r\nOK\r\n"],
    }), echo=True)
    assert session.command("AT+CGMI").lines == ["Quectel"]
    assert session.command("ATI").lines == ["Quectel", "EC25", "Revision: EC25EFAR06A06M4G"]


def test_error_and_cme_error(modem_factory: MakeModem) -> None:
    _, session = modem_factory(replies({
        "AT+CPIN?": [b"\r\n+CME ERROR: 10\r\n"],
        "AT+CIMI": [b"\r\n+CME ERROR: SIM not inserted\r\n"],
        "AT^SYSINFO": [b"\r\nCOMMAND NOT SUPPORT\r\n"],
    }))
    cpin = session.command("AT+CPIN?")
    assert (cpin.kind, cpin.code, cpin.ok, cpin.complete) == (FinalKind.CME_ERROR, 10, False,
                                                               True)
    cimi = session.command("AT+CIMI")
    assert (cimi.kind, cimi.code, cimi.error_text) == (FinalKind.CME_ERROR, 10,
                                                       "SIM not inserted")
    assert session.command("AT^SYSINFO").kind is FinalKind.NOT_SUPPORTED
    assert session.command("AT+FOO").kind is FinalKind.ERROR


def test_leading_nuls_and_garbage(modem_factory: MakeModem,
                                  ) -> None:
    _, session = modem_factory(replies({
        "AT+CGMM": [b"\x00\x00\xff\xfe\r\n\x00EC25\r\n\r\nOK\r\n"]}))
    response = session.command("AT+CGMM")
    assert response.ok and response.lines == ["EC25"]


@pytest.mark.parametrize(("reply", "source"), [
    (b"\r+CFUN: 1\r\rOK\r", "CR only (ATS4=0)"),
    (b"\n+CFUN: 1\n\nOK\n", "LF only"),
    (b"\n\r+CFUN: 1\n\r\n\rOK\n\r", "LFCR"),
])
def test_unusual_line_ends(modem_factory: MakeModem,
                           reply: bytes, source: str) -> None:
    _, session = modem_factory(replies({"AT+CFUN?": [reply]}))
    response = session.command("AT+CFUN?")
    assert response.ok and response.lines == ["+CFUN: 1"], source


def test_reply_in_small_pieces(modem_factory: MakeModem) -> None:
    pieces: list[Step] = [b"\r\n+COPS: 0,0,\"CHINA ", 0.02, b"MOBILE\",7\r", 0.02, b"\n\r\nO",
                          0.02, b"K\r\n"]
    _, session = modem_factory(replies({"AT+COPS?": pieces}))
    response = session.command("AT+COPS?")
    assert response.lines == ['+COPS: 0,0,"CHINA MOBILE",7'] and response.ok


# -- URCs -----------------------------------------------------------------------------------


def test_boot_urcs_go_to_subscribers(modem_factory: MakeModem,
                                     ) -> None:
    # Quectel EC25 power-on: RDY, +CFUN: 1, +CPIN: READY, +QUSIM: 1, +QIND: SMS DONE.
    boot: list[Step] = [b"\r\nRDY\r\n\r\n+CFUN: 1\r\n\r\n+CPIN: READY\r\n\r\n+QUSIM: 1\r\n"
                        b"\r\n+QIND: SMS DONE\r\n"]
    _, session = modem_factory(replies({"AT": [b"\r\nOK\r\n"]}), boot=boot)
    seen: list[str] = []
    session.subscribe(seen.append)
    session.drain_urcs(wait=0.3)
    response = session.command("AT")
    assert response.ok and response.lines == []
    assert seen == ["RDY", "+CFUN: 1", "+CPIN: READY", "+QUSIM: 1", "+QIND: SMS DONE"]


def test_urcs_before_in_the_middle_and_after_a_reply(
        modem_factory: MakeModem) -> None:
    reply: list[Step] = [
        b"\r\n+CREG: 1\r\n",                                    # before
        b"\r\n+CGDCONT: 1,\"IP\",\"cmnet\",\"0.0.0.0\",0,0\r\n",
        b"\r\nRING\r\n\r\n^RSSI: 18\r\n",                       # in the middle
        b"\r\n+CEREG: 1,\"1F00\",\"079D9030\",7\r\n",
        b"+CGDCONT: 2,\"IPV4V6\",\"ims\",\"0.0.0.0\",0,0\r\n",
        b"\r\nOK\r\n\r\n+CMTI: \"SM\",3\r\n",                   # right after, same write
        0.05, b"\r\n+CUSD: 0,\"Balance 12.50\",15\r\n",        # later
    ]
    _, session = modem_factory(replies({"AT+CGDCONT?": reply}))
    seen: list[str] = []
    session.subscribe(seen.append)
    response = session.command("AT+CGDCONT?")
    assert response.lines == ['+CGDCONT: 1,"IP","cmnet","0.0.0.0",0,0',
                              '+CGDCONT: 2,"IPV4V6","ims","0.0.0.0",0,0']
    later = session.drain_urcs(wait=0.5)
    assert later == ['+CUSD: 0,"Balance 12.50",15']
    assert seen == ["+CREG: 1", "RING", "^RSSI: 18", '+CEREG: 1,"1F00","079D9030",7',
                    '+CMTI: "SM",3', '+CUSD: 0,"Balance 12.50",15']


def test_registration_reply_is_not_taken_for_a_urc(
        modem_factory: MakeModem) -> None:
    # +CREG: is a reply while AT+CREG? is outstanding, a URC while AT+CSQ is.
    _, session = modem_factory(replies({
        "AT+CREG?": [b"\r\n+CREG: 2,1,\"1A2B\",\"01C3D4E5\",7\r\n\r\nOK\r\n"],
        "AT+CSQ": [b"\r\n+CREG: 1,\"1A2B\",\"01C3D4E5\",7\r\n\r\n+CSQ: 20,99\r\n\r\nOK\r\n"],
        "AT+CREG?;+CEREG?": [b"\r\n+CREG: 0,1\r\n\r\n+CEREG: 0,1\r\n\r\nOK\r\n"],
    }))
    seen: list[str] = []
    unsubscribe = session.subscribe(seen.append)
    assert session.command("AT+CREG?").lines == ['+CREG: 2,1,"1A2B","01C3D4E5",7']
    assert session.command("AT+CSQ").lines == ["+CSQ: 20,99"]
    assert session.command("AT+CREG?;+CEREG?").lines == ["+CREG: 0,1", "+CEREG: 0,1"]
    assert seen == ['+CREG: 1,"1A2B","01C3D4E5",7']
    unsubscribe()
    session.command("AT+CSQ")
    assert len(seen) == 1


# The AT+CNMI=1,2 example of the developershome.com SMS tutorial (PDU mode): the header line
# gives the PDU length, the PDU follows on its own line.
CMT_PDU = (b"\r\n+CMT: ,34\r\n0791535880770101200C915358508282420000691170413375081154747A0E"
           b"4ACF41F4F29C9E769F4121\r\n")


def test_a_two_line_sms_urc_mid_reply_stays_out_of_the_reply(
        modem_factory: MakeModem) -> None:
    # +CNMI mt=2 routes a new message straight to the port (TS 27.005 §3.4.1): its PDU line
    # looks like any information line and must not become part of the +CSQ reply.
    _, session = modem_factory(replies({
        "AT+CSQ": [b"\r\n+CSQ: 20,99\r\n", CMT_PDU, b"\r\nOK\r\n"],
        "AT+CGMI": [CMT_PDU, b"\r\nQuectel\r\n\r\nOK\r\n"],
    }))
    seen: list[str] = []
    session.subscribe(seen.append)
    assert session.command("AT+CSQ").lines == ["+CSQ: 20,99"]
    # A bare-text reply right after the PDU line is the reply again.
    assert session.command("AT+CGMI").lines == ["Quectel"]
    pdu = CMT_PDU.split(b"\r\n")[2].decode()
    assert seen == ["+CMT: ,34", pdu] * 2


def test_a_text_mode_status_report_is_one_line(modem_factory: MakeModem) -> None:
    # +CDS in text mode carries its fields on one line (TS 27.005 §3.4.1); only the PDU mode
    # form (a bare length) has a second line.
    _, session = modem_factory(replies({"AT+CGMM": [
        b'\r\n+CDS: 6,163,"+8613800138000",145,"24/05/01,10:00:00+32",'
        b'"24/05/01,10:00:05+32",0\r\n\r\nEC25\r\n\r\nOK\r\n']}))
    assert session.command("AT+CGMM").lines == ["EC25"]


def test_a_multi_line_ussd_answer_before_the_ok(modem_factory: MakeModem) -> None:
    # Some modems put the network's answer before the command's OK (see actions/ussd.py);
    # a menu's text keeps its line breaks inside the quotes (TS 27.007 §7.15).
    menu = b'\r\n+CUSD: 1,"1 Balance\r\n2 Data plans\r\n3 Top up",15\r\n'
    _, session = modem_factory(replies({
        'AT+CUSD=1,"*111#",15': [menu, b"\r\nOK\r\n"],
        "AT+CSQ": [menu, b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n"],
    }))
    seen: list[str] = []
    session.subscribe(seen.append)
    assert session.command('AT+CUSD=1,"*111#",15').lines == []
    assert session.command("AT+CSQ").lines == ["+CSQ: 20,99"]
    assert seen == ['+CUSD: 1,"1 Balance', "2 Data plans", '3 Top up",15'] * 2


def test_a_ussd_answer_split_between_idle_and_the_next_reply(
        modem_factory: MakeModem) -> None:
    # The first line arrives while the session is idle, the rest during the next command.
    modem, session = modem_factory(replies({
        "AT+CSQ": [b'2 Data plans",15\r\n\r\n+CSQ: 20,99\r\n\r\nOK\r\n']}),
        boot=[b'\r\n+CUSD: 1,"1 Balance\r\n'])
    assert modem.booted.wait(HANG_GUARD)        # the first line is there before the drain
    readable(session, len(b'\r\n+CUSD: 1,"1 Balance\r\n'))
    assert session.drain_urcs(wait=0.3) == ['+CUSD: 1,"1 Balance']
    seen: list[str] = []
    session.subscribe(seen.append)
    assert session.command("AT+CSQ").lines == ["+CSQ: 20,99"]
    assert seen == ['2 Data plans",15']


def test_a_ussd_answer_whose_quote_never_closes_cannot_swallow_the_reply(
        modem_factory: MakeModem) -> None:
    # A garbled answer (a dropped byte took its closing quote): the final OK still ends the
    # reply, and the next reply is read normally.
    _, session = modem_factory(replies({
        'AT+CUSD=1,"*100#",15': [b'\r\n+CUSD: 0,"Balance 12.50,15\r\n\r\nOK\r\n'],
        "AT+CSQ": [b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n"],
    }))
    response = session.command('AT+CUSD=1,"*100#",15', timeout=1.0)
    assert response.ok and response.complete and response.lines == []
    assert session.command("AT+CSQ").lines == ["+CSQ: 20,99"]


def test_a_failing_subscriber_does_not_break_the_session(
        modem_factory: MakeModem) -> None:
    _, session = modem_factory(replies({"AT": [b"\r\nRING\r\n\r\nOK\r\n"]}))

    def broken(line: str) -> None:
        raise RuntimeError(line)

    session.subscribe(broken)
    assert session.command("AT").ok


# -- incomplete replies and busy retries ----------------------------------------------------


def test_missing_final_ok_keeps_the_lines(
        modem_factory: MakeModem) -> None:
    # Wavecom Multiband 900E answers AT+CPIN? without a final OK (python-gsmmodem profile).
    _, session = modem_factory(replies({"AT+CPIN?": [b"\r\n+CPIN: READY\r\n"]}))
    response = session.command("AT+CPIN?", timeout=0.3)
    assert response.complete is False
    assert response.kind is FinalKind.TIMEOUT and response.final is None
    assert response.lines == ["+CPIN: READY"]
    assert not response.ok


def test_bare_cme_prefix_is_not_final(
        modem_factory: MakeModem) -> None:
    # ModemManager test-at-serial-port.c: "+CME ERROR:" alone does not end the command.
    _, session = modem_factory(replies({"AT+CPIN?": [b"\r\n+CME ERROR:\r\n"]}))
    response = session.command("AT+CPIN?", timeout=0.3)
    assert response.kind is FinalKind.TIMEOUT and not response.complete


def busy_then(code: int, times: int, final: bytes) -> Script:
    count = [0]

    def script(command: str) -> list[Step]:
        count[0] += 1
        if count[0] <= times:
            return [f"\r\n+CME ERROR: {code}\r\n".encode()]
        return [final]

    return script


def test_sim_busy_three_times_then_ok_is_retried(
        modem_factory: MakeModem) -> None:
    modem, session = modem_factory(busy_then(14, 3, b"\r\n+CPIN: READY\r\n\r\nOK\r\n"),
                                   busy_backoff=0.01)
    response = session.command("AT+CPIN?")
    assert response.ok and response.lines == ["+CPIN: READY"]
    assert len(modem.received) == 4 and session.commands_sent == 4


def test_device_busy_515_is_retried(
        modem_factory: MakeModem) -> None:
    # Wavecom: the two commands after AT+CFUN=1 get +CME ERROR: 515.
    _, session = modem_factory(busy_then(515, 2, b"\r\nOK\r\n"), busy_backoff=0.01)
    assert session.command("AT+CFUN=1").ok


def test_busy_gives_up_after_the_retries(
        modem_factory: MakeModem) -> None:
    modem, session = modem_factory(busy_then(14, 99, b"\r\nOK\r\n"), busy_backoff=0.01,
                                   busy_retries=2)
    response = session.command("AT+CPIN?")
    assert (response.kind, response.code) == (FinalKind.CME_ERROR, 14)
    assert len(modem.received) == 3


def test_no_retry_when_not_asked(modem_factory: MakeModem,
                                 ) -> None:
    modem, session = modem_factory(busy_then(14, 99, b"\r\nOK\r\n"), busy_backoff=0.01)
    response = session.command("AT+CPIN?", retry_busy=False)
    assert response.code == 14 and len(modem.received) == 1


# -- prompts ------------------------------------------------------------------------------


def test_sms_prompt_then_text(modem_factory: MakeModem) -> None:
    # TS 27.005 §3.5.1 text mode: AT+CMGS="<da>" -> "> ", text, Ctrl-Z -> +CMGS: <mr>, OK.
    def script(command: str) -> list[Step]:
        if command.startswith("AT+CMGS="):
            return [b"\r\n> "]
        if command.endswith("\x1a"):
            return [b"\r\n+CMGS: 5\r\n\r\nOK\r\n"]
        return [b"\r\nERROR\r\n"]

    _, session = modem_factory(script)
    prompt = session.command('AT+CMGS="+8613800138000"', expect_prompt=True)
    assert prompt.kind is FinalKind.PROMPT
    session.send_raw(b"balance\x1a")
    sent = session.read_reply(timeout=2)
    assert sent.ok and sent.lines == ["+CMGS: 5"]


def test_unexpected_prompt_is_escaped(
        modem_factory: MakeModem) -> None:
    def script(command: str) -> list[Step]:
        if command.endswith("\x1b"):
            return [b"\r\nOK\r\n"]
        return [b"\r\n> "]

    modem, session = modem_factory(script)
    response = session.command('AT+CMGS="10086"')
    # The OK after ESC acknowledges leaving text mode: the command itself did not run.
    # (Issue 14: this used to count as success.)
    assert not response.ok and response.kind is FinalKind.PROMPT
    assert modem.received[-1] == "\x1b"


# -- cancel, vanishing port, secrets --------------------------------------------------------


def test_cancel_from_another_thread(modem_factory: MakeModem,
                                    ) -> None:
    _, session = modem_factory(replies({"AT+COPS=?": []}, default=[b"\r\nOK\r\n"]))
    threading.Timer(0.2, session.cancel).start()
    with pytest.raises(Cancelled):
        session.command("AT+COPS=?", timeout=30)
    with pytest.raises(Cancelled):     # stays cancelled until reset
        session.command("AT")
    session.reset_cancel()
    assert session.command("AT").ok


def test_restore_runs_after_cancel_and_the_cancel_stays(modem_factory: MakeModem) -> None:
    # The clean-up after a cancelled action (an SMS query's +CNMI/+CMGF) still reaches the
    # modem; commands after it are still refused.
    modem, session = modem_factory(replies({}, default=[b"\r\nOK\r\n"]))
    session.cancel()
    with pytest.raises(Cancelled):
        session.command("AT+CMGR=3")
    assert session.restore("AT+CNMI=1,0,0,0,0", "AT+CMGF=1") is True
    assert modem.received[-2:] == ["AT+CNMI=1,0,0,0,0\r", "AT+CMGF=1\r"]
    with pytest.raises(Cancelled):
        session.command("AT")


def test_restore_is_bounded_by_its_budget(modem_factory: MakeModem) -> None:
    # A modem that never answers the first command: the budget runs out, nothing more is
    # sent, and restore says so instead of raising.
    modem, session = modem_factory(replies({"AT+CNMI=1,0,0,0,0": []},
                                           default=[b"\r\nOK\r\n"]))
    session.cancel()
    assert session.restore("AT+CNMI=1,0,0,0,0", "AT+CMGF=1", budget=0.3) is False
    assert "AT+CMGF=1\r" not in modem.received


def test_restore_on_a_vanished_port_is_false_not_an_error(modem_factory: MakeModem) -> None:
    modem, session = modem_factory(replies({}, default=[b"\r\nOK\r\n"]))
    modem.unplug()
    assert session.restore("AT+CMGF=1") is False


def test_cancel_during_busy_backoff(
        modem_factory: MakeModem) -> None:
    _, session = modem_factory(busy_then(14, 99, b"\r\nOK\r\n"), busy_backoff=30.0)
    threading.Timer(0.2, session.cancel).start()
    with pytest.raises(Cancelled):
        session.command("AT+CPIN?")


def test_port_vanishing_mid_command(
        modem_factory: MakeModem) -> None:
    holder: list[PtyModem] = []

    def script(command: str) -> list[Step]:
        holder[0].unplug()
        return []

    modem, session = modem_factory(script)
    holder.append(modem)
    with pytest.raises(PortVanished) as raised:
        session.command("AT+CGSN", timeout=5)
    assert raised.value.kind == "vanished"
    assert raised.value.url == modem.path


def test_pin_is_masked_in_transcript_and_response(
        modem_factory: MakeModem) -> None:
    # The modem echoes the PIN back in two pieces, as a slow UART can.
    def split_echo(command: str) -> list[Step]:
        return [command[:10].encode(), 0.05, command[10:].encode(), b"\r\nOK\r\n"]

    _, session = modem_factory(split_echo)
    response = session.command('AT+CPIN="1234"', secret=True)
    assert response.ok
    assert response.command == 'AT+CPIN="****"'
    texts = [entry.text for entry in session.transcript.entries()]
    assert all("1234" not in text for text in texts)
    assert "1234" not in "".join(texts)
    assert 'AT+CPIN="****"\r' in "".join(text for text in texts)


def test_puk_in_unknown_vendor_command_is_masked_when_secret(
        modem_factory: MakeModem) -> None:
    _, session = modem_factory(replies({}, default=[b"\r\nOK\r\n"]), echo=True)
    response = session.command('AT$QCPUK="87654321","4321"', secret=True)
    assert response.command == 'AT$QCPUK="********","****"'
    assert all("87654321" not in entry.text and "4321" not in entry.text
               for entry in session.transcript.entries())


def test_transcript_records_both_directions(
        modem_factory: MakeModem) -> None:
    _, session = modem_factory(replies({"AT+CSQ": [b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n"]}))
    session.command("AT+CSQ")
    entries = session.transcript.entries()
    assert entries[0].dir == "tx" and entries[0].text == "AT+CSQ\r"
    assert "".join(e.text for e in entries if e.dir == "rx") == "\r\n+CSQ: 20,99\r\n\r\nOK\r\n"
    assert all(later.t >= earlier.t for earlier, later in zip(entries, entries[1:],
                                                               strict=False))


class Gate:
    """Holds a reply back until the test opens the gate, and says when it went out: the
    modem's timing is decided by the test, never raced against the session's timeout."""

    def __init__(self) -> None:
        self.opened = threading.Event()
        self.sent = threading.Event()
        self.size = 0

    def hold(self, reply: bytes) -> list[Step]:
        self.size = len(reply)
        return [lambda: self.opened.wait(HANG_GUARD), reply, self.sent.set]

    def arrived(self, session: AtSession) -> None:
        """Wait until the whole held reply went out and can be read on the session's side."""
        assert self.sent.wait(HANG_GUARD)
        readable(session, self.size)


def readable(session: AtSession, size: int) -> None:
    """Poll (up to HANG_GUARD) until `size` bytes can be read on the session's side: a pty
    hands bytes written on the modem's side over a moment after write() returns."""
    deadline = time.monotonic() + HANG_GUARD
    while session.port.in_waiting < size:
        assert time.monotonic() < deadline, "the modem's bytes never arrived"
        time.sleep(0.001)


# Only a hang ever waits this long (seconds). The mutation run
# (scripts/mutation.sh) sets 10: a mutant that hangs is caught in seconds, not a
# minute; the longest real wait in these tests is 2 s.
HANG_GUARD = float(os.environ.get("SIMTOOL_HANG_GUARD", "60"))
HOUR = 3600.0


def finishes(call: Callable[[], T]) -> T:
    """call() in a thread; fails when it is still running after HANG_GUARD. The tests give
    their commands an hour's timeout, so code that waited one out would hang: ending at all
    is the proof, and no test races the clock."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            outcome["error"] = error

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG_GUARD)
    assert not thread.is_alive(), "still waiting: it waits out the command's timeout"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def test_stale_final_of_a_timed_out_command_is_dropped(
        modem_factory: MakeModem) -> None:
    gate = Gate()
    _, session = modem_factory(replies({
        "AT+COPS=?": gate.hold(
            b"\r\n+COPS: (2,\"CHINA MOBILE\",\"CMCC\",\"46000\",7)\r\n\r\nOK\r\n"),
        "AT+CSQ": [b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n"],
    }))
    assert session.command("AT+COPS=?", timeout=0.1).kind is FinalKind.TIMEOUT
    gate.opened.set()                    # the late answer arrives before the next command
    gate.arrived(session)
    response = session.command("AT+CSQ")
    assert response.lines == ["+CSQ: 20,99"] and response.ok


def test_a_late_answer_is_not_taken_for_the_next_reply_when_echo_is_on(
        modem_factory: MakeModem) -> None:
    # ATE1 (the factory default of most modems): the network scan answers after its
    # timeout; the modem reads AT+CSQ only when it is done, so the late +COPS list and its
    # OK come before the echo of AT+CSQ - they are not AT+CSQ's reply.
    gate = Gate()
    _, session = modem_factory(replies({
        "AT+CGMI": [b"\r\nQuectel\r\n\r\nOK\r\n"],
        "AT+COPS=?": gate.hold(b'\r\n+COPS: (2,"CHINA MOBILE","CMCC","46000",7)\r\n\r\nOK\r\n'),
        "AT+CSQ": [b"\r\n+CSQ: 20,99\r\n\r\nOK\r\n"],
    }), echo=True)
    assert session.command("AT+CGMI").lines == ["Quectel"]        # echo on: learnt here
    assert session.command("AT+COPS=?", timeout=0.1).kind is FinalKind.TIMEOUT
    gate.opened.set()                    # the scan ends now, while AT+CSQ goes out
    response = session.command("AT+CSQ")                          # at once, no pause
    assert response.lines == ["+CSQ: 20,99"] and response.ok
    assert session.command("AT+CGMI").lines == ["Quectel"]        # and in step after it


def test_drain_when_nothing_came(modem_factory: MakeModem) -> None:
    _, session = modem_factory(replies({}))
    assert session.drain_urcs() == []
    assert session.drain_urcs(wait=0.1) == []


def test_text_echo_after_prompt_is_dropped(modem_factory: MakeModem) -> None:
    # Echo on: the modem echoes the SMS text too (SIMCom SIM800 with ATE1).
    def script(command: str) -> list[Step]:
        if command.startswith("AT+CMGS="):
            return [b"\r\n> "]
        return [b"\r\n+CMGS: 7\r\n\r\nOK\r\n"]

    _, session = modem_factory(script, echo=True)
    assert session.command('AT+CMGS="10086"', expect_prompt=True).kind is FinalKind.PROMPT
    session.send_raw(b"CXYE\x1a")
    sent = session.read_reply(command="CXYE")
    assert sent.ok and sent.lines == ["+CMGS: 7"]


# -- wrong final result codes, bounds (issue 14) --------------------------------------------


@pytest.mark.parametrize("final", [b"CONNECT", b"CONNECT 150000000", b"NO CARRIER", b"BUSY",
                                   b"NO ANSWER", b"NO DIALTONE"])
def test_call_and_data_results_are_not_success(modem_factory: MakeModem, final: bytes) -> None:
    # V.250 §5.7: these end a dial or answer; to a read they mean the port is not in
    # command mode (a data port, a PPP link). CONNECT used to count as OK.
    _, session = modem_factory(replies({"AT+CSQ": [b"\r\n+CSQ: 20,99\r\n\r\n" + final +
                                                   b"\r\n"]}))
    response = session.command("AT+CSQ")
    assert response.complete and not response.ok


def test_a_prompt_with_no_result_after_escape_ends_at_once(modem_factory: MakeModem) -> None:
    # The modem prompts for text and then ignores ESC: the command ends within a couple of
    # seconds, not at its 30 s timeout (it used to wait all of it).
    # (An hour's timeout: waiting it out would hang the test, see finishes().)
    _, session = modem_factory(lambda command: [] if command.endswith("\x1b") else [b"\r\n> "])
    response = finishes(lambda: session.command('AT+CMGS="10086"', timeout=HOUR))
    assert not response.ok and response.kind is FinalKind.PROMPT


def test_a_line_without_end_is_cut_and_memory_stays_bounded(modem_factory: MakeModem) -> None:
    from simtool.at.framing import CUT_MARK, MAX_LINE

    _, session = modem_factory(replies({"AT+CGMI": [b"\r\n" + b"Q" * 600_000 +
                                                    b"\r\nOK\r\n"]}))
    response = session.command("AT+CGMI", timeout=20)
    assert response.ok
    assert len(response.lines) == 1 and response.lines[0].endswith(CUT_MARK)
    assert len(response.lines[0]) <= MAX_LINE + len(CUT_MARK)
    assert sum(len(e.text) for e in session.transcript.entries()) < 512 * 1024


def test_a_reply_that_never_ends_is_cut_and_a_flood_raises(modem_factory: MakeModem) -> None:
    from simtool.at.session import MAX_REPLY
    from simtool.transport.errors import PortStalled

    endless = [b"+CSQ: 31,99 log line\r\n" * 4096] * 200      # ~18 MB, never a final
    _, session = modem_factory(replies({"AT": [b"\r\nOK\r\n"]}, default=endless))
    assert session.command("AT").ok
    first = session.command("AT+CSQ", timeout=30)
    assert first.overflowed and not first.complete and first.heard > MAX_REPLY
    with pytest.raises(PortStalled):
        session.command("AT+CSQ", timeout=30)


def test_a_modem_that_stops_answering_is_given_up_quickly(modem_factory: MakeModem) -> None:
    from simtool.transport.errors import PortStalled

    answered: list[str] = []

    def script(command: str) -> list[Step]:
        if answered:
            return []                       # hung: no echo, no reply from now on
        answered.append(command)
        return [command.encode(), b"\r\nOK\r\n"]

    _, session = modem_factory(script)
    assert session.command("AT").ok          # echo on, learnt here
    # Two short waits, not the commands' timeouts (an hour each: waiting them out hangs).
    first = finishes(lambda: session.command("AT+CSQ", timeout=HOUR))
    assert not first.complete and first.heard == 0
    with pytest.raises(PortStalled) as raised:
        finishes(lambda: session.command("AT+CREG?", timeout=HOUR))
    assert raised.value.kind == "stalled"


def test_the_deadline_bounds_every_command(modem_factory: MakeModem) -> None:
    from simtool.transport.errors import DeadlineReached

    # The modem answers after an hour and the command may wait that long: only the
    # deadline can end it (and finishes() fails if nothing does).
    _, session = modem_factory(replies({}, default=[HOUR, b"\r\nOK\r\n"]))
    session.set_deadline(0.5)
    with pytest.raises(DeadlineReached) as raised:
        finishes(lambda: session.command("AT+CSQ", timeout=HOUR))
    assert raised.value.kind == "deadline"
    with pytest.raises(DeadlineReached):
        session.command("AT")               # past it: nothing more is sent
    # Putting a setting back still goes out, bounded, and says whether it worked.
    assert session.restore("AT+CREG=0") is False


def test_restore_goes_out_after_cancel(modem_factory: MakeModem) -> None:
    modem, session = modem_factory(replies({}, default=[b"\r\nOK\r\n"]))
    session.cancel()
    with pytest.raises(Cancelled):
        session.command("AT+CSQ")
    assert session.restore("AT+CREG=0")
    assert modem.received == ["AT+CREG=0\r"]


def test_a_late_pin_echo_in_pieces_is_masked_everywhere(
        modem_factory: MakeModem, caplog: pytest.LogCaptureFixture) -> None:
    # Echo on, but the echo of AT+CPIN="..." comes after its OK, in two pieces cut inside
    # the PIN, while the next command runs (a slow UART echo). It used to reach the
    # transcript and the -vv log in clear.
    pending: list[bytes] = []

    def script(command: str) -> list[Step]:
        if command.startswith("AT+CPIN="):
            pending.append(command.encode())
            return [b"\r\nOK\r\n"]
        steps: list[Step] = []
        if pending:
            late = pending.pop()
            steps += [late[:10], 0.05, late[10:] + b"\n"]
        return [*steps, command.encode(), b"\r\n+CPIN: READY\r\n\r\nOK\r\n"]

    caplog.set_level("DEBUG")
    _, session = modem_factory(script)
    assert session.command("AT").ok
    assert session.command('AT+CPIN="9731"', secret=True).ok
    after = session.command("AT+CPIN?")
    assert after.lines == ["+CPIN: READY"]
    texts = "".join(entry.text for entry in session.transcript.entries())
    assert "9731" not in texts and "97" + "31" not in texts.replace("\r", "").replace("\n", "")
    assert "31\"" not in texts and "9731" not in caplog.text


def test_a_late_pin_echo_and_ok_after_a_timeout_are_masked(
        modem_factory: MakeModem, caplog: pytest.LogCaptureFixture) -> None:
    # The PIN command times out; its echo (in two pieces cut inside the PIN) and its OK
    # come during the next command, which drops them as an earlier command's late answer
    # and logs that at DEBUG: with the PIN in clear until issue 14.
    pending: list[bytes] = []

    def script(command: str) -> list[Step]:
        if command.startswith("AT+CPIN="):
            pending.append(command.encode())
            return []
        steps: list[Step] = []
        if pending:
            late = pending.pop()
            steps += [late[:10], 0.05, late[10:] + b"\r\nOK\r\n"]
        return [*steps, command.encode(), b"\r\n+CPIN: READY\r\n\r\nOK\r\n"]

    caplog.set_level("DEBUG")
    _, session = modem_factory(script)
    assert session.command("AT").ok
    assert not session.command('AT+CPIN="9731"', secret=True, timeout=0.3).complete
    assert session.command("AT+CPIN?").lines == ["+CPIN: READY"]
    texts = "".join(entry.text for entry in session.transcript.entries())
    assert "9731" not in texts and "9731" not in caplog.text
    assert "dropped" in caplog.text             # the path that used to leak it ran
