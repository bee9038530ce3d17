"""Remedies for a modem read through ModemManager (mm://N) name what works there: mmcli,
NetworkManager, or simtool's full AT check while ModemManager lets go of the modem
(--inhibit --allow-write); never `simtool unlock/apn/radio/balance/connect-test/watch`,
which need the AT port ModemManager holds, nor raw AT commands.

The facts come from the ModemManager reader on ModemManager 1.20.4's property values (the
simulated modems of tests/e2e/test_modemmanager.py) and its D-Bus error names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from simtool.diagnosis.checklist import evaluate
from simtool.diagnosis.results import CheckResult
from simtool.facts import Facts
from simtool.i18n import set_language
from simtool.sources.modemmanager.reader import fill_facts

MODEM = "org.freedesktop.ModemManager1.Modem"
GPP = MODEM + ".Modem3gpp"
PATH = "/org/freedesktop/ModemManager1/Modem/3"
ME = "org.freedesktop.ModemManager1.Error.MobileEquipment."
SIM = {"SimIdentifier": "89860012345678901234", "Imsi": "460001357924680",
       "OperatorIdentifier": "46000"}
AT_ONLY = re.compile(r"simtool (?:unlock|radio|apn|connect-test|balance|topup|watch|ussd)\b"
                     r"|AT\+COPS|simtool ports --probe")


def _modem(**values: Any) -> dict[str, Any]:
    modem = {"State": 8, "StateFailedReason": 0, "UnlockRequired": 1,
             "UnlockRetries": {2: 3, 4: 10}, "Manufacturer": "simtool",
             "Model": "Simulated LTE modem", "EquipmentIdentifier": "350000001234562",
             "Plugin": "generic", "Ports": [("ttyUSB2", 3)], "AccessTechnologies": 1 << 14,
             "SignalQuality": (77, True), "Sim": "/org/freedesktop/ModemManager1/SIM/5",
             "Bearers": []}
    modem.update(values)
    return modem


def _read(modem: dict[str, Any] | None = None, *, registration: int = 1,
          commands: dict[str, str] | None = None,
          bearers: list[dict[str, Any]] | None = None, apn: str = "cmnet",
          sim: dict[str, str] | None = None) -> Facts:
    facts = Facts()
    interfaces = {MODEM: modem or _modem(),
                  GPP: {"RegistrationState": registration, "OperatorCode": "46000",
                        "OperatorName": "CHINA MOBILE", "PacketServiceState": 2}}
    fill_facts(facts, interfaces, path=PATH, sim=sim or SIM, bearers=bearers or [],
               commands={"+CESQ": "+CESQ: 99,99,255,255,24,50",
                         "+CGDCONT?": f'+CGDCONT: 1,"IP","{apn}","",0,0', **(commands or {})})
    facts.port.via = "modemmanager"
    return facts


def _refused(error: str, message: str) -> list[dict[str, Any]]:
    return [{"Connected": False, "Properties": {"apn": "cmnet", "profile-id": -1},
             "ConnectionError": (ME + error, message)}]


def _unreachable(kind: str) -> Facts:
    facts = Facts(reachable=False)
    facts.port.url = facts.port.device = "mm://3"
    facts.port.via = "modemmanager"
    facts.port_error, facts.port_error_kind = "ModemManager is not running", kind
    return facts


SITUATIONS = {
    "disabled": (_read(_modem(State=3)), "radio", "mmcli -m 3 --enable"),
    "pin": (_read(_modem(State=2, UnlockRequired=2)), "sim-lock", "mmcli -i 5 --pin=YOUR_PIN"),
    "puk": (_read(_modem(State=2, UnlockRequired=4)), "sim-lock",
            "mmcli -i 5 --puk=YOUR_PUK --pin=NEW_PIN"),
    "searching": (_read(registration=2), "registration", "mmcli -m 3 --3gpp-register-home"),
    "idle": (_read(registration=0), "registration", "mmcli -m 3 --3gpp-register-home"),
    "denied": (_read(registration=3), "registration", "mmcli -m 3 --disable"),
    "weak": (_read(commands={"+CESQ": "+CESQ: 99,99,255,255,10,40"}), None,   # a warning
             "mmcli -m 3 --signal-get"),
    "wrong-apn": (_read(apn="3gnet"), "apn", "gsm.apn cmnet"),
    "barred": (_read(bearers=_refused("OperatorDeterminedBarring", "barred")),
               "data-session", "--inhibit --allow-write --balance"),
    "unknown-apn": (_read(bearers=_refused("MissingOrUnknownApn", "unknown APN")),
                    "data-session", "nmcli connection up NAME"),
    # China Mobile: its balance SMS (the overlay), sent by simtool's AT check while
    # ModemManager lets go; an operator with no channels on record: USSD through mmcli.
    "not-subscribed": (_read(bearers=_refused("Unknown", "Requested service option not "
                                              "subscribed")), "data-session",
                       "--inhibit --allow-write --balance` sends"),
    "not-subscribed-ussd": (_read(bearers=_refused("ServiceOptionNotSubscribed", "no"),
                                  sim={**SIM, "Imsi": "262021234567890",
                                       "OperatorIdentifier": "26202"}, apn="web.vodafone.de"),
                            "data-session", "--3gpp-ussd-initiate=CODE"),
    "auth": (_read(bearers=_refused("UserAuthenticationFailed", "auth")), "data-session",
             None),
    "pdp-type": (_read(bearers=_refused("UnknownPdpAddressOrType", "type")), "data-session",
                 "--inhibit --allow-write --connect-test"),
    "network-side": (_read(bearers=_refused("InsufficientResources", "busy")), "data-session",
                     "connect again"),
    "no-session": (_read(), None, "--inhibit --allow-write --connect-test"),
    "not-running": (_unreachable("not-found"), "port", "sudo systemctl start ModemManager"),
    "gone": (_unreachable("vanished"), "port", "mmcli -L"),
    "failed-call": (_unreachable("other"), "port", "journalctl -u ModemManager"),
}


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("en")


def _texts(results: list[CheckResult]) -> list[str]:
    return [text for result in results for text in (result.detail, result.remedy or "")]


@pytest.mark.parametrize("situation", SITUATIONS)
def test_remedies_through_modemmanager_name_what_works_there(situation: str) -> None:
    facts, check, command = SITUATIONS[situation]
    results, verdict = evaluate(facts)
    assert verdict.check == check, (verdict, [(r.id, r.status, r.detail) for r in results])
    texts = _texts(results)
    offending = [text for text in texts if AT_ONLY.search(text)]
    assert not offending, offending
    if command is not None:
        assert any(command in text for text in texts), texts


def test_the_same_facts_over_at_keep_simtool_commands() -> None:
    facts = _read(_modem(State=2, UnlockRequired=2))
    facts.port.via = "at"
    results, _verdict = evaluate(facts)
    lock = next(r for r in results if r.id == "sim-lock")
    assert "simtool unlock" in (lock.remedy or "") and "mmcli" not in (lock.remedy or "")


def test_chinese_remedies_keep_the_commands() -> None:
    set_language("zh_CN")
    facts, _check, _command = SITUATIONS["pin"]
    results, _verdict = evaluate(facts)
    lock = next(r for r in results if r.id == "sim-lock")
    assert "mmcli -i 5 --pin=YOUR_PIN" in (lock.remedy or "") and "PIN" in (lock.remedy or "")
    assert not AT_ONLY.search(lock.remedy or "")


def test_at_commands_given_an_mm_port_say_what_works() -> None:
    # `simtool unlock/apn/radio/... --port mm://2`: the port layer answers, never pyserial's
    # "protocol not known".
    from simtool.transport.errors import PortError
    from simtool.transport.port import open_port

    with pytest.raises(PortError) as raised:
        open_port("mm://2")
    assert "ModemManager" in str(raised.value)
    remedy = raised.value.remedy or ""
    assert "mmcli -m 2" in remedy and "--inhibit --allow-write" in remedy


def test_a_command_that_names_its_port_keeps_its_closing_quote() -> None:
    from simtool.diagnosis.remedies import with_port

    text = "run `simtool check --port mm://3 --balance` now, or `simtool balance`."
    assert with_port(text, "/dev/ttyUSB2") == (
        "run `simtool check --port mm://3 --balance` now, or `simtool balance --port "
        "/dev/ttyUSB2`.")
