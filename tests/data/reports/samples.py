"""Fixed reports for the exporter tests (golden files are rendered from these).

The values are shaped like real modems' answers (3GPP TS 27.007 syntax, Quectel EC25,
Huawei ME909s and SIMCom SIM7600 manuals); the identifiers are made up but have the real
lengths (IMEI 15, IMSI 15, ICCID 20 digits) so the redaction tests mean something.
"""

from __future__ import annotations

from simtool.diagnosis.results import CheckResult, Verdict
from simtool.facts import (
    ApnFacts,
    CardDevice,
    CardHistory,
    DataPathResult,
    Facts,
    HomeNetwork,
    LastError,
    ModemFacts,
    Notice,
    OperatorFacts,
    PacketFacts,
    PdpContext,
    PortFacts,
    RadioFacts,
    RegistrationDomain,
    RegistrationFacts,
    SignalFacts,
    SimFacts,
)
from simtool.report.model import Report, SupportInfo, TranscriptEntry

CREATED = "2026-11-20T09:30:00Z"
VERSION = "0.1.0"


def _transcript(lines: list[tuple[str, str]]) -> list[TranscriptEntry]:
    return [TranscriptEntry(t=round(0.031 * i, 3), dir=d, text=text)
            for i, (d, text) in enumerate(lines)]


def healthy() -> Report:
    facts = Facts(
        port=PortFacts(url="/dev/ttyUSB2", device="/dev/ttyUSB2",
                       description="Android - Mobile Broadband", vid=0x2C7C, pid=0x0125,
                       serial_number=None),
        modem=ModemFacts(manufacturer="Quectel", model="EC25", revision="EC25EFAR06A06M4G",
                         imei="866758041234567"),
        sim=SimFacts(state="ready", raw="+CPIN: READY", iccid="89860012345678901234",
                     imsi="460001234567890", msisdn=None, pin_retries=3, puk_retries=10,
                     home=HomeNetwork(mcc="460", mnc="00")),
        radio=RadioFacts(cfun=1, on=True),
        signal=SignalFacts(rssi_dbm=-65, ber=99, rsrp_dbm=-95, rsrq_db=-10, sinr_db=12.4,
                           quality="good"),
        registration=RegistrationFacts(
            cs=RegistrationDomain(stat=1, state="home", lac="2A5F", ci="8C3D201", act=7),
            ps=None,
            eps=RegistrationDomain(stat=1, state="home", tac="2A5F", ci="8C3D201", act=7),
            overall="home"),
        operator=OperatorFacts(name="中国移动 CHINA MOBILE", mcc="460", mnc="00", act=7, mode=0),
        packet=PacketFacts(attached=True,
                           contexts=[PdpContext(cid=1, pdp_type="IPV4V6", apn="cmnet",
                                                active=True)]),
        apn=ApnFacts(configured="cmnet", expected=["cmnet"], provider="China Mobile"),
        reachable=True, vendor="quectel",
    )
    checks = [
        CheckResult("port", "pass", "Modem answers on /dev/ttyUSB2", "AT -> OK"),
        CheckResult("radio", "pass", "Radio is on", "+CFUN: 1"),
        CheckResult("sim-present", "pass", "SIM card detected", "+CPIN: READY"),
        CheckResult("sim-health", "pass", "SIM card answers", "ICCID 89860012345678901234"),
        CheckResult("sim-lock", "pass", "SIM is unlocked", "+CPIN: READY"),
        CheckResult("signal", "pass", "Signal is good", "RSRP -95 dBm on LTE"),
        CheckResult("registration", "pass", "Registered on the home network",
                    "EPS: home, 中国移动 CHINA MOBILE (46000), LTE"),
        CheckResult("roaming", "pass", "Not roaming", "Home network 460 00"),
        CheckResult("apn", "pass", "APN matches the operator's", "Modem has \"cmnet\"; "
                    "China Mobile expects \"cmnet\""),
        CheckResult("data-attach", "pass", "Attached to the packet network", "+CGATT: 1"),
        CheckResult("data-session", "pass", "Data session is up", "Context 1 (cmnet) active"),
        CheckResult("account", "skip", "Balance not checked", "Run it with --balance to ask "
                    "the operator."),
    ]
    return Report(facts=facts, checks=checks,
                  verdict=Verdict("ok", None, "The SIM card and the modem work: data is up."),
                  transcript=_transcript([("tx", "AT"), ("rx", "OK"), ("tx", "AT+CPIN?"),
                                          ("rx", "+CPIN: READY"), ("rx", "OK")]),
                  support=SupportInfo(host_os="Linux 6.1.0"), created=CREATED,
                  tool_version=VERSION)


def pin_locked() -> Report:
    facts = Facts(
        port=PortFacts(url="/dev/ttyUSB0", device="/dev/ttyUSB0",
                       description="HUAWEI Mobile Connect - Modem", vid=0x12D1, pid=0x15C1),
        modem=ModemFacts(manufacturer="Huawei", model="ME909s-120",
                         revision="11.617.01.00.00", imei="867223021234567"),
        sim=SimFacts(state="pin-required", raw="+CPIN: SIM PIN", iccid="89860318712345678901",
                     pin_retries=2, puk_retries=10),
        radio=RadioFacts(cfun=1, on=True),
        reachable=True, vendor="huawei",
    )
    skipped = "Cannot be judged while the SIM is locked."
    checks = [
        CheckResult("port", "pass", "Modem answers on /dev/ttyUSB0", "AT -> OK"),
        CheckResult("radio", "pass", "Radio is on", "+CFUN: 1"),
        CheckResult("sim-present", "pass", "SIM card detected", "+CPIN: SIM PIN"),
        CheckResult("sim-health", "pass", "SIM card answers", "ICCID 89860318712345678901"),
        CheckResult("sim-lock", "fail", "The SIM card is locked with a PIN",
                    "+CPIN: SIM PIN; 2 PIN tries left (^CPIN), 10 PUK tries left",
                    "Enter the SIM PIN (simtool pin enter, or the app's \"Enter PIN\").\n"
                    "You have 2 tries left; after that the card needs the PUK.\n"
                    "The PIN came with the SIM card: look on the card holder or the "
                    "operator's letter; do not guess."),
        *[CheckResult(cid, "skip", title, skipped) for cid, title in (
            ("signal", "Signal"), ("registration", "Registration"), ("roaming", "Roaming"),
            ("apn", "APN"), ("data-attach", "Packet attach"), ("data-session", "Data session"))],
        CheckResult("other-device", "manual", "Does the card work in another device?",
                    "Try it in a phone to tell a card problem from a modem problem."),
    ]
    return Report(facts=facts, checks=checks,
                  verdict=Verdict("problem", "sim-lock", "The SIM card is locked with a PIN "
                                  "(2 tries left)."),
                  transcript=_transcript([
                      ("tx", "AT"), ("rx", "OK"), ("tx", "AT+CPIN?"), ("rx", "+CPIN: SIM PIN"),
                      ("rx", "OK"), ("tx", "AT^CPIN?"),
                      ("rx", "^CPIN: SIM PIN,2,10,2,10,3"), ("rx", "OK"),
                      ("tx", "AT^ICCID?"), ("rx", "^ICCID: 98683081172143658710"),
                      ("rx", "OK")]),
                  support=SupportInfo(symptom="Asks for a PIN after the update",
                                      last_worked="yesterday", device_changed=False,
                                      host_os="Windows 11"),
                  created=CREATED, tool_version=VERSION)


def data_refused() -> Report:
    facts = Facts(
        port=PortFacts(url="/dev/ttyUSB3", device="/dev/ttyUSB3",
                       description="SimTech SIM7600 AT port", vid=0x1E0E, pid=0x9001),
        modem=ModemFacts(manufacturer="SIMCOM INCORPORATED", model="SIM7600E-H",
                         revision="LE20B04SIM7600M22", imei="862636051234567"),
        sim=SimFacts(state="ready", raw="+CPIN: READY", iccid="89490200001234567890",
                     imsi="262021234567890", msisdn="+491721234567", pin_retries=3,
                     puk_retries=10, home=HomeNetwork(mcc="262", mnc="02")),
        radio=RadioFacts(cfun=1, on=True),
        signal=SignalFacts(rssi_dbm=-71, ber=99, rsrp_dbm=-103, rsrq_db=-12, sinr_db=6,
                           quality="fair"),
        registration=RegistrationFacts(
            cs=RegistrationDomain(stat=1, state="home", lac="D2C1", ci="1A2B3C4", act=7),
            ps=RegistrationDomain(stat=1, state="home", lac="D2C1", ci="1A2B3C4", act=7),
            eps=RegistrationDomain(stat=1, state="home", tac="D2C1", ci="1A2B3C4", act=7),
            overall="home"),
        operator=OperatorFacts(name="Vodafone.de", mcc="262", mnc="02", act=7, mode=0),
        packet=PacketFacts(attached=True,
                           contexts=[PdpContext(cid=1, pdp_type="IP", apn="web.vodafone.de",
                                                active=False)],
                           last_error=LastError(text="+CME ERROR: 33", cause=33)),
        apn=ApnFacts(configured="web.vodafone.de", expected=["web.vodafone.de"],
                     provider="Vodafone"),
        reachable=True, vendor="simcom", connection_test=True,
    )
    checks = [
        CheckResult("port", "pass", "Modem answers on /dev/ttyUSB3", "AT -> OK"),
        CheckResult("radio", "pass", "Radio is on", "+CFUN: 1"),
        CheckResult("sim-present", "pass", "SIM card detected", "+CPIN: READY"),
        CheckResult("sim-health", "pass", "SIM card answers", "ICCID 89490200001234567890"),
        CheckResult("sim-lock", "pass", "SIM is unlocked", "+CPIN: READY"),
        CheckResult("signal", "pass", "Signal is usable", "RSRP -103 dBm on LTE (fair)"),
        CheckResult("registration", "pass", "Registered on the home network",
                    "EPS: home, Vodafone.de (26202), LTE"),
        CheckResult("roaming", "pass", "Not roaming", "Home network 262 02"),
        CheckResult("apn", "pass", "APN matches the operator's",
                    "Modem has \"web.vodafone.de\"; Vodafone expects \"web.vodafone.de\""),
        CheckResult("data-attach", "pass", "Attached to the packet network", "+CGATT: 1"),
        CheckResult("data-session", "fail",
                    "The network refused the data session: service not subscribed (#33)",
                    "AT+CGACT=1,1 -> +CME ERROR: 33 (ESM cause #33, requested service "
                    "option not subscribed), on SIM 89490200001234567890",
                    "Your plan does not allow data right now: it may have expired, used up "
                    "its data quota, or never included data.\n"
                    "Check your balance and recharge or buy a data pack.\n"
                    "If the plan should include data, call your operator: tell them the "
                    "ICCID, the IMSI and \"ESM cause 33\"."),
    ]
    return Report(facts=facts, checks=checks,
                  verdict=Verdict("problem", "data-session",
                                  "The network refused the data session with cause #33 "
                                  "(service option not subscribed): plan expired, quota used "
                                  "up, or no data plan."),
                  transcript=_transcript([
                      ("tx", "AT"), ("rx", "OK"), ("tx", "ATI"),
                      ("rx", "Manufacturer: SIMCOM INCORPORATED"), ("rx", "Model: SIM7600E-H"),
                      ("rx", "Revision: LE20B04SIM7600M22"), ("rx", "IMEI: 862636051234567"),
                      ("rx", "OK"), ("tx", "AT+CPIN?"), ("rx", "+CPIN: READY"), ("rx", "OK"),
                      ("tx", "AT+CICCID"), ("rx", "+ICCID: 89490200001234567890"), ("rx", "OK"),
                      ("tx", "AT+CIMI"), ("rx", "262021234567890"), ("rx", "OK"),
                      ("tx", "AT+CNUM"), ("rx", "+CNUM: \"\",\"+491721234567\",145"),
                      ("rx", "OK"), ("tx", "AT+CEREG?"),
                      ("rx", "+CEREG: 2,1,\"D2C1\",\"1A2B3C4\",7"),
                      ("rx", "OK"), ("tx", "AT+CGDCONT?"),
                      ("rx", "+CGDCONT: 1,\"IP\",\"web.vodafone.de\",\"0.0.0.0\",0,0"),
                      ("rx", "OK"), ("tx", "AT+CGACT=1,1"), ("rx", "+CME ERROR: 33"),
                      ("tx", "AT+CEER"),
                      ("rx", "+CEER: ESM cause 33 <requested service option not subscribed>"),
                      ("rx", "OK")]),
                  support=SupportInfo(symptom="Signal bars are full but no internet since "
                                      "Monday", last_worked="2026-11-16",
                                      device_changed=False, host_os="Linux 6.1.0"),
                  created=CREATED, tool_version=VERSION)


def data_blocked() -> Report:
    """An IoT card in arrears, moved to a new Quectel modem: registered, session up, the
    data-path test finds nothing passing; its notices (one with a phone number and a code
    for the redaction test) and the card history are in the report."""
    facts = healthy().facts
    facts.modem.imei = "866758047654321"
    facts.notices = [
        Notice(time="2026-11-19T10:02:11+08:00", sender="10086",
               text="尊敬的客户，您的账户已欠费3.20元，号码已暂停服务，缴清欠费后自动恢复。"
                    "充值请拨打13800138000，验证码552188。【中国移动】",
               cause="arrears-suspended"),
        Notice(time="2026-11-15T08:40:00+08:00", sender="10086",
               text="【中国移动】您的余额已不足5元，为免停机影响使用，请及时充值。",
               cause="low-balance"),
    ]
    facts.unread_sms_skipped = 1
    facts.data_path = DataPathResult(
        outcome="nothing-passes", method="modem",
        target="http://connect.rom.miui.com/generate_204", dns=False, ping=False,
        detail="DNS connect.rom.miui.com: no answer; ping 223.5.5.5: 0 of 2 answered")
    facts.history = CardHistory(
        first_seen="2026-10-01T06:00:00Z", last_seen="2026-11-02T08:30:00Z",
        last_passed="2026-11-02T08:30:00Z", last_passed_imei="866758041234567",
        moved_from="866758041234567",
        devices=[CardDevice(imei="866758041234567", first_seen="2026-10-01T06:00:00Z",
                            last_seen="2026-11-02T08:30:00Z",
                            last_passed="2026-11-02T08:30:00Z")])
    passed = healthy().checks[:10]
    checks = [
        *passed,
        CheckResult("data-session", "pass", "Data session", "context 1 is active (APN \"cmnet\")"),
        CheckResult("data-path", "fail", "Traffic through the data session",
                    "nothing passes: DNS connect.rom.miui.com: no answer; ping 223.5.5.5: 0 "
                    "of 2 answered\nOperator notice of 2026-11-19 from 10086: 尊敬的客户，您的账"
                    "户已欠费3.20元，号码已暂停服务，缴清欠费后自动恢复。充值请拨打13800138000，验证码"
                    "552188。【中国移动】\nThis card last worked in another device (IMEI "
                    "866758041234567, on 2026-11-02); it is in a new device now.",
                    "1. The data session is up but no traffic passes: the operator has "
                    "stopped this card's data, usually for arrears, a used-up data quota or "
                    "an expired plan.\n2. Call your operator. Tell them: ICCID "
                    "89860012345678901234, IMSI 460001234567890, the card registers and its "
                    "data session is up, but no traffic passes."),
    ]
    return Report(facts=facts, checks=checks,
                  verdict=Verdict("problem", "data-path",
                                  "The operator blocks data on this card: its notice of "
                                  "2026-11-19 says \u201csuspended for arrears\u201d (usually "
                                  "arrears, quota used up or an expired plan)."),
                  transcript=_transcript([("tx", "AT+CMGL=1;+CMGL=2;+CMGL=3"), ("rx", "OK")]),
                  support=SupportInfo(last_worked="2026-11-02 08:30:00 UTC (simtool's last "
                                      "check without a problem)", device_changed=True,
                                      host_os="Linux 6.1.0"),
                  created=CREATED, tool_version=VERSION)


SAMPLES = {"healthy": healthy, "pin-locked": pin_locked, "data-refused": data_refused,
           "data-blocked": data_blocked}
