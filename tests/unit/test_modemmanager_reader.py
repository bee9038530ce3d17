"""ModemManager's properties -> facts (sources/modemmanager/reader.py), and that a serial
check never loads the D-Bus client. Property values are those ModemManager 1.20.4 gave for
the simulated modem (GetManagedObjects in tests/e2e/test_modemmanager.py's daemon) and the
enums of ModemManager's D-Bus API (ModemManager-enums.h)."""

from __future__ import annotations

import subprocess
import sys

from simtool.facts import Facts
from simtool.sources import kind_of
from simtool.sources.modemmanager.client import plain, split_signature
from simtool.sources.modemmanager.reader import (
    act_from,
    device_key,
    fill_facts,
    service_sender,
    session_cause,
    state_name,
)

MODEM = "org.freedesktop.ModemManager1.Modem"
PATH = "/org/freedesktop/ModemManager1/Modem/0"
REGISTERED = {
    MODEM: {"State": 8, "StateFailedReason": 0, "UnlockRequired": 1,
            "UnlockRetries": {4: 10, 3: 3, 5: 10}, "Manufacturer": "simtool",
            "Model": "Simulated LTE modem", "Revision": "SIM-1.0",
            "EquipmentIdentifier": "350000001234562", "Plugin": "generic",
            "Ports": [("ttyUSB2", 3), ("wwan0", 2)], "Device": "/virtual/sim0",
            "AccessTechnologies": 16384, "SignalQuality": (77, True),
            "OwnNumbers": ["+8613912345678"], "Sim": "/org/freedesktop/ModemManager1/SIM/0",
            "Bearers": []},
    MODEM + ".Modem3gpp": {"Imei": "350000001234562", "RegistrationState": 1,
                           "OperatorCode": "46000", "OperatorName": "CHINA MOBILE",
                           "PacketServiceState": 2, "InitialEpsBearerSettings": {}},
}
SIM = {"SimIdentifier": "89860012345678901234", "Imsi": "460001357924680", "Eid": "",
       "SimType": 0, "OperatorIdentifier": "46000"}


def test_registered_modem() -> None:
    facts = Facts()
    fill_facts(facts, REGISTERED, path=PATH, sim=SIM,
               profiles=[{"profile-id": 1, "apn": "cmnet", "ip-type": 1}],
               commands={"+CESQ": "+CESQ: 99,99,255,255,24,50",
                         "+CEER": "+CEER: No cause information available"})
    assert facts.port.url == "mm://0" and facts.port.plugin == "generic"
    assert [(p.name, p.type) for p in facts.port.ports] == [("ttyUSB2", "at"), ("wwan0", "net")]
    assert facts.modem.state == "registered" and facts.radio.on is True
    assert facts.sim.state == "ready" and facts.sim.iccid == "89860012345678901234"
    assert (facts.sim.home.mcc, facts.sim.home.mnc) == ("460", "00")
    assert facts.registration.eps is not None and facts.registration.eps.state == "home"
    assert facts.registration.overall == "home" and facts.operator.act == 7
    assert facts.packet.attached is True and facts.apn.configured == "cmnet"
    assert facts.signal.percent == 77 and facts.signal.rsrp_dbm == -91
    assert facts.packet.last_error.cause is None


def test_disabled_modem_reads_no_network() -> None:
    interfaces = {MODEM: {**REGISTERED[MODEM], "State": 3}}
    facts = Facts()
    fill_facts(facts, interfaces, path=PATH)
    assert facts.modem.state == "disabled" and facts.radio.on is False
    assert facts.registration.overall is None and facts.signal.percent is None


def test_failed_sim_missing_and_esim() -> None:
    facts = Facts()
    fill_facts(facts, {MODEM: {"State": -1, "StateFailedReason": 2, "UnlockRequired": 0}},
               path=PATH)
    assert (facts.modem.failed_reason, facts.sim.state) == ("sim-missing", "not-inserted")
    facts = Facts()
    fill_facts(facts, {MODEM: {"State": -1, "StateFailedReason": 2}}, path=PATH,
               command_errors={"+CPIN?": "org.freedesktop.ModemManager1.Error."
                               "MobileEquipment.SimFailure"})
    assert facts.sim.state == "failure"
    facts = Facts()
    fill_facts(facts, {MODEM: {"State": -1, "StateFailedReason": 5}}, path=PATH)
    assert facts.modem.failed_reason == "esim-without-profiles" and facts.sim.type == "esim"


def test_pin_lock_and_retries() -> None:
    facts = Facts()
    fill_facts(facts, {MODEM: {"State": 2, "UnlockRequired": 2,
                               "UnlockRetries": {2: 3, 4: 10}}}, path=PATH)
    assert (facts.sim.state, facts.sim.pin_retries, facts.sim.puk_retries) == (
        "pin-required", 3, 10)


def test_bearer_connection_error_gives_the_esm_cause() -> None:
    name = "org.freedesktop.ModemManager1.Error.MobileEquipment."
    assert session_cause(name + "ServiceOptionNotSubscribed") == 33
    assert session_cause(name + "MissingOrUnknownApn") == 27
    assert session_cause(name + "UserAuthenticationFailed") == 29
    assert session_cause(name + "OperatorDeterminedBarring") == 8
    assert session_cause("org.freedesktop.ModemManager1.Error.Core.Failed") is None
    facts = Facts()
    bearer = {"Connected": False, "Properties": {"apn": "cmnet"},
              "ConnectionError": (name + "ServiceOptionNotSubscribed", "not subscribed")}
    fill_facts(facts, REGISTERED, path=PATH, bearers=[bearer])
    assert facts.packet.last_error.cause == 33
    assert facts.packet.contexts[0].apn == "cmnet" and facts.apn.configured == "cmnet"


def test_enums() -> None:
    assert state_name(-1) == "failed" and state_name(11) == "connected"
    assert state_name(12) is None
    assert act_from(1 << 14) == 7 and act_from(1 << 15 | 1 << 14) == 11 and act_from(0) is None
    assert device_key("/sys/devices/pci0000:00/0000:00:14.0/usb1/1-1.4") == "usb:1-1.4"
    assert device_key("/virtual/sim0") is None


def test_variants_are_unwrapped_by_signature() -> None:
    assert split_signature("a{sv}us") == ["a{sv}", "u", "s"]
    ports = plain("a(su)", [("ttyd", 3)])                     # a struct, not a variant
    assert ports == [("ttyd", 3)]
    assert plain("a{sv}", {"Ports": ("a(su)", [("ttyd", 3)])}) == {"Ports": [("ttyd", 3)]}


def test_mm_scheme_is_the_modemmanager_source() -> None:
    assert kind_of("mm://0") == "modemmanager" and kind_of("/dev/ttyUSB2") == "at"


def test_a_serial_check_never_imports_the_dbus_client() -> None:
    code = ("import sys\n"
            "from simtool.runner import run_check\n"
            "run_check('sim://healthy')\n"
            "loaded = [m for m in sys.modules if m.startswith('jeepney') or "
            "m.startswith('simtool.sources.modemmanager')]\n"
            "assert not loaded, loaded\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, timeout=60)
    assert done.returncode == 0, done.stderr


def test_mm_urls_are_linux_only(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from simtool.sources.modemmanager import client

    monkeypatch.setattr(client.sys, "platform", "win32")
    error = client.linux_only_error()
    assert error is not None and "Linux only" in str(error)
    from simtool.sources.modemmanager.source import ModemManagerSource
    from simtool.transport.errors import PortError

    try:
        ModemManagerSource("mm://0").read()
    except PortError as failure:
        assert "Linux only" in str(failure)
    else:
        raise AssertionError("mm:// read on Windows")


def test_operator_notices_from_the_messages_modemmanager_holds() -> None:
    # Sms properties as ModemManager 1.20.4 gave them for the simulator's stored messages
    # (GetAll on /org/freedesktop/ModemManager1/SMS/N), plus a personal message and one
    # being sent, which are not notices.
    def sms(number: str, text: str, stamp: str, state: int = 3, pdu: int = 1) -> dict:
        return {"State": state, "PduType": pdu, "Number": number, "Text": text,
                "Timestamp": stamp, "Storage": 1, "SMSC": "+8613800100500"}

    messages = [
        sms("10086", "Your balance is 23.45 CNY.", "2026-11-20T09:15:02+08"),
        sms("10086", "Your data plan expires soon. Top up with *101*VOUCHER#.",
            "2026-11-21T18:40:11+08"),
        sms("+8613912345678", "see you at 8", "2026-11-22T08:00:00+08"),
        sms("10086", "CXYE", "2026-11-22T09:00:00+08", state=5, pdu=2),
        sms("1065840123456", "流量已用完", "2026-11-19T07:00:00+08"),
    ]
    facts = Facts()
    fill_facts(facts, REGISTERED, path=PATH, sim=SIM, messages=messages)
    # As over AT: the operator's notices, classified; the balance answer is no notice.
    assert [(n.sender, n.time) for n in facts.notices] == [
        ("10086", "2026-11-21T18:40:11+08:00"), ("1065840123456", "2026-11-19T07:00:00+08:00")]
    assert facts.notices[0].text.startswith("Your data plan expires soon")
    assert [n.cause for n in facts.notices] == ["plan-expiring", "quota-used-up"]
    assert service_sender("CMCC") and service_sender("+86106575000")
    assert not service_sender("13912345678") and not service_sender(None)


def test_the_port_pickers_state_words_are_in_the_users_language(english: None) -> None:
    from simtool import i18n
    from simtool.facts import MANAGER_STATES
    from simtool.sources.modemmanager.discover import STATE_LABELS, state_label

    assert set(STATE_LABELS) == set(MANAGER_STATES)
    assert state_label(8) == "registered" and state_label(None) == "?"
    i18n.set_language("zh_CN")      # the `english` fixture puts the language back
    # Every ModemManager state has its Chinese word (MMModemState -1..11).
    words = [state_label(n) for n in range(-1, 12)]
    assert words[9] == "已注册" and words[0] == "失败"
    assert not any(w.isascii() for w in words), words
