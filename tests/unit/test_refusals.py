"""Modem refusals (issue 21, hole 6): what simtool does when the modem says ERROR.

- +CGDCONT= and +CGAUTH= writes refused while setting the APN: a clear message, and the
  modem and the undo state as they were before;
- the wrong kind of unlock code (a PIN where the SIM asks for the PUK, and the other way
  round): refused before anything is sent, the counters untouched;
- a plain ERROR (no +CME code) to +CPIN? on every read: re-read until the wait ends, then the
  SIM state is "unknown" (not "no SIM"); a SIM that answers in time is read as ready;
- +CGMI/+CGMM (and the V.250 +GMI/+GMM) refused: the identity comes from ATI.

The refusals come from the simulated modem's `refuse=` option (simtool.sim.modem): a plain
ERROR, as from firmware that lacks or rejects the command (V.250 §5.7.1 result code 4).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import serial

from simtool.actions.apn import ApnError, read_auth, read_contexts, set_apn, undo
from simtool.actions.unlock import UnlockRefused, enter_pin, enter_puk
from simtool.at.parsers.packet import PdpDefinition
from simtool.at.session import AtSession
from simtool.diagnosis.checklist import evaluate
from simtool.sim import instances, urlhandler
from simtool.sim.config import parse_refusals
from simtool.sim.modem import Modem
from simtool.sources.at import reader
from simtool.sources.at.reader import collect_facts, read_modem_identity
from simtool.transport.port import open_port

_names = itertools.count()


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def sessions() -> Iterator[list[AtSession]]:
    opened: list[AtSession] = []
    yield opened
    for session in opened:
        session.port.close()


def open_modem(sessions: list[AtSession], scenario: str, query: str = "",
               ) -> tuple[AtSession, Modem]:
    """A session on a named simulated modem, and the modem (to change its refusals)."""
    name = f"refusals-{next(_names)}"
    session = AtSession(open_port(f"sim://{scenario}?instance={name}{query}"),
                        default_timeout=5.0)
    sessions.append(session)
    return session, instances.get(name)


def sent(session: AtSession) -> list[str]:
    return [e.text.strip() for e in session.transcript.entries() if e.dir == "tx"]


# ---- the simulator's refuse= option itself -------------------------------------------

def test_refuse_answers_error_to_every_form_or_only_to_the_set_form() -> None:
    urlhandler.register()
    port = serial.serial_for_url("sim://healthy?refuse=CGMI,CGDCONT=", timeout=0.05)
    session = AtSession(port, default_timeout=5.0)
    try:
        assert session.command("AT+CGMI").final == "ERROR"
        assert session.command("AT+CGMI=?").final == "ERROR"
        assert session.command("AT+CGDCONT?").ok                   # the read answers
        assert session.command("AT+CGDCONT=?").ok                  # so does the test form
        refused = session.command('AT+CGDCONT=1,"IP","cmnet"')
        assert refused.final == "ERROR" and refused.code is None   # plain, whatever +CMEE
        # On a chained line the commands before it run; the ones after it do not.
        chained = session.command("AT+CGMM;+CGMI;+CGSN")
        assert chained.final == "ERROR" and len(chained.lines) == 1
    finally:
        port.close()


@pytest.mark.parametrize(("text", "names"), [
    ("CGMI", ("CGMI",)), ("+cgdcont=,^HCSQ", ("CGDCONT=", "HCSQ")), (" CGAUTH= ", ("CGAUTH=",))])
def test_refusals_are_parsed(text: str, names: tuple[str, ...]) -> None:
    assert parse_refusals(text) == names


@pytest.mark.parametrize("text", ["CG MI", "CGDCONT=1", "=", ""])
def test_bad_refusals_are_a_clear_error(text: str) -> None:
    with pytest.raises(ValueError, match="CGDCONT="):
        parse_refusals(text)
    urlhandler.register()
    if text:            # an empty query value is dropped, like any other
        with pytest.raises(serial.SerialException, match="refuse"):
            serial.serial_for_url(f"sim://healthy?refuse={text}")


# ---- APN writes refused --------------------------------------------------------------

WRONG = PdpDefinition(1, "IP", "internet")      # what sim://wrong-apn has in context 1


def undo_files(home: Path) -> list[Path]:
    return list((home / "state" / "apn-undo").glob("*.json"))


def test_a_refused_apn_write_says_so_and_changes_nothing(sessions: list[AtSession],
                                                         home: Path) -> None:
    session, _ = open_modem(sessions, "wrong-apn", "&refuse=CGDCONT=")
    with pytest.raises(ApnError) as raised:
        set_apn(session, "cmnet")
    assert str(raised.value) == "The modem refused the APN: ERROR"
    assert read_contexts(session) == [WRONG]
    assert undo_files(home) == []      # no undo of a change that did not happen


def test_a_refused_apn_write_keeps_the_undo_of_the_last_real_change(
        sessions: list[AtSession], home: Path) -> None:
    session, modem = open_modem(sessions, "wrong-apn")
    set_apn(session, "cmnet")                          # a real change: internet -> cmnet
    saved = undo_files(home)[0].read_text()
    modem.config.refuse = ("CGDCONT=",)
    with pytest.raises(ApnError, match="refused the APN"):
        set_apn(session, "other.example")
    assert undo_files(home)[0].read_text() == saved
    modem.config.refuse = ()
    undo(session)                                      # puts back what was there first
    assert read_contexts(session) == [WRONG]


def test_a_refused_login_puts_the_apn_back(sessions: list[AtSession], home: Path) -> None:
    session, _ = open_modem(sessions, "wrong-apn", "&refuse=CGAUTH=")
    with pytest.raises(ApnError) as raised:
        set_apn(session, "cmnet", user="user", password="s3cret")
    message = str(raised.value)
    assert message.startswith("The modem refused the user name and password: ERROR.")
    assert "put back" in message and "s3cret" not in message
    # The APN written just before is put back, the login never changed.
    assert read_contexts(session) == [WRONG]
    assert read_auth(session, 1) == (0, "")
    assert sent(session).count('AT+CGDCONT=1,"IP","internet"') == 1
    assert undo_files(home) == []


def test_a_refused_login_keeps_the_undo_of_the_last_real_change(
        sessions: list[AtSession], home: Path) -> None:
    session, modem = open_modem(sessions, "wrong-apn")
    set_apn(session, "cmnet")
    saved = undo_files(home)[0].read_text()
    modem.config.refuse = ("CGAUTH=",)
    with pytest.raises(ApnError, match="put back"):
        set_apn(session, "other.example", user="user", password="s3cret")
    assert read_contexts(session) == [PdpDefinition(1, "IP", "cmnet")]
    assert undo_files(home)[0].read_text() == saved
    assert json.loads(saved)["old"]["apn"] == "internet"


def test_a_new_context_whose_login_is_refused_is_removed_again(
        sessions: list[AtSession]) -> None:
    session, _ = open_modem(sessions, "wrong-apn", "&refuse=CGAUTH=")
    with pytest.raises(ApnError, match="put back"):
        set_apn(session, "cmnet", cid=3, user="user", password="s3cret")
    assert read_contexts(session) == [WRONG]           # context 3 undefined again
    assert "AT+CGDCONT=3" in sent(session)


def test_when_putting_the_apn_back_fails_too_the_message_says_how_to_undo(
        sessions: list[AtSession], home: Path) -> None:
    session, modem = open_modem(sessions, "wrong-apn", "&refuse=CGAUTH=")
    original = modem.command

    def refuse_the_put_back(line: str):  # type: ignore[no-untyped-def]
        # The login is refused; after that every +CGDCONT= write is refused as well.
        if line.upper().startswith("AT+CGAUTH="):
            modem.config.refuse = ("CGAUTH=", "CGDCONT=")
        return original(line)

    modem.command = refuse_the_put_back  # type: ignore[method-assign]
    with pytest.raises(ApnError) as raised:
        set_apn(session, "cmnet", user="user", password="s3cret")
    assert "Putting the old APN back failed too" in str(raised.value)
    assert "simtool apn --undo" in str(raised.value)
    assert read_contexts(session) == [PdpDefinition(1, "IP", "cmnet")]
    assert json.loads(undo_files(home)[0].read_text())["old"]["apn"] == "internet"


# ---- the wrong kind of unlock code ---------------------------------------------------

def test_a_pin_where_the_sim_asks_for_the_puk_is_not_sent(sessions: list[AtSession]) -> None:
    session, modem = open_modem(sessions, "puk-locked")
    before = (modem.pin_retries, modem.puk_retries)
    with pytest.raises(UnlockRefused) as raised:
        enter_pin(session, "1234")
    assert "asks for the PUK, not the PIN" in str(raised.value)
    assert "simtool unlock --puk" in str(raised.value)
    assert not any(command.startswith("AT+CPIN=") for command in sent(session))
    assert (modem.pin_retries, modem.puk_retries) == before
    assert modem.sim_code() == "SIM PUK"


def test_a_puk_where_the_sim_asks_for_the_pin_is_not_sent(sessions: list[AtSession]) -> None:
    session, modem = open_modem(sessions, "pin-locked")
    before = (modem.pin_retries, modem.puk_retries)
    with pytest.raises(UnlockRefused) as raised:
        enter_puk(session, "12345678", "4321")
    assert "asks for the PIN, not the PUK" in str(raised.value)
    assert not any(command.startswith("AT+CPIN=") for command in sent(session))
    assert (modem.pin_retries, modem.puk_retries) == before
    assert modem.sim_code() == "SIM PIN"


# ---- a plain ERROR to +CPIN? ---------------------------------------------------------

def cpin_reads(session: AtSession) -> int:
    return sum(command.count("+CPIN?") for command in sent(session))


@pytest.fixture
def short_plain_error_wait(monkeypatch: pytest.MonkeyPatch) -> float:
    """The plain-ERROR wait cut to 3.9 s (14 s in the product) so a test waits for it whole:
    with reads 2 s apart exactly one re-read fits. The re-read is sent when the first read
    came back within 1.9 s (a slow machine has that margin); a second one never fits, as it
    would need the wait so far (2 s and more) plus 2 s to stay within 3.9 s."""
    monkeypatch.setattr(reader, "PLAIN_ERROR_WAIT", 3.9)
    assert reader.SIM_POLL_INTERVAL == 2.0
    return 3.9


def test_plain_error_to_cpin_until_the_wait_ends_is_an_unknown_sim_state(
        sessions: list[AtSession], short_plain_error_wait: float) -> None:
    session, _ = open_modem(sessions, "healthy", "&refuse=CPIN")
    # A long SIM-busy wait and a deadline far off: only the plain-ERROR wait ends it.
    session.set_deadline(60.0)
    facts = collect_facts(session, sim_busy_wait=60.0)
    assert cpin_reads(session) == 2                    # the first read and one re-read
    assert (facts.sim.state, facts.sim.raw) == ("unknown", "ERROR")
    checks, _ = evaluate(facts)
    by_id = {c.id: c for c in checks}
    assert by_id["sim-present"].status == "error"     # unread, not "no SIM"
    assert "ERROR" in by_id["sim-present"].detail


def test_plain_error_is_not_re_read_past_the_sim_busy_wait(sessions: list[AtSession]) -> None:
    session, _ = open_modem(sessions, "healthy", "&refuse=CPIN")
    facts = collect_facts(session, sim_busy_wait=0.0)
    assert cpin_reads(session) == 1
    assert facts.sim.state == "unknown"


def test_a_sim_that_answers_during_the_wait_is_ready(sessions: list[AtSession],
                                                     short_plain_error_wait: float) -> None:
    session, modem = open_modem(sessions, "healthy", "&refuse=CPIN")

    def progress(step: str, _text: str) -> None:
        if step == "sim-health":          # waiting: the SIM comes up before the re-read
            modem.config.refuse = ()

    facts = collect_facts(session, sim_busy_wait=60.0, progress=progress)
    assert cpin_reads(session) == 2
    assert (facts.sim.state, facts.sim.raw) == ("ready", "READY")


# ---- identity from ATI ---------------------------------------------------------------

@pytest.mark.parametrize("vendor", ["generic", "quectel", "huawei", "onemo"])
def test_identity_comes_from_ati_when_cgmi_and_cgmm_are_refused(sessions: list[AtSession],
                                                                vendor: str) -> None:
    plain, _ = open_modem(sessions, "healthy", f"&vendor={vendor}")
    expected = read_modem_identity(plain).modem
    session, _ = open_modem(sessions, "healthy", f"&vendor={vendor}&refuse=CGMI,CGMM,GMI,GMM")
    facts = read_modem_identity(session)
    assert "ATI" in sent(session)
    assert (facts.modem.manufacturer, facts.modem.model) == (expected.manufacturer,
                                                             expected.model)
    assert facts.modem.manufacturer and facts.modem.model
    assert facts.modem.imei == expected.imei and facts.modem.revision == expected.revision
    assert facts.vendor == vendor

