"""Tests written against mutants that survived scripts/mutation.sh in simtool/actions/
(docs/mutation.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from simtool.actions import connect_test, operator, validate
from simtool.actions.account import (
    ask_balance,
    ask_balance_by_sms,
    balance_step,
    sms_result,
    top_up,
)
from simtool.actions.apn import (
    ApnChange,
    set_apn,
)
from simtool.actions.connect_test import (
    ConnectResult,
    bring_up,
    connection_test,
    record_connection_test,
    record_refusal,
)
from simtool.actions.data_test import _mark_active
from simtool.actions.notices import read_unread_step
from simtool.actions.operator import Selection, SelectionChange
from simtool.actions.radio import read_cfun, restart_radio, set_radio
from simtool.actions.sms import SmsAnswer, SmsError, _same_number, ask_by_sms
from simtool.actions.undo_state import modem_key, undo_path
from simtool.actions.unlock import (
    AlreadyUnlocked,
    LockStatus,
    NeedsConsent,
    UnlockRefused,
    UnlockResult,
    enter_pin,
    enter_puk,
    identify_vendor,
)
from simtool.actions.ussd import UssdError, UssdResult, _parse, run_ussd
from simtool.at.parsers.packet import PdpDefinition
from simtool.at.parsers.sms import Message
from simtool.at.parsers.ussd import Cusd
from simtool.at.session import AtSession, Cancelled
from simtool.errors import ValidationError
from simtool.facts import AccountResult, Facts, LastError, PdpContext
from simtool.providers.database import SmsQuery
from simtool.transport.port import open_port
from tests.unit.test_actions_sms import CancelOn


def sent(session: AtSession) -> list[str]:
    return [e.text.strip() for e in session.transcript.entries() if e.dir == "tx"]


def test_radio_on_from_minimum_functionality(modem) -> None:  # type: ignore[no-untyped-def]
    # 3GPP TS 27.007 §8.2: +CFUN=0 minimum, 1 full, 4 RF off (airplane mode).
    session = modem("sim://healthy")
    assert session.command("AT+CFUN=0").ok
    result = set_radio(session, True)
    assert (result.before, result.after, result.changed) == (0, 1, True)
    assert sent(session)[-2:] == ["AT+CFUN=1", "AT+CFUN?"]


def test_restart_switches_off_then_on(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    result = restart_radio(session)
    assert (result.before, result.after, result.changed) == (1, 1, True)
    commands = sent(session)
    assert commands.index("AT+CFUN=4") < commands.index("AT+CFUN=1")
    assert read_cfun(session) == 1


def test_restart_from_airplane_mode_only_switches_on(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://radio-off")
    result = restart_radio(session)
    assert (result.before, result.after, result.changed) == (4, 1, True)
    assert "AT+CFUN=4" not in sent(session)


# -- unlock (3GPP TS 27.007 §8.3 +CPIN; the guard of simtool.actions.unlock) ---------------


def test_the_maker_named_by_cgmi_needs_no_model_query(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://pin-locked?vendor=quectel")
    assert identify_vendor(session).name == "quectel"
    assert sent(session) == ["AT+CGMI"]
    generic = modem("sim://pin-locked")
    assert identify_vendor(generic).name == "generic"
    assert sent(generic) == ["AT+CGMI", "AT+CGMM"]


def test_the_last_pin_attempt_needs_consent_and_says_the_puk_follows(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://pin-locked")
    for wrong in ("1111", "2222"):
        result = enter_pin(session, wrong)
        assert result.before is not None and result.before.state == "pin-required"
    with pytest.raises(NeedsConsent, match="Only 1 PIN attempt is left.*and need the PUK"):
        enter_pin(session, "1234")


def test_the_last_puk_attempt_needs_consent_by_default(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://puk-locked")
    session.command("AT+CMEE=1")
    for _ in range(9):
        result = enter_puk(session, "87654321", "4321")
        assert not result.accepted
        assert result.before is not None and result.before.state == "puk-required"
        # 3GPP TS 27.007 §9.2.1: +CME ERROR: 16 incorrect password.
        assert result.error is not None and "incorrect password" in result.error
    with pytest.raises(NeedsConsent, match="Only 1 PUK attempt is left.*for good"):
        enter_puk(session, "12345678", "4321")
    unlocked = enter_puk(session, "12345678", "4321", accept_last_attempt=True)
    assert unlocked.accepted and unlocked.error is None
    assert unlocked.after.state == "ready"


# -- APN (3GPP TS 27.007 §10.1.1 +CGDCONT, §10.1.31 +CGAUTH) -----------------------------


@pytest.fixture
def apn_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SIMTOOL_HOME", str(tmp_path))      # the undo files go here
    return tmp_path


def test_the_same_apn_again_is_not_sent(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    first = set_apn(session, "cmnet")
    assert first == ApnChange(1, PdpDefinition(1, "IP", "internet"),
                              PdpDefinition(1, "IP", "cmnet"), sent=True, credentials=False)
    again = set_apn(session, "cmnet")
    same = PdpDefinition(1, "IP", "cmnet")
    assert again == ApnChange(1, same, same, sent=False)


def test_a_new_context_is_read_back_by_its_cid(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    change = set_apn(session, "cmnet", cid=3)
    assert change == ApnChange(3, None, PdpDefinition(3, "IP", "cmnet"))
    assert sent(session).count('AT+CGDCONT=3,"IP","cmnet"') == 1


def test_the_pdp_type_of_the_context_is_kept(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    set_apn(session, "cmnet", pdp_type="IPV4V6")
    change = set_apn(session, "cmiot")
    assert change.new == PdpDefinition(1, "IPV4V6", "cmiot")
    assert 'AT+CGDCONT=1,"IPV4V6","cmiot"' in sent(session)


def test_a_user_name_alone_or_a_password_alone_goes_with_pap(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    only_user = set_apn(session, "cmnet", user="card")
    assert only_user.credentials
    # PAP is 1; the missing password is sent empty (the transcript masks a password).
    assert 'AT+CGAUTH=*,*,"card",""' in sent(session)
    assert session.command("AT+CGAUTH?").text.startswith('+CGAUTH: 1,1,"card",""')
    only_password = set_apn(session, "cmnet", password="pw")
    assert only_password == ApnChange(1, PdpDefinition(1, "IP", "cmnet"),
                                      PdpDefinition(1, "IP", "cmnet"), credentials=True)
    assert session.command("AT+CGAUTH?").text.startswith('+CGAUTH: 1,1,"",""')


# -- account (3GPP TS 22.090 USSD; the operator's balance SMS) -----------------------------


def test_a_user_template_shows_the_voucher_as_stars(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    result = top_up(session, "123456789012", "*101*CODE#")
    assert result.ok
    assert result.code_used == "*101*" + "*" * 12 + "#"


def test_an_sms_answer_becomes_an_account_result():
    shown = 'SMS "YE" to 10086'
    assert sms_result("10086", "YE", None, ok=True) == AccountResult(
        ok=False, text="", code_used=shown, method="sms")
    assert sms_result("10086", "YE", "busy", ok=False) == AccountResult(
        ok=False, text="busy", code_used=shown, method="sms")
    answered = sms_result("10086", "YE", "Balance 23.45 yuan", ok=True)
    assert (answered.ok, answered.text, answered.code_used, answered.method) == (
        True, "Balance 23.45 yuan", shown, "sms")


# -- validation of what goes to the modem (simtool.actions.validate) ------------------------


def test_length_limits_at_their_edges():
    # TS 23.003 §9.1: an APN is at most 100 octets; APN credentials at most 64 here.
    assert validate.apn("a" * 100) == "a" * 100
    with pytest.raises(ValidationError, match="at most 100 characters"):
        validate.apn("a" * 101)
    assert validate.credential("u" * 64, "The user name") == "u" * 64
    with pytest.raises(ValidationError, match="The user name is at most 64 characters"):
        validate.credential("u" * 65, "The user name")


def test_refusals_say_what_is_wrong():
    with pytest.raises(ValidationError, match="A PIN is 4 to 8 digits"):
        validate.pin("12")
    with pytest.raises(ValidationError, match="A PUK is exactly 8 digits"):
        validate.puk("1234")
    with pytest.raises(ValidationError, match="A voucher code is 6 to 30 digits"):
        validate.voucher("12")
    with pytest.raises(ValidationError, match="letters, digits, '-' and dots"):
        validate.apn("-bad")
    with pytest.raises(ValidationError, match="The APN contains characters"):
        validate.apn("a;b")
    with pytest.raises(ValidationError, match="The PDP type contains characters"):
        validate.pdp_type("IP\r")
    with pytest.raises(ValidationError, match="The password contains characters"):
        validate.credential('p"w', "The password")


# -- SMS to the operator (3GPP TS 27.005: +CMGF §3.2.3, +CPMS §3.2.2, +CNMI §3.4.1,
#    +CMGS §3.5.1 PDU mode, +CMGR §3.4.3, +CMGD §3.5.4) --------------------------------------

QUERY_PDU = "00010005810180F6000004436CB608\x1a"     # "CXYE" to 10086, as TS 23.040 SMS-SUBMIT
BALANCE_SMS = ("尊敬的客户，截至11月25日10时，您的账户余额为23.45元，本月套餐内国内通用流量剩余"
               "3.52GB（共10.00GB），套餐有效期至2026年12月31日。为免影响使用，请及时充值。"
               "【中国移动】")


def _answer(indexes: tuple[int, ...], *, deleted: bool = False) -> SmsAnswer:
    return SmsAnswer(1, Message(indexes, "REC UNREAD", "10086", "2026-11-25T10:00:05+08:00",
                                BALANCE_SMS, complete=True), deleted=deleted)


def test_a_modem_set_up_for_pdu_and_indications_gets_no_setting_changed(modem) -> None:  # type: ignore[no-untyped-def]
    # The simulated modem starts in PDU mode (+CMGF: 0) with +CNMI: 2,1 (indications on),
    # reading from "SM", where two older messages are stored: the answer is slots 3 and 4.
    session = modem("sim://healthy?sms=0")
    answer = ask_by_sms(session, "10086", "CXYE", delete_reply=True, timeout=5.0)
    assert answer == _answer((3, 4), deleted=True)
    assert sent(session) == ["AT+CMGF?", "AT+CNMI?", "AT+CPMS?", "AT+CMGS=14", QUERY_PDU,
                             "AT+CMGR=3", "AT+CMGR=4", "AT+CMGD=3", "AT+CMGD=4"]


@pytest.mark.parametrize("cnmi", ["1,2,0,0,0", "2,1,0,0,0"])
def test_indications_already_on_are_left_alone(modem, cnmi: str) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?sms=0")
    session.command(f"AT+CNMI={cnmi}")
    assert ask_by_sms(session, "10086", "CXYE", timeout=5.0) == _answer((3, 4))
    assert not any(c.startswith("AT+CNMI=") for c in sent(session)[1:])


def test_text_mode_and_no_indications_are_changed_for_the_wait_and_put_back(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?sms=0")
    session.command("AT+CMGF=1")
    session.command("AT+CNMI=0,0,0,0,0")
    assert ask_by_sms(session, "10086", "CXYE", timeout=5.0) == _answer((3, 4))
    assert sent(session)[2:] == [
        "AT+CMGF?", "AT+CNMI?", "AT+CMGF=0", "AT+CNMI=2,1,0,0,0", "AT+CPMS?", "AT+CMGS=14",
        QUERY_PDU, "AT+CMGR=3", "AT+CMGR=4", "AT+CNMI=0,0,0,0,0", "AT+CMGF=1"]


def test_a_modem_reading_me_reads_the_answer_in_sm_and_reads_me_again(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?sms=0")
    session.command('AT+CPMS="ME","SM","SM"')         # reads "ME"; received SMS go to "SM"
    answer = ask_by_sms(session, "10086", "CXYE", delete_reply=True, timeout=5.0)
    assert answer == _answer((3, 4), deleted=True)
    assert sent(session)[1:] == [
        "AT+CMGF?", "AT+CNMI?", "AT+CPMS?", "AT+CMGS=14", QUERY_PDU, 'AT+CPMS="SM"',
        "AT+CMGR=3", "AT+CMGR=4", "AT+CMGD=3", "AT+CMGD=4", 'AT+CPMS="ME","SM","SM"']
    assert session.command("AT+CPMS?").text.startswith('+CPMS: "ME",0,20,"SM",2,20,"SM",')


def test_without_the_stores_known_no_store_is_switched(modem) -> None:  # type: ignore[no-untyped-def]
    # AT+CPMS refused: the modem's own store could not be put back, so none is chosen; the
    # answer is read and deleted where the modem reads, which is where it keeps what it
    # receives (before, the answer announced by +CMTI was never read).
    session = modem("sim://healthy?sms=0&refuse=CPMS")
    answer = ask_by_sms(session, "10086", "CXYE", delete_reply=True, timeout=5.0)
    assert answer == _answer((3, 4), deleted=True)
    assert sent(session) == ["AT+CMGF?", "AT+CNMI?", "AT+CPMS?", "AT+CMGS=14", QUERY_PDU,
                             "AT+CMGR=3", "AT+CMGR=4", "AT+CMGD=3", "AT+CMGD=4"]


def test_a_refused_send_names_the_modems_error_and_sends_no_text(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://no-signal?sms=0")
    session.command("AT+CMEE=1")
    # TS 27.005 §3.2.5: +CMS ERROR: 331 no network service.
    with pytest.raises(SmsError, match=r"did not accept the SMS for sending: \+CMS ERROR: 331"):
        ask_by_sms(session, "10086", "CXYE", timeout=5.0)
    assert sent(session)[1:] == ["AT+CMGF?", "AT+CNMI?", "AT+CPMS?", "AT+CMGS=14"]


@pytest.mark.parametrize(("sender", "number", "same"), [
    ("10086", "10086", True),
    ("+8610086", "10086", True),          # international form of a Chinese short code
    ("8610086", "+8610086", True),
    ("8610086", "0086", False),
    ("861008", "1008", True),             # six digits: "86" is the country code
    ("86123", "123", False),              # five digits: "86123" is a number of its own
    ("12345678", "345678", False),
    ("X10086", "10086", False),           # an alphanumeric sender is not the service
    (None, "10086", False),               # no sender in the PDU
])
def test_which_sender_is_the_service(sender: str | None, number: str, same: bool) -> None:
    assert _same_number(sender, number) is same


def test_a_modem_that_refuses_pdu_mode_is_left_in_text_mode(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?sms=0&refuse=CMGF=")
    session.port._link.modem.cmgf = 1      # the simulated modem is in text mode
    with pytest.raises(SmsError, match=r"AT\+CMGF=0"):
        ask_by_sms(session, "10086", "CXYE", timeout=5.0)
    assert sent(session)[:3] == ["AT+CMGF?", "AT+CNMI?", "AT+CMGF=0"]
    assert "AT+CMGS=14" not in sent(session)
    assert session.command("AT+CMGF?").text.startswith("+CMGF: 1")


def test_a_modem_without_cnmi_still_gets_the_answer_read(modem) -> None:  # type: ignore[no-untyped-def]
    # +CNMI refused in every form: asking for indications fails, nothing is put back.
    session = modem("sim://healthy?sms=0&refuse=CNMI")
    assert ask_by_sms(session, "10086", "CXYE", timeout=5.0) == _answer((3, 4))
    assert sent(session) == ["AT+CMGF?", "AT+CNMI?", "AT+CNMI=2,1,0,0,0", "AT+CPMS?",
                             "AT+CMGS=14", QUERY_PDU, "AT+CMGR=3", "AT+CMGR=4"]


def test_a_cancel_at_the_prompt_sends_esc_and_no_sms() -> None:
    port = CancelOn(open_port("sim://healthy?sms=0"), "AT+CMGS=")
    session = AtSession(port, default_timeout=5.0)   # type: ignore[arg-type]
    port.session = session
    try:
        with pytest.raises(Cancelled):
            ask_by_sms(session, "10086", "CXYE", timeout=5.0)
        session.reset_cancel()
        # TS 27.005 §3.5.1: ESC at the "> " prompt drops the message.
        assert sent(session)[-2:] == ["AT+CMGS=14", "\x1b"]
        assert session.command("AT").ok
        assert session.port._link.modem.sms_sent == 0
    finally:
        port.close()


# -- connection test (3GPP TS 27.007 §10.1.10 +CGACT, §10.1.14 +CGPADDR, §6.10 +CEER;
#    +CME ERROR 100 + cause for SM causes, §9.2.2) --------------------------------------------

ACTIVATE = ["AT+CGACT?", "AT+CGACT=1,1", "AT+CEER"]


@pytest.mark.parametrize(("url", "cmee", "expected"), [
    ("sim://wrong-apn", 0, ConnectResult(
        1, ok=False, cause=27, error="ERROR; +CEER: Missing or unknown APN")),
    ("sim://wrong-apn", 1, ConnectResult(
        1, ok=False, cause=27, error="+CME ERROR: 127; +CEER: Missing or unknown APN")),
    # No +CEER: the SM cause comes from the +CME number alone (127 = SM #27).
    ("sim://wrong-apn?refuse=CEER", 1, ConnectResult(
        1, ok=False, cause=27, error="+CME ERROR: 127")),
    # An attach reject (+CME 107 = GMM #7, +CEER an EMM cause) is no session cause.
    ("sim://attach-rejected", 1, ConnectResult(
        1, ok=False, cause=None, error="+CME ERROR: 107; +CEER: EPS services not allowed")),
    ("sim://attach-rejected?vendor=sierra", 0, ConnectResult(
        1, ok=False, cause=None,
        error='ERROR; +CEER: "EMM attach reject",7,"EPS services not allowed"')),
    # "No cause information available" adds nothing to the modem's error.
    ("sim://no-signal", 1, ConnectResult(1, ok=False, cause=None, error="+CME ERROR: 30")),
])
def test_a_refused_activation_in_full(modem, url: str, cmee: int,  # type: ignore[no-untyped-def]
                                      expected: ConnectResult) -> None:
    session = modem(url)
    session.command(f"AT+CMEE={cmee}")
    assert connection_test(session) == expected
    assert sent(session)[1:] == ACTIVATE


def test_the_context_asked_for_is_brought_up_and_taken_down(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    assert session.command('AT+CGDCONT=3,"IP","cmnet"').ok
    assert connection_test(session, 3) == ConnectResult(3, ok=True, addresses=("10.64.3.17",))
    assert sent(session)[1:] == ["AT+CGACT?", "AT+CGACT=1,3", "AT+CGPADDR=3", "AT+CGACT=0,3"]
    assert "+CGACT: 3,0" in session.command("AT+CGACT?").text


def test_an_active_context_without_an_address_reply(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?refuse=CGPADDR")
    assert connection_test(session) == ConnectResult(1, ok=True, was_active=True)
    assert sent(session) == ["AT+CGACT?", "AT+CGPADDR=1"]


def test_bring_up_uses_the_default_bearer_by_default(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    assert bring_up(session) == ConnectResult(1, ok=True, addresses=("10.64.1.17",),
                                              was_active=True)
    assert sent(session) == ["AT+CGACT?", "AT+CGPADDR=1"]


def test_a_cancel_during_activation_takes_the_context_down() -> None:
    port = CancelOn(open_port("sim://healthy"), "AT+CGACT=1,")
    session = AtSession(port, default_timeout=5.0)   # type: ignore[arg-type]
    port.session = session
    try:
        assert session.command('AT+CGDCONT=2,"IP","cmnet"').ok
        with pytest.raises(Cancelled):
            connection_test(session, 2)
        session.reset_cancel()
        assert sent(session)[-2:] == ["AT+CGACT=1,2", "AT+CGACT=0,2"]
        assert "+CGACT: 2,0" in session.command("AT+CGACT?").text
    finally:
        port.close()


@pytest.mark.parametrize(("defined", "cid"), [
    ([], 1), ([1, 2], 1), ([3, 1], 1), ([2, 3], 2), ([5], 5)])
def test_the_context_a_plain_connection_uses(defined: list[int], cid: int) -> None:
    facts = Facts()
    facts.packet.contexts = [PdpContext(cid=n) for n in defined]
    assert connect_test.tested_cid(facts) == cid


def _ready_facts(*cids: int) -> Facts:
    facts = Facts()
    facts.sim.state = "ready"
    facts.packet.contexts = [PdpContext(cid=n, apn="cmnet") for n in cids]
    facts.packet.last_error = LastError(text="ERROR", cause=33)     # from before the test
    return facts


def test_a_recorded_success_marks_that_context_up_and_clears_the_error(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    assert session.command('AT+CGDCONT=3,"IP","cmnet"').ok
    facts = _ready_facts(3)
    result = record_connection_test(session, facts)
    assert result == ConnectResult(3, ok=True, addresses=("10.64.3.17",))
    assert facts.connection_test is True
    assert facts.packet.contexts == [PdpContext(cid=3, apn="cmnet", active=True)]
    assert facts.packet.last_error == LastError()
    [note] = facts.notes
    assert "10.64.3.17" in note
    assert re.search(r"\b3\b", note.replace("10.64.3.17", ""))      # the context's number


def test_a_recorded_success_of_an_unlisted_context_adds_it(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?refuse=CGPADDR")
    facts = _ready_facts(2)
    facts.packet.contexts = []                       # none read: cid 1 is tested
    assert session.command("AT+CGACT=0,1").ok
    result = record_connection_test(session, facts)
    assert result == ConnectResult(1, ok=True)
    assert facts.packet.contexts == [PdpContext(cid=1, active=True)]
    [note] = facts.notes
    assert " ? " in note or note.rstrip(".").endswith("?")   # no address: shown as "?"


def test_a_recorded_refusal_keeps_the_modems_words_and_cause(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://wrong-apn")
    facts = _ready_facts(1)
    record_connection_test(session, facts)
    assert facts.packet.last_error == LastError(
        text="ERROR; +CEER: Missing or unknown APN", cause=27)
    other = Facts()
    record_refusal(other, ConnectResult(1, ok=False, cause=33, error="+CME ERROR: 133"))
    assert other.connection_test is True
    assert other.packet.last_error == LastError(text="+CME ERROR: 133", cause=33)


# -- unlock: the vendor, the state read, the modem's refusal in the result ------------------


def test_a_maker_known_by_its_model_only(modem) -> None:  # type: ignore[no-untyped-def]
    # GOSUNCN modules name themselves "GOSUNCN" (no family of its own); +CGMM ME3630-W is
    # of the ZTE lineage, so they get ZTE's commands.
    session = modem("sim://pin-locked?vendor=gosuncn")
    assert identify_vendor(session).name == "zte"
    assert sent(session) == ["AT+CGMI", "AT+CGMM"]


@pytest.mark.parametrize(("url", "name"), [
    ("sim://pin-locked?vendor=gosuncn&refuse=CGMI", "zte"),     # no +CGMI: the model decides
    ("sim://pin-locked?refuse=CGMM", "generic"),               # neither names a maker
])
def test_a_refused_identity_command_is_passed_over(modem, url: str, name: str) -> None:  # type: ignore[no-untyped-def]
    session = modem(url)
    assert identify_vendor(session).name == name
    assert sent(session) == ["AT+CGMI", "AT+CGMM"]


PIN_ASKED = LockStatus("pin-required", "SIM PIN", pin_retries=3, puk_retries=10)


@pytest.mark.parametrize(("cmee", "error"), [
    (0, "ERROR"),
    (1, "+CME ERROR: 16 (incorrect password)"),     # TS 27.007 §9.2.1: 16 incorrect password
    (2, "+CME ERROR: incorrect password"),          # verbose: the meaning is there already
])
def test_a_wrong_pin_in_full(modem, cmee: int, error: str) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://pin-locked")
    session.command(f"AT+CMEE={cmee}")
    assert enter_pin(session, "1111") == UnlockResult(
        PIN_ASKED, LockStatus("pin-required", "SIM PIN", pin_retries=2, puk_retries=10),
        accepted=False, error=error)
    assert sent(session)[1:] == ["AT+CGMI", "AT+CGMM", "AT+CPIN?", "AT+CPINR",
                                 'AT+CPIN="****"', "AT+CPIN?", "AT+CPINR"]


@pytest.mark.parametrize(("url", "state"), [
    ("sim://no-sim", "+CME ERROR: 10"),             # SIM not inserted
    ("sim://sim-failure", "+CME ERROR: 13"),        # SIM failure
])
def test_a_sim_that_asks_for_nothing_is_named_by_its_state(modem, url: str,  # type: ignore[no-untyped-def]
                                                           state: str) -> None:
    session = modem(url)
    session.command("AT+CMEE=1")
    with pytest.raises(UnlockRefused, match=re.escape(state)) as refused:
        enter_pin(session, "1234")
    assert type(refused.value) is UnlockRefused
    assert not any(c.startswith("AT+CPIN=") for c in sent(session))


def test_a_ready_sim_is_already_unlocked(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    with pytest.raises(AlreadyUnlocked, match="already unlocked"):
        enter_pin(session, "1234")
    assert not any(c.startswith("AT+CPIN=") for c in sent(session))


# -- network selection (3GPP TS 27.007 §7.3 +COPS: <mode> 0 automatic, 1 manual,
#    4 manual then automatic; <format> 2 numeric; <AcT> 0..13) ---------------------------------

READ_SELECTION = ["AT+COPS=3,2", "AT+COPS?", "AT+COPS=3,0"]
AUTOMATIC = Selection(0, None, 7)          # the simulated modem is on LTE (<AcT> 7)
FIXED = Selection(1, "46000", 7)


def _undo_file(session: AtSession) -> object:
    return json.loads(undo_path(operator.UNDO_KIND, modem_key(session)).read_text("utf-8"))


def test_fix_the_network_then_automatic_then_undo_puts_the_fixed_network_back(  # type: ignore[no-untyped-def]
        modem, apn_home) -> None:
    session = modem("sim://healthy")
    assert operator.select_network(session, "46000") == SelectionChange(AUTOMATIC, FIXED)
    assert 'AT+COPS=1,2,"46000"' in sent(session)             # no <AcT> when none is given
    assert _undo_file(session) == {"before": {"mode": 0, "numeric": None, "act": 7}}
    assert operator.select_automatic(session) == SelectionChange(FIXED, AUTOMATIC)
    assert _undo_file(session) == {"before": {"mode": 1, "numeric": "46000", "act": 7}}
    start = len(sent(session))
    assert operator.undo(session) == SelectionChange(AUTOMATIC, FIXED)
    assert sent(session)[start:] == ["AT+CGSN", *READ_SELECTION, 'AT+COPS=1,2,"46000",7',
                             *READ_SELECTION]
    assert not undo_path(operator.UNDO_KIND, modem_key(session)).exists()


@pytest.mark.parametrize("act", [0, 13])
def test_the_radio_technology_is_sent_as_given(modem, apn_home, act: int) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    operator.select_network(session, "46000", act)
    assert f'AT+COPS=1,2,"46000",{act}' in sent(session)


@pytest.mark.parametrize("act", [-1, 14])
def test_a_radio_technology_outside_0_to_13_is_refused(modem, apn_home, act: int) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    with pytest.raises(ValidationError, match="0 to 13"):
        operator.select_network(session, "46000", act)
    assert sent(session) == []


@pytest.mark.parametrize("numeric", ["4600", "4600001", "4600a"])
def test_a_network_code_is_5_or_6_digits(numeric: str) -> None:
    with pytest.raises(ValidationError, match="5 or 6 digit"):
        operator._validate_numeric(numeric)


def test_an_unreachable_network_is_refused_with_the_modems_words(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    session.command("AT+CMEE=1")
    # TS 27.007 §9.2.1: +CME ERROR: 32 network not allowed - emergency calls only.
    with pytest.raises(operator.OperatorError, match=r"\+CME ERROR: 32"):
        operator.select_network(session, "46001")


def test_an_unreadable_selection_is_saved_as_none_and_undone_to_automatic(  # type: ignore[no-untyped-def]
        modem, apn_home) -> None:
    refusing = modem("sim://healthy?refuse=COPS")      # firmware without +COPS
    assert operator.current_selection(refusing) is None
    with pytest.raises(operator.OperatorError, match="ERROR"):
        operator.select_automatic(refusing)
    assert _undo_file(refusing) == {"before": None}
    session = modem("sim://healthy")                    # the same modem (IMEI) again
    assert operator.undo(session) == SelectionChange(AUTOMATIC, AUTOMATIC)
    assert sent(session) == ["AT+CGSN", *READ_SELECTION, "AT+COPS=0", *READ_SELECTION]


def test_manual_then_automatic_mode_keeps_its_network(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy")
    assert session.command('AT+COPS=4,2,"46000"').ok
    assert operator.current_selection(session) == Selection(4, "46000", 7)


def test_a_fixed_network_that_refuses_the_card_shows_no_network_code(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    # Registration denied: fixed to the home network, +COPS? answers the mode alone
    # ("+COPS: 1"), so the selection has no network code and no AcT.
    session = modem("sim://registration-denied")
    change = operator.select_network(session, "46000")
    assert change == SelectionChange(Selection(0), Selection(1))


def test_abroad_the_visited_network_can_be_chosen(modem, apn_home) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://roaming-not-allowed")
    assert operator.select_network(session, "45400") == SelectionChange(
        AUTOMATIC, Selection(1, "45400", 7))


# -- account: the balance by SMS (China Mobile: "CXYE" to 10086) and as a check step --------

BALANCE_RESULT = AccountResult(ok=True, text=BALANCE_SMS, code_used='SMS "CXYE" to 10086',
                               method="sms", balance="23.45 元", data_left="3.52 GB",
                               plan_end="2026年12月31日")


def _registered_facts(apn: str) -> Facts:
    facts = Facts()
    facts.registration.overall = "home"
    facts.apn.configured = apn
    return facts


def test_the_balance_sms_on_record_is_sent_and_its_answer_kept(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?sms=0")
    assert ask_balance_by_sms(session) == BALANCE_RESULT
    assert sent(session) == ["AT+CIMI", "AT+CMGF?", "AT+CNMI?", "AT+CPMS?", "AT+CMGS=14",
                             QUERY_PDU, "AT+CMGR=3", "AT+CMGR=4"]       # the answer is kept
    ask_balance_by_sms(session, SmsQuery("10086", "CXYE"), delete_reply=True)
    assert sent(session)[-2:] == ["AT+CMGD=5", "AT+CMGD=6"]


def test_an_unanswered_balance_sms_names_the_number_and_the_wait(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?sms=60")            # the service answers after a minute
    result = ask_balance_by_sms(session, SmsQuery("10086", "YE"), timeout=0.2)
    assert (result.ok, result.code_used, result.method, result.balance) == (
        False, 'SMS "YE" to 10086', "sms", None)
    assert "10086" in result.text and " 0 s" in result.text       # the wait, 0.2 s rounded


def test_without_consent_nothing_is_sent_and_the_step_says_why(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?sms=0")
    for apn, iot in (("cmnet", False), ("cmiot", True)):     # cmiot: China Mobile's IoT APN
        facts = _registered_facts(apn)
        balance_step(session, facts)
        account = facts.account
        assert account is not None
        assert (account.ok, account.code_used, account.method) == (False, "", "sms")
        assert "--allow-write" in account.text and "None" not in account.text
        assert ("IoT" in account.text) is iot
    assert sent(session) == ["AT+CIMI", "AT+CIMI"]


def test_an_iot_card_that_gets_its_answer_shows_the_answer_alone(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?sms=0")
    facts = _registered_facts("cmiot")
    balance_step(session, facts, allow_sms=True)
    assert facts.account == BALANCE_RESULT
    assert sent(session).count("AT+CIMI") == 1          # the IMSI is asked once


def test_a_refused_ussd_query_is_not_ok(modem) -> None:  # type: ignore[no-untyped-def]
    result = ask_balance(modem("sim://no-signal?operator=26202"), "*100#")
    assert result.ok is False and result.code_used == "*100#"


# -- USSD (3GPP TS 27.007 §7.15 +CUSD; §5.5 +CSCS) ------------------------------------------


def test_a_modem_without_cscs_is_asked_in_the_gsm_alphabet(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?operator=26202&refuse=CSCS")
    assert run_ussd(session, "*100#") == UssdResult(
        ["Your balance is 12.34 EUR. Valid until 2026-12-31."], status=0, finished=True)
    assert sent(session) == ["AT+CSCS?", 'AT+CUSD=1,"*100#",15']


def test_a_refused_ussd_request_names_the_modems_error(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://no-signal?operator=26202")
    session.command("AT+CMEE=1")
    # TS 27.007 §9.2.1: +CME ERROR: 30 no network service.
    with pytest.raises(UssdError, match=r"\+CME ERROR: 30"):
        run_ussd(session, "*100#")


def test_a_menu_nobody_answers_is_cancelled_and_counts_as_finished(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://healthy?operator=26202")
    assert run_ussd(session, "*111#") == UssdResult(
        ["1 Balance\n2 Data plans\n3 Top up"], status=1, finished=True)
    assert sent(session)[-1] == "AT+CUSD=2"


# -- what goes to the modem is checked at its limits -----------------------------------------


def test_the_limits_of_cids_and_sms_texts():
    assert validate.cid(24) == 24                  # TS 27.007 §10.1.1: this tool allows 1..24
    with pytest.raises(ValidationError, match="between 1 and 24"):
        validate.cid(25)
    assert validate.sms_text("x" * 160) == "x" * 160
    for text in ("", "x" * 161):
        with pytest.raises(ValidationError, match="1 to 160"):
            validate.sms_text(text)


def test_control_characters_are_refused_naming_the_field():
    with pytest.raises(ValidationError, match="The USSD code contains characters"):
        validate.ussd("*100#\r")
    with pytest.raises(ValidationError, match=r"digits, '\*' and '#'"):
        validate.ussd("*100#A")
    with pytest.raises(ValidationError, match="The SMS text contains characters"):
        validate.sms_text("CXYE\x1a")


# -- the undo files are kept per modem: by IMEI, else by port ---------------------------------


def test_the_undo_key_is_the_imei_else_the_port(modem) -> None:  # type: ignore[no-untyped-def]
    assert modem_key(modem("sim://healthy")) == "imei-350000001234562"
    assert modem_key(modem("sim://healthy?refuse=CGSN")) == "port-sim___healthy_refuse_CGSN"


# -- reading the unread SMS with consent (TS 27.005 §3.4.2: +CMGL=0 marks them read) ----------


def _unread_facts(skipped: int) -> Facts:
    facts = Facts()
    facts.sim.state = "ready"
    facts.unread_sms_skipped = skipped
    return facts


@pytest.mark.parametrize(("mode", "commands"), [
    (0, ["AT+CMGF?;+CPMS?", "AT+CMGL=0"]),
    (1, ["AT+CMGF?;+CPMS?", "AT+CMGF=0", "AT+CMGL=0", "AT+CMGF=1"]),     # text mode put back
])
def test_the_unread_ones_are_listed_in_pdu_mode(modem, mode: int,  # type: ignore[no-untyped-def]
                                                commands: list[str]) -> None:
    session = modem("sim://arrears-blocked")
    session.command(f"AT+CMGF={mode}")
    facts = _unread_facts(1)                    # one left unread is enough to ask
    read_unread_step(session, facts)
    assert sent(session)[1:] == commands
    assert (facts.unread_sms_marked, facts.unread_sms_skipped) == (2, 0)
    assert [n.cause for n in facts.notices] == ["arrears-suspended", "plan-expiring"]


def test_nothing_is_read_when_none_was_left_unread(modem) -> None:  # type: ignore[no-untyped-def]
    session = modem("sim://arrears-blocked")
    read_unread_step(session, _unread_facts(0))
    assert sent(session) == []


def test_the_data_test_records_the_context_it_activated() -> None:
    facts = Facts()
    _mark_active(facts, 3)
    assert facts.packet.contexts == [PdpContext(cid=3, active=True)]
    assert facts.connection_test is True
    [note] = facts.notes
    assert re.search(r"\b3\b", note)


def test_a_gsm_coded_answer_in_the_ucs2_character_set_is_read_as_ucs2() -> None:
    # TS 27.007 §7.15 with +CSCS="UCS2": <str> of a dcs 15 answer comes as UCS2 hex.
    assert _parse('+CUSD: 0,"00420061006C0061006E00630065",15', "UCS2") == Cusd(
        0, "Balance", 15)
