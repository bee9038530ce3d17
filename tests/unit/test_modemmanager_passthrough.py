"""The AT pass-through through ModemManager (sources/modemmanager/passthrough.py) and what a
read asks ModemManager for (source._Gathered), without D-Bus: replies are those ModemManager
1.20.4 gave for `Modem.Command` on the simulated modem (tests/e2e/test_modemmanager.py's
daemon: it strips the final OK and joins the lines with CR LF), errors are its D-Bus error
names."""

from __future__ import annotations

from typing import Any

from simtool.sources.modemmanager.client import CallError
from simtool.sources.modemmanager.passthrough import (
    CEER,
    CESQ,
    CGDCONT,
    CPIN,
    CPINR,
    chained,
    prefix_of,
    split_reply,
)
from simtool.sources.modemmanager.source import _Gathered

MODEM = "org.freedesktop.ModemManager1.Modem"
PROFILES = MODEM + ".Modem3gpp.ProfileManager"
PATH = "/org/freedesktop/ModemManager1/Modem/0"
SIM_PATH = "/org/freedesktop/ModemManager1/SIM/0"
# ModemManager 1.20.4's reply to Modem.Command("+CEER;+CESQ;+CGDCONT?") (healthy modem).
CHAINED_REPLY = ('+CEER: No cause information available\r\n+CESQ: 99,99,255,255,24,50\r\n'
                 '+CGDCONT: 1,"IP","cmnet","0.0.0.0",0,0')
UNAUTHORIZED = "org.freedesktop.ModemManager1.Error.Core.Unauthorized"
SIM_FAILURE = "org.freedesktop.ModemManager1.Error.MobileEquipment.SimFailure"
NOT_SUPPORTED = "org.freedesktop.ModemManager1.Error.MobileEquipment.NotSupported"


def test_prefixes_and_the_line() -> None:
    assert [prefix_of(c) for c in (CEER, CESQ, CGDCONT, CPIN, CPINR)] == [
        "+CEER", "+CESQ", "+CGDCONT", "+CPIN", "+CPINR"]
    assert chained([CEER, CESQ, CGDCONT]) == "+CEER;+CESQ;+CGDCONT?"


def test_a_chained_reply_goes_back_to_each_command() -> None:
    split = split_reply(CHAINED_REPLY, [CEER, CESQ, CGDCONT])
    assert split == {CEER: "+CEER: No cause information available",
                     CESQ: "+CESQ: 99,99,255,255,24,50",
                     CGDCONT: '+CGDCONT: 1,"IP","cmnet","0.0.0.0",0,0'}


def test_several_contexts_an_empty_answer_and_a_bare_line() -> None:
    # Two contexts (one +CGDCONT line each, TS 27.007 §10.1.1), no +CESQ line, and a
    # +CEER report on two lines (TS 27.007 §6.10: "one or more lines of information
    # text"; the text is Sierra HL7539's, reference/causes.md §4).
    reply = ('+CEER: "SM activation error",133,\r\n"Requested service option not subscribed"'
             '\r\n+CGDCONT: 1,"IP","cmnet","",0,0\r\n+CGDCONT: 2,"IPV4V6","ims","",0,0')
    split = split_reply(reply, [CEER, CESQ, CGDCONT])
    assert split[CEER] == ('+CEER: "SM activation error",133,\r\n'
                           '"Requested service option not subscribed"')
    assert split[CESQ] == ""
    assert split[CGDCONT].count("+CGDCONT:") == 2
    # +CPIN is not +CPINR: each line goes to its own command.
    split = split_reply("+CPINR: SIM PIN,3,3\r\n+CPINR: SIM PUK,10,10", [CEER, CPINR])
    assert split[CPINR].count("+CPINR") == 2 and split[CEER] == ""


def _modem(**values: Any) -> dict[str, dict[str, Any]]:
    modem = {"State": 8, "Sim": SIM_PATH, "Bearers": [], "UnlockRequired": 1,
             "UnlockRetries": {2: 3, 4: 10}}
    modem.update(values)
    return {MODEM: modem, PROFILES: {}}


def _commands(calls: list[Any]) -> list[str]:
    return [call.args[0] for call in calls if call.method == "Command"]


def test_an_enabled_modem_is_read_in_one_round() -> None:
    gathered = _Gathered(PATH, _modem())
    calls = gathered.first_calls()
    assert [call.method for call in calls] == ["GetAll", "Command"]
    assert _commands(calls) == ["+CEER;+CESQ;+CGDCONT?"]
    gathered.take(calls, [({"SimIdentifier": "89860012345678901234"},), (CHAINED_REPLY,)])
    assert gathered.retry_calls() == []          # no ProfileManager.List: +CGDCONT? did it
    assert gathered.sim == {"SimIdentifier": "89860012345678901234"}
    assert gathered.commands[CESQ] == "+CESQ: 99,99,255,255,24,50"


def test_without_debug_the_profiles_are_asked_for_instead() -> None:
    gathered = _Gathered(PATH, _modem())
    calls = gathered.first_calls()
    refused = CallError("Operation only allowed in debug mode", kind="denied",
                        name=UNAUTHORIZED)
    gathered.take(calls, [({},), refused])
    retry = gathered.retry_calls()
    assert [call.method for call in retry] == ["List"]     # no command asked again
    assert gathered.notes and "--debug" in gathered.notes[0]
    gathered.take(retry, [([{"profile-id": 1, "apn": "cmnet", "ip-type": 1}],)])
    assert gathered.profiles == [{"profile-id": 1, "apn": "cmnet", "ip-type": 1}]


def test_a_line_the_modem_refuses_is_asked_again_one_command_at_a_time() -> None:
    gathered = _Gathered(PATH, _modem())
    calls = gathered.first_calls()
    gathered.take(calls, [({},), CallError("not supported", kind="other", name=NOT_SUPPORTED)])
    retry = gathered.retry_calls()
    assert _commands(retry) == [CEER, CESQ, CGDCONT]
    assert [call.method for call in retry][-1] == "List"
    gathered.take(retry, [("+CEER: No cause information available",),
                          CallError("not supported", kind="other", name=NOT_SUPPORTED),
                          ('+CGDCONT: 1,"IP","cmnet","",0,0',), ([],)])
    assert gathered.commands[CEER].startswith("+CEER") and CESQ not in gathered.commands
    assert gathered.commands[CGDCONT].startswith("+CGDCONT")


def test_a_locked_or_failed_modem_asks_what_it_lacks() -> None:
    locked = _Gathered(PATH, _modem(State=2, UnlockRequired=2, UnlockRetries={}))
    assert _commands(locked.first_calls()) == ["+CEER;+CGDCONT?;+CPINR"]
    failed = _Gathered(PATH, _modem(State=-1, StateFailedReason=2, Sim="/"))
    calls = failed.first_calls()
    assert _commands(calls) == ["+CEER;+CGDCONT?", CPIN]   # +CPIN? alone: it fails by design
    failed.take(calls, [("",), CallError("SIM failure", kind="other", name=SIM_FAILURE)])
    assert failed.command_errors == {CPIN: SIM_FAILURE} and failed.retry_calls() == []


def test_a_modem_still_initializing_is_not_asked_anything() -> None:
    gathered = _Gathered(PATH, _modem(State=1))
    assert _commands(gathered.first_calls()) == []
    assert gathered.retry_calls() == []
