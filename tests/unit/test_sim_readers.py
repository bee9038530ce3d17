"""The simulated modem speaks what simtool's readers read: every vendor family's retry,
ICCID and signal commands (from simtool.vendors) parse to the simulator's true state."""

from __future__ import annotations

import pytest

from simtool import vendors
from simtool.at.cme import cme_code_for_text
from simtool.at.parsers.ceer import Ceer, parse_ceer
from simtool.at.parsers.retries import Retries
from simtool.at.parsers.signal import VendorSignal
from simtool.at.parsers.sim import Iccid, parse_crsm_mnc_length
from simtool.sim.modem import CME_TEXT, Config, Modem


def reply(modem: Modem, command: str) -> str:
    return b"".join(c.data for c in modem.command(command).chunks).decode("latin-1")


@pytest.mark.parametrize("name", vendors.names())
def test_vendor_is_detected_from_its_cgmi(name: str) -> None:
    modem = Modem(Config(vendor=name))
    manufacturer = reply(modem, "AT+CGMI").split("\r\n")[1]
    assert vendors.detect(manufacturer, None).name == name


@pytest.mark.parametrize("name", vendors.names())
def test_retry_commands_report_the_real_counters(name: str) -> None:
    modem = Modem(Config(scenario="pin-locked", vendor=name))
    reply(modem, "AT+CPIN=0000")  # one wrong PIN: 2 left
    seen = []
    for command, parser in vendors.by_name(name).pin_retry_commands:
        parsed = parser(reply(modem, command))
        if isinstance(parsed, Retries):
            seen.append(parsed)
    assert seen, "no retry command of this family answered"
    for retries in seen:
        assert retries.pin in (2, None) and retries.puk in (10, None)
    assert any(2 in (retries.pin, retries.current) for retries in seen)


@pytest.mark.parametrize("name", vendors.names())
def test_every_iccid_command_gives_the_sims_iccid(name: str) -> None:
    modem = Modem(Config(vendor=name, operator="26202"))
    for command, parser in vendors.by_name(name).iccid_commands:
        assert parser(reply(modem, command)) == Iccid("8949020000123456789"), command


def test_ef_ad_gives_the_mnc_length() -> None:
    assert parse_crsm_mnc_length(reply(Modem(Config()), "AT+CRSM=176,28589,0,0,4")) == 2


@pytest.mark.parametrize("name", ["huawei", "quectel"])
def test_vendor_signal_extras_decode_to_the_set_signal(name: str) -> None:
    modem = Modem(Config(vendor=name))
    modem.set_signal(-100.0, rsrq_db=-12.0, sinr_db=4.0, rssi_dbm=-75.0)
    extra = vendors.by_name(name).signal_extra
    assert extra is not None
    parsed = extra[1](reply(modem, extra[0]))
    assert isinstance(parsed, VendorSignal)
    assert (parsed.rsrp_dbm, parsed.rsrq_db, parsed.sinr_db, parsed.rssi_dbm) == \
        (-100, -12, 4, -75)


def test_verbose_error_texts_are_the_ts_27007_ones() -> None:
    for code, text in CME_TEXT.items():
        assert cme_code_for_text(text) == code, text


@pytest.mark.parametrize("name", vendors.names())
@pytest.mark.parametrize(("scenario", "cause"), [
    ("not-subscribed", 33), ("wrong-apn", 27), ("auth-failed", 29), ("attach-rejected", 7)])
def test_ceer_after_a_refused_activation_carries_the_cause(name: str, scenario: str,
                                                           cause: int) -> None:
    modem = Modem(Config(scenario=scenario, vendor=name))
    reply(modem, "AT+CGACT=1,1")
    parsed = parse_ceer(reply(modem, "AT+CEER"),
                        numeric_rule=vendors.by_name(name).ceer_numeric_rule)
    assert isinstance(parsed, Ceer)
    assert parsed.cause == cause
