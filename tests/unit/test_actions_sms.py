"""Asking the operator by SMS leaves the modem as it was: an answer stored in another message
store than the one the modem reads ("ME" while it reads "SM") is read there and the modem's
own store choice put back (TS 27.005 §3.2.2 +CPMS, §3.4.1 +CMTI: <mem>,<index>); a cancel
during the wait still puts back +CMGF, +CNMI and +CPMS. Against the simulated modem."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from simtool.actions.sms import _indications, ask_by_sms
from simtool.at.session import AtSession, Cancelled
from simtool.transport.port import open_port

OWN_STORES = '+CPMS: "SM",2,20,"SM",2,20,"ME",'


def _setting(session: AtSession, command: str) -> str:
    line = session.command(command).first(command[2:].rstrip("?") + ":")
    assert line is not None, command
    return line


def _sim_store(session: AtSession) -> list[tuple[str, str, str]]:
    """The SIM store's messages (status, sender, text), seen in the simulated world: listing
    them over AT would mark the unread ones read (TS 27.005 §3.4.2)."""
    modem = session.port._link.modem  # type: ignore[attr-defined]
    return [(slot.status, slot.sender, slot.text) for slot in modem.sms_slots("SM")
            if slot is not None]


def _sent(session: AtSession) -> list[str]:
    return [entry.text.strip() for entry in session.transcript.entries() if entry.dir == "tx"]


def test_indications_name_their_store() -> None:
    assert _indications(['+CMTI: "ME",3', '+CMTI: "SM",12', "+CMTI: MT,4", "+CREG: 1"]) == \
        [("ME", 3), ("SM", 12), ("MT", 4)]


@pytest.mark.parametrize("delete", [False, True])
def test_an_answer_stored_in_me_is_read_there_and_the_read_store_put_back(
        modem: Any, delete: bool) -> None:
    session = modem("sim://healthy?sms_store=ME&sms=0.1")
    before = _sim_store(session)
    answer = ask_by_sms(session, "10086", "CXYE", delete_reply=delete, timeout=20.0)
    assert answer.message is not None and answer.message.complete
    assert "余额" in answer.message.text
    assert answer.message.indexes == (1, 2)          # its slots in "ME"
    assert answer.deleted is delete
    sent = _sent(session)
    assert 'AT+CPMS="ME"' in sent and 'AT+CPMS="SM","SM","ME"' in sent
    # The modem reads "SM" again, its received messages still go to "ME"; the SIM's own
    # messages are as they were (none read, none deleted).
    assert _setting(session, "AT+CPMS?") == OWN_STORES + ("0,20" if delete else "2,20")
    assert _sim_store(session) == before


class CancelOn:
    """The modem's port, with the user pressing Cancel as soon as a given command is
    written (a port-level stand-in for the app's Cancel button at that moment)."""

    def __init__(self, port: Any, trigger: str) -> None:
        self._port = port
        self._trigger = trigger
        self.session: AtSession | None = None

    @property
    def timeout(self) -> Any:
        return self._port.timeout

    @timeout.setter
    def timeout(self, value: Any) -> None:
        self._port.timeout = value

    def write(self, data: bytes) -> int:
        written = self._port.write(data)
        if self.session is not None and data.decode("latin-1").startswith(self._trigger):
            self.session.cancel()
        return int(written or 0)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._port, name)


def test_a_cancel_while_reading_another_store_puts_the_modems_store_back() -> None:
    port = CancelOn(open_port("sim://healthy?sms_store=ME&sms=0.1"), "AT+CMGR=")
    session = AtSession(port, default_timeout=5.0)   # type: ignore[arg-type]
    port.session = session
    try:
        session.command("AT+CMGF=1")
        with pytest.raises(Cancelled):
            ask_by_sms(session, "10086", "CXYE", timeout=20.0)
        session.reset_cancel()
        assert _setting(session, "AT+CPMS?").startswith('+CPMS: "SM",')
        assert _setting(session, "AT+CMGF?") == "+CMGF: 1"
    finally:
        port.close()


def test_a_cancel_during_the_wait_puts_back_cmgf_and_cnmi(modem: Any) -> None:
    # The service answers only after a minute: the action is waiting when it is cancelled.
    session = modem("sim://healthy?sms=60")
    session.command("AT+CMGF=1")
    session.command("AT+CNMI=0,0,0,0,0")
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            ask_by_sms(session, "10086", "CXYE", timeout=60.0)
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - handed to the test thread
            outcome.append(error)

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + 20.0
    while not any(entry.dir == "rx" and "+CMGS:" in entry.text
                  for entry in session.transcript.entries()):
        assert time.monotonic() < deadline, "the SMS was never sent"
        time.sleep(0.01)
    session.cancel()
    worker.join(20.0)
    assert not worker.is_alive()
    assert isinstance(outcome[0], Cancelled)
    session.reset_cancel()
    assert _setting(session, "AT+CMGF?") == "+CMGF: 1"
    assert _setting(session, "AT+CNMI?") == "+CNMI: 0,0,0,0,0"
