"""Tests written against mutants that survived scripts/mutation.sh in simtool/actions/
(docs/mutation.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simtool.actions import validate
from simtool.actions.account import sms_result, top_up
from simtool.actions.apn import ApnChange, set_apn
from simtool.actions.radio import read_cfun, restart_radio, set_radio
from simtool.actions.unlock import NeedsConsent, enter_pin, enter_puk, identify_vendor
from simtool.at.parsers.packet import PdpDefinition
from simtool.at.session import AtSession
from simtool.errors import ValidationError
from simtool.facts import AccountResult


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
