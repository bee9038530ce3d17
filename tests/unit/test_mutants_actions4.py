"""Tests written against mutants that survived scripts/mutation.sh in simtool/actions/apn.py,
sms.py, ussd.py and account.py (docs/mutation.md): the cases their other tests did not reach.

- the SMS query's reading of what +CMTI announces (TS 27.005 §3.4.1 +CMTI, §3.4.3 +CMGR in
  PDU mode, §3.5.4 +CMGD, §3.2.2 +CPMS), on a scripted modem that answers in those shapes;
- a modem that restarts under a command (its boot URC "RDY" instead of a result code);
- the APN write's read-back and the undo file a refused write leaves (TS 27.007 §10.1.1);
- the USSD answers the simulated network never gives (TS 27.007 §7.15: status 2, a menu
  without text, no answer at all).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_at_reader import ScriptedPort

from simtool.actions.account import iot_sms_warning
from simtool.actions.apn import AUTH_NONE, ApnChange, ApnError, set_apn, undo
from simtool.actions.sms import SmsError, ask_by_sms
from simtool.actions.undo_state import modem_key, undo_path
from simtool.actions.ussd import UssdError, UssdResult, run_ussd
from simtool.at import pdu
from simtool.at.parsers.packet import PdpDefinition
from simtool.at.session import AtSession
from simtool.providers.database import Provider

QUERY_PDU = "00010005810180F6000004436CB608\x1a"     # "CXYE" to 10086, as TS 23.040 SMS-SUBMIT
SENT_AT = "2026-11-25T10:00:05+08:00"


def sent(session: AtSession) -> list[str]:
    return [e.text.strip() for e in session.transcript.entries() if e.dir == "tx"]


def cmgr_replies(sender: str, text: str) -> list[str]:
    """+CMGR replies in PDU mode (TS 27.005 §3.4.3: +CMGR: <stat>,[<alpha>],<length>, then
    the PDU) for each part of `text` from `sender`, unread."""
    replies = []
    for hexpdu in pdu.deliver(sender, text, SENT_AT, reference=7):
        tpdu_octets = len(hexpdu) // 2 - (int(hexpdu[:2], 16) + 1)
        replies.append(f"+CMGR: 0,,{tpdu_octets}\n{hexpdu}\n\nOK")
    return replies


def sms_modem(indications: list[str], reads: dict[str, str],
              own_stores: str = '"SM",2,20,"SM",2,20,"SM",2,20') -> AtSession:
    """A modem in PDU mode with indications on (+CNMI: 2,1), reading `own_stores`; the
    query is taken (+CMGS: 7) and `indications` follow its OK; `reads` answers the rest."""
    port = ScriptedPort({
        "AT+CMGF?": "+CMGF: 0\n\nOK", "AT+CNMI?": "+CNMI: 2,1,0,0,0\n\nOK",
        "AT+CPMS?": f"+CPMS: {own_stores}\n\nOK", "AT+CMGS=14": "> ",
        QUERY_PDU: "+CMGS: 7\n\nOK\n\n" + "\n".join(indications), **reads})
    return AtSession(port, default_timeout=5.0)   # type: ignore[arg-type]


BALANCE = "Balance 12.30 CNY"
# Long enough for two concatenated parts (TS 23.040 §9.2.3.24.1).
LONG_BALANCE = ("尊敬的客户，您的账户余额为23.45元，本月套餐内国内通用流量剩余3.52GB（共10.00GB），"
                "套餐有效期至2026年12月31日。【中国移动】")


# -- SMS: what +CMTI announces ---------------------------------------------------------------

def test_an_empty_slot_and_a_repeated_indication_are_passed_over() -> None:
    # Slot 5 was freed before it was read (OK with no message, TS 27.005 §3.4.3); slot 4
    # holds another sender's message, announced twice; slot 3 is the answer.
    session = sms_modem(['+CMTI: "SM",5', '+CMTI: "SM",4', '+CMTI: "SM",4', '+CMTI: "SM",3'],
                        {"AT+CMGR=5": "OK",
                         "AT+CMGR=4": cmgr_replies("10010", "Welcome")[0],
                         "AT+CMGR=3": cmgr_replies("10086", BALANCE)[0]})
    answer = ask_by_sms(session, "10086", "CXYE", timeout=2.0)
    assert answer.message is not None
    assert (answer.message.indexes, answer.message.sender, answer.message.text,
            answer.message.complete) == ((3,), "10086", BALANCE, True)
    # The other sender's message is kept with its own slot, read once.
    assert [(o.store_index, o.sender, o.text) for o in answer.others] == [(4, "10010", "Welcome")]
    assert sent(session)[5:] == ["AT+CMGR=5", "AT+CMGR=4", "AT+CMGR=3"]


def test_a_part_still_missing_at_the_deadline_shows_the_part_that_came() -> None:
    first, _second = cmgr_replies("10086", LONG_BALANCE)
    session = sms_modem(['+CMTI: "SM",3'], {"AT+CMGR=3": first})
    answer = ask_by_sms(session, "10086", "CXYE", timeout=0.3)
    assert answer.message is not None
    assert (answer.message.indexes, answer.message.complete) == ((3,), False)
    assert LONG_BALANCE.startswith(answer.message.text) and answer.message.text


def test_a_store_read_answered_with_a_bare_ok_leaves_the_stores_alone() -> None:
    # Some firmware answers AT+CPMS? with OK and no +CPMS line: no store is known, none is
    # switched to, and the answer is read where the modem reads.
    session = sms_modem(['+CMTI: "SM",3'], {"AT+CPMS?": "OK",
                                            "AT+CMGR=3": cmgr_replies("10086", BALANCE)[0]})
    answer = ask_by_sms(session, "10086", "CXYE", timeout=2.0)
    assert answer.message is not None and answer.message.text == BALANCE
    assert not any(command.startswith("AT+CPMS=") for command in sent(session))


def test_the_parts_of_an_answer_in_two_stores_are_each_deleted_in_their_store() -> None:
    # Part 1 went to the modem's memory, part 2 to the SIM, which the modem reads.
    first, second = cmgr_replies("10086", LONG_BALANCE)
    session = sms_modem(['+CMTI: "ME",1', '+CMTI: "SM",5'],
                        {'AT+CPMS="ME"': "+CPMS: 1,20,2,20,2,20\n\nOK",
                         'AT+CPMS="SM"': "+CPMS: 2,20,2,20,2,20\n\nOK",
                         "AT+CMGR=1": first, "AT+CMGR=5": second,
                         "AT+CMGD=1": "OK", "AT+CMGD=5": "OK"})
    answer = ask_by_sms(session, "10086", "CXYE", delete_reply=True, timeout=2.0)
    assert answer.message is not None
    assert (answer.message.indexes, answer.message.text, answer.deleted) == (
        (1, 5), LONG_BALANCE, True)
    assert sent(session)[5:] == ['AT+CPMS="ME"', "AT+CMGR=1", 'AT+CPMS="SM"', "AT+CMGR=5",
                                 'AT+CPMS="ME"', "AT+CMGD=1", 'AT+CPMS="SM"', "AT+CMGD=5"]


def test_a_modem_that_restarts_under_the_send_gets_esc_and_the_error_names_the_restart(
        modem) -> None:  # type: ignore[no-untyped-def]
    # sim://reboot resets on the 4th command, AT+CMGS: no prompt, no result, only "RDY". A
    # prompt may still come, so ESC (TS 27.005 §3.5.1) keeps the PDU from being sent later.
    session = modem("sim://reboot?after=4&sms=0")
    with pytest.raises(SmsError) as raised:
        ask_by_sms(session, "10086", "CXYE", timeout=1.0)
    assert str(raised.value) == "The modem did not accept the SMS for sending: RDY"
    assert sent(session) == ["AT+CMGF?", "AT+CNMI?", "AT+CPMS?", "AT+CMGS=14", "\x1b"]


def test_a_refused_pdu_mode_is_not_put_back(modem) -> None:  # type: ignore[no-untyped-def]
    # AT+CMGF=0 refused: the modem stayed in text mode, so there is nothing to put back
    # (before, AT+CMGF=1 went out and was refused as well).
    session = modem("sim://healthy?sms=0&refuse=CMGF=")
    session.port._link.modem.cmgf = 1      # the simulated modem is in text mode
    with pytest.raises(SmsError):
        ask_by_sms(session, "10086", "CXYE", timeout=5.0)
    assert sent(session) == ["AT+CMGF?", "AT+CNMI?", "AT+CMGF=0"]


# -- APN: a restart under the write, the read-back, the undo file ----------------------------

@pytest.fixture
def apn_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))      # the undo files go here
    return tmp_path


def test_a_write_lost_in_a_restart_says_the_context_is_still_undefined(
        modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    # sim://reboot resets on the 3rd command, the write: it never took.
    session = modem("sim://reboot")
    with pytest.raises(ApnError) as raised:
        set_apn(session, "cmiot", cid=2)
    assert str(raised.value) == ("The modem did not confirm the change (the modem restarted "
                                 "(RDY)); context 2 now has APN (none: not defined).")
    assert sent(session) == ["AT+CGDCONT?", "AT+CGSN", 'AT+CGDCONT=2,"IP","cmiot"',
                             "AT+CGDCONT?"]


def test_a_write_lost_in_a_restart_but_already_as_wanted_goes_on(
        modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    # Context 1 is already IPV6 "cmnet"; the login is cleared, so the same write is sent and
    # lost in the restart (5th command): the context is as wanted, the login goes out.
    session = modem("sim://reboot?after=5")
    session.command('AT+CGDCONT=1,"IPV6","cmnet"')
    ipv6 = PdpDefinition(1, "IPV6", "cmnet")
    assert set_apn(session, "cmnet", pdp_type="IPV6", auth=AUTH_NONE) == ApnChange(
        1, ipv6, ipv6, credentials=True)
    assert sent(session)[4:] == ['AT+CGDCONT=1,"IPV6","cmnet"', "AT+CGDCONT?",
                                 "AT+CGAUTH=1,0", "AT+CGDCONT?"]


def test_undo_to_a_definition_without_a_pdp_type_counts_it_as_ip(
        modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    # An undo file whose old context had no PDP type (a modem that lists it empty): "IP" is
    # written; lost in the restart, the context read back (IP "cmnet") is as wanted.
    session = modem("sim://reboot?after=4")
    path = undo_path("apn-undo", modem_key(session))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"cid": 1, "old": {"cid": 1, "pdp_type": None, "apn": "cmnet"},
                                "auth_changed": False, "old_auth": None}), "utf-8")
    change = undo(session)
    assert change == ApnChange(1, PdpDefinition(1, "IP", "cmnet"), PdpDefinition(1, "IP", "cmnet"))
    assert sent(session)[1:] == ["AT+CGSN", "AT+CGDCONT?", 'AT+CGDCONT=1,"IP","cmnet"',
                                 "AT+CGDCONT?", "AT+CGDCONT?"]
    assert not path.exists()                                # the undo is used up


def test_a_refused_write_keeps_the_undo_of_the_last_real_change(
        modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?refuse=CGDCONT=")
    path = undo_path("apn-undo", modem_key(session))
    path.parent.mkdir(parents=True, exist_ok=True)
    earlier = json.dumps({"cid": 1, "old": {"cid": 1, "pdp_type": "IP", "apn": "internet"},
                          "auth_changed": False, "old_auth": None}, indent=2)
    path.write_text(earlier, "utf-8")
    with pytest.raises(ApnError, match="The modem refused the APN: ERROR"):
        set_apn(session, "cmiot")
    assert path.read_text("utf-8") == earlier


def test_a_write_the_modem_does_not_list_is_taken_as_sent() -> None:
    # A modem with no context defined answers +CGDCONT? with OK alone (TS 27.007 §10.1.1)
    # and, here, does not list the context it took either: the change is what was sent.
    port = ScriptedPort({"AT+CGDCONT?": "OK", "AT+CGSN": "869710030002905\n\nOK",
                         'AT+CGDCONT=1,"IP","cmnet"': "OK"})
    session = AtSession(port, default_timeout=5.0)   # type: ignore[arg-type]
    assert set_apn(session, "cmnet") == ApnChange(1, None, PdpDefinition(1, "IP", "cmnet"))
    assert port.sent == ["AT+CGDCONT?", "AT+CGSN", 'AT+CGDCONT=1,"IP","cmnet"', "AT+CGDCONT?"]


def test_a_listed_context_without_a_pdp_type_counts_as_ip_when_the_write_is_not_confirmed(
        apn_home) -> None:  # type: ignore[no-untyped-def]
    # The context is listed with an empty PDP type; the write's answer is lost in a restart
    # ("RDY"); read back, the empty type counts as "IP": the change is as wanted.
    listed = PdpDefinition(1, None, "cmnet")
    port = ScriptedPort({"AT+CGDCONT?": '+CGDCONT: 1,"","cmnet","0.0.0.0",0,0\n\nOK',
                         "AT+CGSN": "869710030002905\n\nOK", 'AT+CGDCONT=1,"IP","cmnet"': "RDY"})
    session = AtSession(port, default_timeout=5.0)   # type: ignore[arg-type]
    assert set_apn(session, "cmnet") == ApnChange(1, listed, listed)
    assert port.sent == ["AT+CGDCONT?", "AT+CGSN", 'AT+CGDCONT=1,"IP","cmnet"', "AT+CGDCONT?",
                         "AT+CGDCONT?"]


# -- USSD: the answers the simulated network never gives --------------------------------------

def ussd_modem(reply: str) -> ScriptedPort:
    """A modem in the GSM character set whose +CUSD request for *100# gets `reply`."""
    return ScriptedPort({'AT+CSCS?': '+CSCS: "GSM"\n\nOK', 'AT+CUSD=1,"*100#",15': reply,
                         "AT+CUSD=2": "OK"})


def test_a_session_the_network_ends_counts_as_finished() -> None:
    # TS 27.007 §7.15 <m> 2: USSD terminated by network; the answer right after the OK.
    port = ussd_modem('OK\n\n+CUSD: 2,"Your balance is 5.00 EUR",15')
    assert run_ussd(AtSession(port), "*100#") == UssdResult(  # type: ignore[arg-type]
        ["Your balance is 5.00 EUR"], status=2, finished=True)


def test_a_menu_without_text_is_handed_over_as_empty() -> None:
    # <m> 1 (further user action required) with no <str>: the callback gets "", not a
    # made-up text, and its None cancels the session.
    port = ussd_modem("OK\n\n+CUSD: 1")
    shown: list[str] = []

    def answer(message: str) -> str | None:
        shown.append(message)
        return None

    assert run_ussd(AtSession(port), "*100#", answer=answer) == UssdResult(  # type: ignore[arg-type]
        [], status=1, finished=True)
    assert shown == [""]
    assert port.sent[-1] == "AT+CUSD=2"


def test_a_request_the_network_never_answers_is_cancelled() -> None:
    port = ussd_modem("OK")
    with pytest.raises(UssdError, match="did not answer the USSD request"):
        run_ussd(AtSession(port), "*100#", timeout=0.3)  # type: ignore[arg-type]
    assert port.sent == ["AT+CSCS?", 'AT+CUSD=1,"*100#",15', "AT+CUSD=2"]


# -- account: an IoT card of an operator with no service details ------------------------------

def test_an_iot_card_without_operator_details_gets_the_warning_without_a_platform(
        english) -> None:  # type: ignore[no-untyped-def]
    unknown_iot = Provider("Example IoT", "cn", iot_range=True)     # no overlay operator
    assert iot_sms_warning([unknown_iot]) == (
        "This SIM looks like an IoT card (物联网卡). IoT cards are often not allowed to send "
        "SMS, or only to the numbers their platform allows, so the operator's balance SMS "
        "will most likely fail (and may still be charged). Check the balance, data and "
        "validity on the card's IoT platform or ask the vendor who sold the card.")
