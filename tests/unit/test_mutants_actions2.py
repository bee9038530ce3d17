"""Tests written against mutants that survived scripts/mutation.sh in simtool/actions/
(docs/mutation.md), continued from test_mutants_actions.py: the APN's write, login and undo
(3GPP TS 27.007 §10.1.1 +CGDCONT, §10.1.31 +CGAUTH)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from simtool.actions.apn import (
    AUTH_CHAP,
    AUTH_NONE,
    ApnChange,
    ApnError,
    internet_apn,
    providers_for_sim,
    set_apn,
    undo,
)
from simtool.actions.undo_state import modem_key, undo_path
from simtool.at.parsers.packet import PdpDefinition
from simtool.at.session import AtSession
from simtool.errors import ValidationError
from simtool.providers.database import Apn, Provider


def sent(session: AtSession) -> list[str]:
    return [e.text.strip() for e in session.transcript.entries() if e.dir == "tx"]


@pytest.fixture
def apn_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))      # the undo files go here
    return tmp_path


# -- APN: a write with its login and its undo, in full ----------------------------------------

INTERNET = PdpDefinition(1, "IP", "internet")          # what sim://wrong-apn has on cid 1
CMNET = PdpDefinition(1, "IP", "cmnet")


def _apn_undo(session: AtSession) -> object:
    return json.loads(undo_path("apn-undo", modem_key(session)).read_text("utf-8"))


def test_an_apn_with_a_chap_login_and_its_undo(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    change = set_apn(session, "cmnet", user="u", password="p", auth=AUTH_CHAP)
    assert change == ApnChange(1, INTERNET, CMNET, credentials=True)
    # The transcript masks the login; the modem has it (no password is ever read back).
    assert sent(session) == ["AT+CGDCONT?", "AT+CGAUTH?", "AT+CGSN", 'AT+CGDCONT=1,"IP","cmnet"',
                             'AT+CGAUTH=*,*,"u","*"', "AT+CGDCONT?"]
    assert session.command("AT+CGAUTH?").text.startswith('+CGAUTH: 1,2,"u"')
    assert _apn_undo(session) == {"cid": 1, "old": {"cid": 1, "pdp_type": "IP", "apn": "internet"},
                                  "auth_changed": True, "old_auth": [0, ""]}
    start = len(sent(session))
    assert undo(session) == ApnChange(1, CMNET, INTERNET)
    assert sent(session)[start:] == ["AT+CGSN", "AT+CGDCONT?", 'AT+CGDCONT=1,"IP","internet"',
                                     "AT+CGAUTH=1,0", "AT+CGDCONT?"]
    assert session.command("AT+CGAUTH?").text.startswith("+CGAUTH: 1,0")


def test_a_login_cleared_with_auth_none(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    set_apn(session, "cmnet", user="u", password="p")               # PAP by default
    assert session.command("AT+CGAUTH?").text.startswith('+CGAUTH: 1,1,"u"')
    change = set_apn(session, "cmnet", auth=AUTH_NONE)
    assert change == ApnChange(1, CMNET, CMNET, credentials=True)
    assert sent(session)[-2:] == ["AT+CGAUTH=1,0", "AT+CGDCONT?"]
    assert session.command("AT+CGAUTH?").text.startswith("+CGAUTH: 1,0")


def test_undo_of_a_login_that_cannot_be_given_back_says_so(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    set_apn(session, "cmnet", user="u", password="p")
    set_apn(session, "cmiot", user="v", password="q", auth=AUTH_CHAP)
    assert _apn_undo(session)["old_auth"] == [1, "u"]                # type: ignore[index]
    change = undo(session)
    assert (change.old, change.new) == (PdpDefinition(1, "IP", "cmiot"), CMNET)
    assert change.note is not None and "password" in change.note    # it cannot be restored
    assert "AT+CGAUTH=1,0" not in sent(session)


def test_a_plain_write_asks_nothing_about_the_login(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    assert set_apn(session, "cmnet") == ApnChange(1, INTERNET, CMNET)
    assert sent(session) == ["AT+CGDCONT?", "AT+CGSN", 'AT+CGDCONT=1,"IP","cmnet"',
                             "AT+CGDCONT?"]
    assert _apn_undo(session) == {"cid": 1, "old": {"cid": 1, "pdp_type": "IP", "apn": "internet"},
                                  "auth_changed": False, "old_auth": None}


def test_undo_of_a_new_context_undefines_it(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    set_apn(session, "cmnet", cid=3)
    start = len(sent(session))
    assert undo(session) == ApnChange(3, PdpDefinition(3, "IP", "cmnet"),
                                      PdpDefinition(3, None, ""))
    assert sent(session)[start:] == ["AT+CGSN", "AT+CGDCONT?", "AT+CGDCONT=3", "AT+CGDCONT?"]
    assert "+CGDCONT: 3," not in session.command("AT+CGDCONT?").text


def _edit_undo_file(session: AtSession, content: object) -> Path:
    path = undo_path("apn-undo", modem_key(session))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_an_undo_file_without_a_pdp_type_restores_ip(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    _edit_undo_file(session, {"cid": 1, "old": {"cid": 1, "pdp_type": None, "apn": "cmnet"}})
    assert undo(session).new == CMNET
    assert 'AT+CGDCONT=1,"IP","cmnet"' in sent(session)


@pytest.mark.parametrize(("old", "reason"), [
    ({"cid": 1, "pdp_type": "IP", "apn": "cmnet", "extra": 1}, "(unexpected fields)"),
    ({"cid": 1, "pdp_type": "IP"}, "'apn'"),                     # the KeyError's key
    ({"cid": 1, "pdp_type": "IP", "apn": 5}, "(unexpected fields)"),     # not text
    ({"cid": 1, "pdp_type": 5, "apn": "cmnet"}, "(unexpected fields)"),
])
def test_a_damaged_undo_file_is_named_with_its_fault(modem, apn_home, old: object,  # type: ignore[no-untyped-def]
                                                     reason: str) -> None:
    session = modem("sim://wrong-apn")
    path = _edit_undo_file(session, {"cid": 1, "old": old})
    with pytest.raises(ApnError) as error:
        undo(session)
    assert str(path) in str(error.value) and reason in str(error.value)
    assert not any(c.startswith("AT+CGDCONT=") for c in sent(session))


def test_an_invalid_apn_in_the_undo_file_is_not_sent(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    _edit_undo_file(session, {"cid": 1, "old": {"cid": 1, "pdp_type": "IP", "apn": "a;b"}})
    with pytest.raises(ApnError, match="The APN contains characters"):
        undo(session)
    assert not any(c.startswith("AT+CGDCONT=") for c in sent(session))


def test_bad_login_input_is_refused_naming_the_field(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    with pytest.raises(ValidationError, match="The user name contains"):
        set_apn(session, "cmnet", user='u"')
    with pytest.raises(ValidationError, match="The password contains"):
        set_apn(session, "cmnet", password="p\r")
    with pytest.raises(ApnError, match=r"\b5\b"):
        set_apn(session, "cmnet", auth=5)
    assert sent(session) == []


def test_an_undo_file_that_is_not_json_is_named_with_its_fault(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    path = undo_path("apn-undo", modem_key(session))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ApnError) as error:
        undo(session)
    assert str(path) in str(error.value)
    assert "Expecting property name" in str(error.value)       # json's own reason
    assert "None" not in str(error.value)


def test_undo_when_the_context_is_already_as_saved_sends_nothing(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    set_apn(session, "cmnet")
    assert session.command('AT+CGDCONT=1,"IP","internet"').ok     # put back by hand
    start = len(sent(session))
    assert undo(session) == ApnChange(1, INTERNET, INTERNET, sent=False)
    assert sent(session)[start:] == ["AT+CGSN", "AT+CGDCONT?"]
    assert not undo_path("apn-undo", modem_key(session)).exists()


def test_undo_of_a_new_context_deleted_meanwhile_sends_nothing(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    set_apn(session, "cmnet", cid=3)
    assert session.command("AT+CGDCONT=3").ok                    # undefined by hand
    assert undo(session) == ApnChange(3, None, PdpDefinition(3, None, ""), sent=False)


def test_a_refused_restore_names_the_modems_error(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn?refuse=CGDCONT=")
    _edit_undo_file(session, {"cid": 1, "old": {"cid": 1, "pdp_type": "IP", "apn": "cmnet"}})
    with pytest.raises(ApnError, match="restore the APN: ERROR"):
        undo(session)
    _edit_undo_file(session, {"cid": 1, "old": None})           # cid 1 was undefined before
    with pytest.raises(ApnError, match="restore the APN: ERROR"):
        undo(session)
    assert sent(session)[-1] == "AT+CGDCONT=1"


def test_a_refused_apn_write_names_the_modems_error(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn?refuse=CGDCONT=")
    with pytest.raises(ApnError, match="refused the APN: ERROR"):
        set_apn(session, "cmnet")


def test_no_imsi_no_providers(modem) -> None:  # type: ignore[no-untyped-def]
    assert providers_for_sim(modem("sim://healthy?refuse=CIMI")) == (None, [])
    assert providers_for_sim(modem("sim://healthy"))[0] == "460001357924680"


def test_a_provider_without_an_internet_apn() -> None:
    mms_only = Provider("Example", "de", apns=[Apn("mms.example", usage="mms", usages=("mms",))])
    assert internet_apn(mms_only) is None
    assert internet_apn(Provider("Example", "de", apns=[Apn("web.example")])) == "web.example"


# A modem that restarts in the middle of a +CGDCONT= write gives no final result code; the
# context is read back, and the write counts as done when the modem has what was wanted.
# sim://reboot?after=N restarts the simulated modem at its N-th command line, before it
# applies that line; the APN is kept over the restart (non-volatile, as on real modems).


def test_a_write_cut_by_a_restart_that_left_the_wanted_apn_counts_as_done(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://reboot?after=4")
    # 1 +CGDCONT?, 2 +CGAUTH?, 3 +CGSN, 4 the write of the APN the modem has already (sent
    # for the login): cut by the restart, and the modem has "cmnet" as wanted.
    assert set_apn(session, "cmnet", auth=AUTH_NONE) == ApnChange(1, CMNET, CMNET,
                                                                  credentials=True)


def test_a_write_cut_by_a_restart_that_left_another_apn_says_which(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://reboot?after=3")
    with pytest.raises(ApnError) as error:
        set_apn(session, "cmiot")                 # 1 +CGDCONT?, 2 +CGSN, 3 the write
    assert "'cmnet'" in str(error.value) and re.search(r"\b1\b", str(error.value))


def test_an_undo_cut_by_a_restart_that_left_the_saved_apn_counts_as_done(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://reboot?after=9")
    set_apn(session, "cmnet", auth=AUTH_NONE)                    # commands 1 to 6
    # 7 +CGSN, 8 +CGDCONT?, 9 the write back, cut: the modem has "cmnet", as saved.
    assert undo(session) == ApnChange(1, CMNET, CMNET)
    assert sent(session)[-2:] == ["AT+CGAUTH=1,0", "AT+CGDCONT?"]


def test_a_write_cut_by_a_restart_is_checked_for_the_pdp_type_too(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://reboot?after=3")
    with pytest.raises(ApnError, match="'cmnet'"):    # still IP "cmnet", IPV4V6 was wanted
        set_apn(session, "cmnet", pdp_type="IPV4V6")


def test_an_undefine_cut_by_a_restart_says_the_context_is_still_there(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://reboot?after=7")
    set_apn(session, "cmiot", cid=3)                             # commands 1 to 4
    # 5 +CGSN, 6 +CGDCONT?, 7 AT+CGDCONT=3 (undefine), cut: context 3 is still defined.
    with pytest.raises(ApnError) as error:
        undo(session)
    assert "'cmiot'" in str(error.value) and re.search(r"\b3\b", str(error.value))
