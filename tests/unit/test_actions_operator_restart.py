"""Choosing the network by hand (+COPS), restarting the modem (radio off/on) and APN logins
(+CGAUTH), on the simulated modem; the +COPS=? parser on real replies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simtool.actions import operator
from simtool.actions.apn import AUTH_CHAP, AUTH_NONE, AUTH_PAP, ApnError, read_auth, set_apn
from simtool.actions.apn import undo as undo_apn
from simtool.actions.radio import read_cfun, restart_radio
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.operator import NetworkEntry, NetworkList, parse_cops_list
from simtool.errors import ValidationError


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))
    return tmp_path


def sent(session) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.text.strip() for e in session.transcript.entries() if e.dir == "tx"]


# -- the +COPS=? parser ---------------------------------------------------------------------

COPS_LISTS = [
    # Quectel EC2x AT Commands Manual, AT+COPS=? example (China, three operators, LTE)
    ('+COPS: (2,"CHINA MOBILE","CMCC","46000",7),(3,"CHN-UNICOM","UNICOM","46001",7),'
     '(3,"CHN-CT","CT","46011",7),,(0-4),(0-2)\r\n\r\nOK',
     [NetworkEntry(2, "CHINA MOBILE", "CMCC", "46000", 7),
      NetworkEntry(3, "CHN-UNICOM", "UNICOM", "46001", 7),
      NetworkEntry(3, "CHN-CT", "CT", "46011", 7)]),
    # 3GPP TS 27.007 §7.3 form without AcT (a GSM-only module), one network twice by RAT
    ('+COPS: (2,"T-Mobile D","TMO D","26201"),(1,"Vodafone.de","Vodafone","26202"),,'
     '(0,1,2,3,4),(0,1,2)\r\nOK',
     [NetworkEntry(2, "T-Mobile D", "TMO D", "26201"),
      NetworkEntry(1, "Vodafone.de", "Vodafone", "26202")]),
    # a scan that found nothing (no coverage)
    ("+COPS: ,,(0-4),(0-2)\r\nOK", []),
]


@pytest.mark.parametrize(("reply", "networks"), COPS_LISTS)
def test_cops_list_parses_real_replies(reply: str, networks: list[NetworkEntry]) -> None:
    assert parse_cops_list(reply) == NetworkList(tuple(networks))


def test_cops_list_decodes_ucs2_names_and_keeps_garbage_out() -> None:
    reply = '+COPS: (2,"4E2D56FD79FB52A8","4E2D56FD79FB52A8","46000",7),,(0-4),(0-2)'
    assert parse_cops_list(reply, "UCS2").networks[0].long_name == "中国移动"
    assert isinstance(parse_cops_list("+COPS: (2,broken"), Unparsed)
    assert isinstance(parse_cops_list("OK"), Unparsed)


# -- choosing the network -------------------------------------------------------------------

def test_scan_select_home_and_undo_back_to_automatic(modem, home: Path) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://roaming-not-allowed?latency=0")
    networks = operator.scan_networks(session)
    assert {n.numeric for n in networks} == {"46000", "45400"}
    assert operator.current_selection(session) == operator.Selection(0, None, 7)
    change = operator.select_network(session, "46000", 7)
    assert change.before is not None and change.before.automatic
    assert change.after == operator.Selection(1, "46000", 7)
    assert 'AT+COPS=1,2,"46000",7' in sent(session)
    saved = json.loads(next((home / "state" / "operator-undo").glob("*.json")).read_text())
    assert saved["before"]["mode"] == 0
    # The modem is left reporting operator names (what checks read), not numbers.
    assert sent(session)[-1] == "AT+COPS=3,0"
    restored = operator.undo(session)
    assert restored.after.automatic
    with pytest.raises(operator.OperatorError, match="no earlier network selection"):
        operator.undo(session)                      # undo is one step


def test_a_network_that_refuses_the_card_is_an_error_not_a_silent_change(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://registration-denied?latency=0")
    with pytest.raises(operator.OperatorError, match="could not register"):
        operator.select_network(session, "45400")
    assert operator.current_selection(session).automatic


@pytest.mark.parametrize("numeric", ["4600", "4600001", "46O00", '46000"', ""])
def test_only_network_codes_reach_the_modem(modem, numeric: str) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?latency=0")
    before = len(sent(session))
    with pytest.raises(ValidationError):
        operator.select_network(session, numeric)
    assert len(sent(session)) == before


# -- restart --------------------------------------------------------------------------------

def test_restart_switches_the_radio_off_and_on(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?latency=0")
    result = restart_radio(session)
    assert (result.before, result.after) == (1, 1)
    commands = sent(session)
    assert commands.index("AT+CFUN=4") < commands.index("AT+CFUN=1")
    assert "AT+CFUN=0" not in commands              # never minimum functionality


def test_restart_of_a_modem_whose_radio_is_off_just_switches_it_on(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://radio-off?latency=0")
    restart_radio(session)
    assert "AT+CFUN=4" not in sent(session) and read_cfun(session) == 1


def test_restart_brings_the_data_session_up_with_a_new_apn(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn?latency=0")
    set_apn(session, "cmnet")
    assert "1,1" not in session.command("AT+CGACT?").text   # not up yet: +CEER is old
    restart_radio(session)
    assert "+CGACT: 1,1" in session.command("AT+CGACT?").text


# -- APN login --------------------------------------------------------------------------------

def test_apn_with_chap_login_and_undo_clears_it(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://auth-failed?latency=0")
    assert read_auth(session, 1) == (AUTH_NONE, "")
    set_apn(session, "cmnet", user="user", password="s3cret", auth=AUTH_CHAP)
    assert read_auth(session, 1) == (AUTH_CHAP, "user")
    assert not any("s3cret" in entry.text for entry in session.transcript.entries())
    change = undo_apn(session)
    assert change.note is None                      # there was no login: cleared again
    assert read_auth(session, 1) == (AUTH_NONE, "")


def test_undo_says_when_an_old_password_cannot_come_back(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://auth-failed?latency=0")
    set_apn(session, "cmnet", user="old", password="old-secret", auth=AUTH_PAP)
    undo_apn(session)                                # (clears the undo state of that one)
    set_apn(session, "cmnet", user="old", password="old-secret", auth=AUTH_PAP)
    set_apn(session, "cmnet", auth=AUTH_NONE)
    change = undo_apn(session)
    assert change.note is not None and "password" in change.note


def test_unknown_auth_types_are_refused(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?latency=0")
    with pytest.raises(ApnError):
        set_apn(session, "cmnet", auth=7)
