"""Tests written against mutants that survived scripts/mutation.sh in simtool/actions/
(docs/mutation.md)."""

from __future__ import annotations

from simtool.actions.radio import read_cfun, restart_radio, set_radio
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
