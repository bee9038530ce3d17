"""Forced behaviours of the simulated modem (busy_replies, interleave, no_final, scan), driven
through the interpreter, the sim:// URL and the `simulate` command line."""

from __future__ import annotations

import argparse

import pytest
import serial
from hypothesis import given, settings
from hypothesis import strategies as st

from simtool.cli import simulate
from simtool.sim.modem import (
    INTERLEAVE_URCS,
    Config,
    Modem,
    command_names,
    parse_command_list,
    parse_interleave,
)
from simtool.sim.personalities import VENDORS
from simtool.sim.urlhandler import register
from simtool.sim.urlhandler.protocol_sim import parse_url

register()


def say(modem: Modem, line: str) -> str:
    """All reply text of one command line, URCs included."""
    return b"".join(chunk.data for chunk in modem.command(line).chunks).decode("latin-1")


def lines(modem: Modem, line: str) -> list[str]:
    return [part for part in say(modem, line).split("\r\n") if part]


def quiet(config: Config) -> Modem:
    modem = Modem(config)
    say(modem, "ATE0")
    say(modem, "AT+CMEE=1")
    return modem


# ---- busy_replies ----------------------------------------------------------------------

def test_sim_is_busy_for_exactly_n_replies_then_ready_with_its_urc() -> None:
    modem = quiet(Config(busy_replies=3))
    assert lines(modem, "AT+CPIN?") == ["+CME ERROR: 14"]
    assert lines(modem, "AT+CIMI") == ["+CME ERROR: 14"]
    # The third busy answer is followed by the readiness URC, like a SIM finishing init.
    assert lines(modem, "AT+CPIN?") == ["+CME ERROR: 14", "+CPIN: READY"]
    assert lines(modem, "AT+CPIN?") == ["+CPIN: READY", "OK"]
    assert lines(modem, "AT+CIMI") == ["460001357924680", "OK"]


def test_commands_that_do_not_touch_the_sim_do_not_use_up_busy_replies() -> None:
    modem = quiet(Config(busy_replies=1))
    assert lines(modem, "AT+CGMI") == ["simtool", "OK"]
    assert lines(modem, "AT+CSQ")[-1] == "OK"
    assert lines(modem, "AT+CPIN?") == ["+CME ERROR: 14", "+CPIN: READY"]


def test_registration_and_default_bearer_follow_the_sim_becoming_ready() -> None:
    modem = quiet(Config(busy_replies=1))
    assert lines(modem, "AT+CEREG?") == ["+CEREG: 0,0", "OK"]
    lines(modem, "AT+CPIN?")
    assert lines(modem, "AT+CEREG?") == ["+CEREG: 0,1", "OK"]
    assert lines(modem, "AT+CGACT?") == ["+CGACT: 1,1", "OK"]


def test_vendor_that_answers_not_ready_counts_that_as_a_busy_reply() -> None:
    modem = quiet(Config(vendor="simcom", busy_replies=2))
    assert lines(modem, "AT+CPIN?") == ["+CPIN: NOT READY", "OK"]
    assert lines(modem, "AT+CPIN?") == ["+CPIN: NOT READY", "OK", "+CPIN: READY",
                                        "SMS DONE", "PB DONE"]
    assert lines(modem, "AT+CPIN?") == ["+CPIN: READY", "OK"]


def test_busy_replies_without_a_time_limit_push_no_early_ready_urc() -> None:
    # Only the sim-busy scenario's timer announces readiness by itself.
    modem = Modem(Config(busy_replies=2, busy_seconds=0.0))
    pushed: list[object] = []
    modem.subscribe(pushed.append)
    assert pushed == []


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_sim_busy_scenario_brings_up_the_default_bearer_once_the_sim_is_ready() -> None:
    clock = FakeClock()
    modem = Modem(Config(scenario="sim-busy", busy_seconds=3), clock=clock)
    say(modem, "AT+CMEE=1")
    assert lines(modem, "AT+CGACT?") == ["+CGACT: 1,0", "OK"]
    clock.now += 3.5
    assert lines(modem, "AT+CPIN?") == ["+CPIN: READY", "OK"]
    assert lines(modem, "AT+CGACT?") == ["+CGACT: 1,1", "OK"]


def test_fix_ends_forced_busy() -> None:
    modem = quiet(Config(busy_replies=5))
    modem.fix()
    assert lines(modem, "AT+CPIN?") == ["+CPIN: READY", "OK"]


# ---- interleave ------------------------------------------------------------------------

def test_urcs_are_slipped_between_the_first_and_second_information_line() -> None:
    modem = quiet(Config(interleave=("cereg", "ring", "rssi")))
    assert lines(modem, "AT+CPINR") == [
        "+CPINR: SIM PIN,3,3", "+CEREG: 1", "RING", "^RSSI: 24",
        "+CPINR: SIM PUK,10,10", "+CPINR: SIM PIN2,3,3", "+CPINR: SIM PUK2,10,10", "OK"]


def test_single_line_replies_and_asked_for_prefixes_get_no_urc() -> None:
    modem = quiet(Config(interleave=("creg", "cereg", "ring")))
    assert lines(modem, "AT+CSQ") == ["+CSQ: 24,99", "OK"]
    # +CREG:/+CEREG: lines inside a reply to +CREG?/+CEREG? could not be told apart.
    assert lines(modem, "AT+CREG?;+CEREG?") == ["+CREG: 0,1", "RING", "+CEREG: 0,1", "OK"]


def test_interleave_names_are_checked() -> None:
    assert parse_interleave(" CEREG, ring ") == ("cereg", "ring")
    assert parse_interleave("") == ()
    with pytest.raises(ValueError, match="creg, cereg, ring, rssi"):
        parse_interleave("cereg,boom")


# ---- no_final --------------------------------------------------------------------------

def test_reply_of_a_no_final_command_keeps_its_lines_and_loses_its_final() -> None:
    modem = quiet(Config(no_final=("CSQ",)))
    assert say(modem, "AT+CSQ") == "\r\n+CSQ: 24,99\r\n"
    assert say(modem, "AT+CGMI;+CSQ") == "\r\nsimtool\r\n+CSQ: 24,99\r\n"
    assert lines(modem, "AT+CESQ")[-1] == "OK"
    assert lines(modem, "AT") == ["OK"]


def test_no_final_also_in_numeric_mode() -> None:
    modem = quiet(Config(no_final=("CSQ",)))
    say(modem, "ATV0")
    assert say(modem, "AT+CSQ") == "+CSQ: 24,99\r\n"


def test_command_names_and_lists() -> None:
    assert command_names('AT+CSQ;^HCSQ?;+CGDCONT=1,"IP","a;b"') == ["CSQ", "HCSQ", "CGDCONT"]
    assert command_names("ATE0") == []
    # "+CSQ" in a URL query arrives as " CSQ".
    assert parse_command_list(" CSQ,+COPS,^hcsq") == ("CSQ", "COPS", "HCSQ")
    with pytest.raises(ValueError):
        parse_command_list("CSQ,")


# ---- URL and command line --------------------------------------------------------------

def test_url_sets_the_forced_behaviours() -> None:
    config = parse_url("sim://healthy?busy_replies=3&interleave=cereg,ring&no_final=CSQ,COPS"
                       "&scan=7").config
    assert (config.busy_replies, config.interleave, config.no_final, config.scan_seconds) == (
        3, ("cereg", "ring"), ("CSQ", "COPS"), 7.0)
    assert parse_url("sim://healthy?no_final=%2BCSQ").config.no_final == ("CSQ",)
    with pytest.raises(ValueError, match="interleave"):
        parse_url("sim://healthy?interleave=nope")


def test_url_port_answers_without_final_and_then_goes_on() -> None:
    port = serial.serial_for_url("sim://healthy?no_final=CSQ", timeout=0.2)
    try:
        port.write(b"ATE0\rAT+CSQ\r")
        data = port.read(200)
        assert data == b"ATE0\r\r\nOK\r\n\r\n+CSQ: 24,99\r\n"
        port.write(b"AT\r")
        assert port.read(200) == b"\r\nOK\r\n"
    finally:
        port.close()


def parse_cli(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    simulate.add_arguments(parser)
    return parser.parse_args(list(argv))


def test_cli_options_default_to_a_plain_modem() -> None:
    args = parse_cli("healthy")
    assert (args.scan, args.busy_replies, args.interleave, args.no_final) == (2.0, 0, "", "")


def test_cli_rejects_an_unknown_urc_with_usage_exit(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse_cli("healthy", "--pty", "--interleave", "boom")
    assert simulate.run(args) == 64
    assert "creg, cereg, ring, rssi" in capsys.readouterr().err


# ---- arbitrary input -------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(vendor=st.sampled_from(VENDORS), busy=st.integers(0, 3),
       commands=st.lists(st.text(alphabet="AT+^CSQPINREGOMDF?=;,0123456789\" ", max_size=24),
                         max_size=6))
def test_forced_behaviours_never_break_the_interpreter(vendor: str, busy: int,
                                                       commands: list[str]) -> None:
    modem = Modem(Config(vendor=vendor, busy_replies=busy, interleave=INTERLEAVE_URCS,
                         no_final=("CSQ", "CPIN")))
    for line in commands:
        for chunk in modem.command(line).chunks:
            assert isinstance(chunk.data, bytes)
    assert modem.busy_replies_left >= 0


@given(text=st.text(max_size=40))
def test_name_lists_give_names_or_value_error(text: str) -> None:
    for parse in (parse_interleave, parse_command_list):
        try:
            names = parse(text)
        except ValueError:
            continue
        assert all(isinstance(name, str) and name for name in names)
