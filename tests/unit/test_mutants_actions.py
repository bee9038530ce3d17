"""Tests written against mutants that survived scripts/mutation.sh in simtool/actions/
(docs/mutation.md)."""

from __future__ import annotations

import pytest

from simtool.actions.radio import read_cfun, restart_radio, set_radio
from simtool.actions.unlock import NeedsConsent, enter_pin, enter_puk, identify_vendor
from simtool.at.session import AtSession


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
