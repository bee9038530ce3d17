"""Tests written against mutants that survived scripts/mutation.sh in simtool/actions/
(docs/mutation.md): network selection when +COPS? cannot be read, identity replies cut
short, the undo key of a port without a name, PIN/PUK entry on a busy SIM and the texts of
an unlock refused before anything was sent (3GPP TS 27.007 §7.3 +COPS, §8.3 +CPIN, §9.2.1)."""

from __future__ import annotations

import json

import pytest

from simtool.actions import operator
from simtool.actions.operator import Selection, SelectionChange
from simtool.actions.undo_state import modem_key, undo_path
from simtool.actions.unlock import (
    LockStatus,
    UnlockRefused,
    UnlockResult,
    _refusal,
    enter_pin,
    enter_puk,
    identify_vendor,
)
from simtool.at.framing import FinalKind
from simtool.at.session import AtResponse, AtSession
from simtool.vendors import by_name
from tests.unit.test_at_reader import HUAWEI_PIN_LOCKED, ScriptedPort


@pytest.fixture
def state_home(tmp_path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))      # the undo files go here
    return tmp_path


def sent(session: AtSession) -> list[str]:
    return [e.text.strip() for e in session.transcript.entries() if e.dir == "tx"]


# -- network selection on a modem whose +COPS? answers OK with no +COPS line ----------------
# The change itself is accepted; simtool cannot read the selection back, so what it reports
# as the result is the selection it asked for.

IMEI = "869710030002905"
UNREADABLE_COPS = {
    "AT+CGSN": f"{IMEI}\n\nOK",
    "AT+COPS=3,2": "OK",
    "AT+COPS?": "OK",
    "AT+COPS=3,0": "OK",
    "AT+COPS=0": "OK",
    'AT+COPS=1,2,"46000"': "OK",
    'AT+COPS=1,2,"46000",7': "OK",
}
READ_SELECTION = ["AT+COPS=3,2", "AT+COPS?", "AT+COPS=3,0"]


def _unreadable_cops() -> tuple[AtSession, ScriptedPort]:
    port = ScriptedPort(UNREADABLE_COPS)
    return AtSession(port), port


def test_an_unreadable_selection_is_none_not_a_crash() -> None:
    session, port = _unreadable_cops()
    assert operator.current_selection(session) is None
    assert port.sent == READ_SELECTION


def test_a_fixed_network_not_read_back_reports_the_one_asked_for(state_home) -> None:  # type: ignore[no-untyped-def]
    session, port = _unreadable_cops()
    assert operator.select_network(session, "46000") == SelectionChange(
        None, Selection(1, "46000", None))
    assert port.sent == [*READ_SELECTION, "AT+CGSN", 'AT+COPS=1,2,"46000"', *READ_SELECTION]


def test_automatic_not_read_back_reports_automatic(state_home) -> None:  # type: ignore[no-untyped-def]
    session, port = _unreadable_cops()
    assert operator.select_automatic(session) == SelectionChange(None, Selection(0))
    assert port.sent == [*READ_SELECTION, "AT+CGSN", "AT+COPS=0", *READ_SELECTION]


def test_undo_to_automatic_not_read_back_reports_automatic(state_home) -> None:  # type: ignore[no-untyped-def]
    session, port = _unreadable_cops()
    operator.select_network(session, "46000")          # saves "before": None (unreadable)
    start = len(port.sent)
    assert operator.undo(session) == SelectionChange(None, Selection(0))
    assert port.sent[start:] == ["AT+CGSN", *READ_SELECTION, "AT+COPS=0", *READ_SELECTION]


def test_undo_to_a_fixed_network_not_read_back_reports_that_network(state_home) -> None:  # type: ignore[no-untyped-def]
    session, port = _unreadable_cops()
    path = undo_path(operator.UNDO_KIND, f"imei-{IMEI}")
    path.parent.mkdir(parents=True)
    # As _save_before writes it after a read of "+COPS: 1,2,"46000",7".
    path.write_text(json.dumps({"before": {"mode": 1, "numeric": "46000", "act": 7}}), "utf-8")
    assert operator.undo(session) == SelectionChange(None, Selection(1, "46000", 7))
    assert port.sent == ["AT+CGSN", *READ_SELECTION, 'AT+COPS=1,2,"46000",7', *READ_SELECTION]
    assert not path.exists()


# -- replies cut short: a line without its final result code is not trusted ------------------
# (the simulated modem's no_final: the information line comes, OK never does; each of these
# waits out the action's 3 s for the command, not a race: nothing more ever comes)

def test_an_imei_without_its_final_is_not_the_undo_key(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?no_final=CGSN")
    assert modem_key(session) == "port-sim___healthy_no_final_CGSN"


def test_a_maker_name_without_its_final_does_not_pick_the_vendor(modem) -> None:  # type: ignore[no-untyped-def]
    # "Quectel" came, OK did not: the model (EC25, no family of its own) decides: generic.
    session = modem("sim://pin-locked?vendor=quectel&no_final=CGMI")
    assert identify_vendor(session).name == "generic"
    assert sent(session) == ["AT+CGMI", "AT+CGMM"]


def test_a_model_without_its_final_does_not_pick_the_vendor(modem) -> None:  # type: ignore[no-untyped-def]
    # GOSUNCN's ME3630-W is of the ZTE lineage, but its +CGMM reply never finished.
    session = modem("sim://pin-locked?vendor=gosuncn&no_final=CGMM")
    assert identify_vendor(session).name == "generic"
    assert sent(session) == ["AT+CGMI", "AT+CGMM"]


# -- the undo key of a port that has no name ------------------------------------------------

def test_a_port_without_imei_or_name_is_keyed_unknown() -> None:
    port = ScriptedPort({})                 # +CGSN refused; the port object has no .port
    assert modem_key(AtSession(port)) == "port-unknown"
    assert port.sent == ["AT+CGSN"]


# -- a busy SIM (TS 27.007 §9.2.1: +CME ERROR: 14 SIM busy) is never sent the code twice -----
# The session retries busy answers for reads; a PIN or PUK entry must not be retried: if the
# SIM counted the first one, a second would burn another attempt.

HUAWEI = by_name("huawei")
PIN_ASKED = LockStatus("pin-required", "SIM PIN", pin_retries=2, puk_retries=10)
PUK_ASKED = LockStatus("puk-required", "SIM PUK", pin_retries=0, puk_retries=10)
READ_LOCK = ["AT+CPIN?", "AT+CPINR", "AT^CPIN?"]


def _busy_session(replies: dict[str, str]) -> tuple[AtSession, ScriptedPort]:
    port = ScriptedPort(replies)
    # No pause between retries: the count of attempts is what is tested, not the wait.
    return AtSession(port, busy_backoff=0.0), port


def test_a_pin_answered_busy_is_sent_once() -> None:
    session, port = _busy_session({**HUAWEI_PIN_LOCKED, 'AT+CPIN="1234"': "+CME ERROR: 14"})
    assert enter_pin(session, "1234", vendor=HUAWEI) == UnlockResult(
        PIN_ASKED, PIN_ASKED, accepted=False, error="+CME ERROR: 14 (SIM busy)")
    # +CPINR first (refused by this firmware), then Huawei's ^CPIN? for the counters.
    assert port.sent == [*READ_LOCK, 'AT+CPIN="1234"', *READ_LOCK]


def test_a_puk_answered_busy_is_sent_once() -> None:
    # Huawei ME909s ^CPIN: <code>,<times>,<puk_times>,<pin_times>,<puk2_times>,<pin2_times>
    session, port = _busy_session({**HUAWEI_PIN_LOCKED,
                                   "AT+CPIN?": "+CPIN: SIM PUK\n\nOK",
                                   "AT^CPIN?": "^CPIN: SIM PUK,10,10,0,10,3\n\nOK",
                                   'AT+CPIN="12345678","4321"': "+CME ERROR: 14"})
    assert enter_puk(session, "12345678", "4321", vendor=HUAWEI) == UnlockResult(
        PUK_ASKED, PUK_ASKED, accepted=False, error="+CME ERROR: 14 (SIM busy)")
    assert port.sent == [*READ_LOCK, 'AT+CPIN="12345678","4321"', *READ_LOCK]


def test_a_code_that_got_no_answer_says_so() -> None:
    # What the session returns when the 20 s for AT+CPIN= ran out with nothing heard.
    unanswered = AtResponse('AT+CPIN="****"', [], FinalKind.TIMEOUT, None, complete=False)
    assert _refusal(unanswered) == "no answer"


# -- an unlock refused before anything was sent names what the SIM asks for ------------------

def test_a_puk_for_a_sim_that_asks_for_the_pin_points_to_the_pin(modem, english) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://pin-locked")
    with pytest.raises(UnlockRefused) as refused:
        enter_puk(session, "12345678", "4321")
    assert str(refused.value) == ("The SIM asks for the PIN, not the PUK: use "
                                  "'simtool unlock'.")
    assert not any(c.startswith("AT+CPIN=") for c in sent(session))


def test_a_puk_for_a_missing_sim_names_the_state(modem, english) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://no-sim")
    session.command("AT+CMEE=1")
    with pytest.raises(UnlockRefused) as refused:
        enter_puk(session, "12345678", "4321")
    # TS 27.007 §9.2.1: +CME ERROR: 10 SIM not inserted.
    assert str(refused.value) == ("The SIM does not ask for a PUK (state: +CME ERROR: 10); "
                                  "nothing was sent.")
    assert not any(c.startswith("AT+CPIN=") for c in sent(session))
