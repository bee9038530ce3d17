"""Scenarios (what is wrong with the simulated modem) and the networks it can live on.

A scenario only sets the starting state and the network's policy; everything after that is
the interpreter's state machine (a pin-locked SIM unlocks with the right PIN, a wrong APN
works once the right one is written, radio-off registers after AT+CFUN=1).

Reject causes chosen (3GPP TS 24.008 Annex G / TS 24.301 Annex A):
- registration-denied: EMM/MM #8 "EPS and non-EPS services not allowed", what networks send
  to a subscription barred for arrears (override with `cause=N`, e.g. 2 = IMSI unknown,
  the card is not activated or was cancelled);
- roaming-not-allowed: #13 "roaming not allowed in this tracking area" on a visited network;
- attach-rejected: #7 "EPS services not allowed" (CS registered, packet domain refused);
- wrong-apn: ESM #27 "missing or unknown APN"; not-subscribed: #33; auth-failed: #29.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from simtool.i18n import QT_TRANSLATE_NOOP
from simtool.sim.config import operator_digits


@dataclass(frozen=True)
class Network:
    """A PLMN and the SIM the simulator issues for it."""

    mcc: str
    mnc: str
    long_name: str
    short_name: str
    apn: str  # the provider's internet APN (matches the provider database)
    imsi: str
    iccid: str
    msisdn: str
    currency: str
    balance: float
    topup_prefix: str  # "*101*" -> top-up code *101*VOUCHER#
    visited: tuple[str, str, str, str]  # a foreign network: mcc, mnc, long, short
    # The operator's SMS account service: its number and the words it answers (balance and
    # data queries, as the provider overlay lists them); None: no such service.
    sms_service: str | None = None
    sms_words: tuple[str, ...] = ()
    signature: str = ""  # how its texts are signed: "【中国移动】"
    data_left_gb: float = 3.52
    data_plan_gb: float = 10.0

    @property
    def numeric(self) -> str:
        return self.mcc + self.mnc


_HONG_KONG = ("454", "00", "CSL", "CSL")


def _chinese(mnc: str, operator: str, apn: str, balance: float, left: float,
             plan: float) -> Network:
    """A simulated card of a Chinese operator on network 460/`mnc`: the home network name
    its cells broadcast (+COPS long and short), the default APN of that range (the provider
    overlay's), numbers in the operator's ranges, and its SMS account service."""
    long_name, short_name, iccid_code, msisdn, service, words, signature = _CHINESE[operator]
    imsi = f"460{mnc}1357924680"
    iccid = f"8986{iccid_code}12345678901234"[:20]
    return Network("460", mnc, long_name, short_name, apn, imsi, iccid, msisdn, "CNY",
                   balance, "*101*", _HONG_KONG, service, words, signature, left, plan)


# Operator -> +COPS names, ICCID issuer digits, a phone number, SMS service, its words
# (balance, data), and its signature. The names are what the operators' cells broadcast
# ("CHINA MOBILE"/"CMCC", "CHN-UNICOM"/"UNICOM", "CHN-CT"/"CT", "CBN").
_CHINESE: dict[str, tuple[str, str, str, str, str | None, tuple[str, ...], str]] = {
    "cmcc": ("CHINA MOBILE", "CMCC", "00", "+8613912345678", "10086", ("CXYE", "CXLL"),
             "【中国移动】"),
    "cucc": ("CHN-UNICOM", "UNICOM", "01", "+8613012345678", "10010", ("CXHF", "2082"),
             "【中国联通】"),
    "ctcc": ("CHN-CT", "CT", "11", "+8618912345678", "10001", ("102", "108"), "【中国电信】"),
    "cbn": ("CBN", "CBN", "15", "+8619212345678", None, (), "【中国广电】"),
}


NETWORKS: dict[str, Network] = {
    "46000": Network("460", "00", "CHINA MOBILE", "CMCC", "cmnet", "460001357924680",
                     "89860012345678901234", "+8613912345678", "CNY", 23.45, "*101*",
                     _HONG_KONG, "10086", ("CXYE", "CXLL"), "【中国移动】", 3.52, 10.0),
    "46001": Network("460", "01", "CHN-UNICOM", "UNICOM", "3gnet", "460012468013579",
                     "89860112345678901234", "+8613012345678", "CNY", 15.20, "*101*",
                     _HONG_KONG, "10010", ("CXHF", "2082"), "【中国联通】", 1.80, 5.0),
    # Every other network code China's operators use (provider overlay, resources/providers):
    # consumer ranges on the consumer APN, IoT ranges (04, 08, 13, 06) on the IoT APN.
    **{f"460{mnc}": _chinese(mnc, operator, apn, balance, left, plan)
       for mnc, operator, apn, balance, left, plan in (
           ("02", "cmcc", "cmnet", 23.45, 3.52, 10.0),
           ("07", "cmcc", "cmnet", 23.45, 3.52, 10.0),
           ("04", "cmcc", "cmiot", 8.00, 0.25, 1.0),
           ("08", "cmcc", "cmiot", 8.00, 0.25, 1.0),
           ("13", "cmcc", "cmiot", 8.00, 0.25, 1.0),
           ("06", "cucc", "UNIM2M.NJM2MAPN", 6.00, 0.40, 1.0),
           ("09", "cucc", "3gnet", 15.20, 1.80, 5.0),
           ("10", "cucc", "3gnet", 15.20, 1.80, 5.0),
           ("03", "ctcc", "ctnet", 18.60, 2.25, 8.0),
           ("05", "ctcc", "ctnet", 18.60, 2.25, 8.0),
           ("11", "ctcc", "ctnet", 18.60, 2.25, 8.0),
           ("12", "ctcc", "ctnet", 18.60, 2.25, 8.0),
           ("15", "cbn", "cbnet", 12.00, 5.00, 20.0),
       )},
    "26202": Network("262", "02", "Vodafone.de", "Vodafone", "web.vodafone.de",
                     "262021234567890", "8949020000123456789", "+491721234567", "EUR",
                     12.34, "*100*", ("234", "10", "O2 - UK", "O2 - UK")),
    "26201": Network("262", "01", "Telekom.de", "TDG", "internet.telekom",
                     "262011234567890", "8949010000123456789", "+491511234567", "EUR",
                     8.90, "*101*", ("234", "10", "O2 - UK", "O2 - UK")),
}


# The network of GSMA TS.48 test profiles: the lab PLMN 001/01 that no live network serves.
TEST_NETWORK = Network("001", "01", "Test Network", "Test", "internet", "001010000000001",
                       "89000123456789012341", "+10000000000", "EUR", 0.0, "*101*",
                       ("001", "01", "Test Network", "Test"))


def network(numeric: str) -> Network:
    """The network for MCC+MNC (5 or 6 digits); unknown ones get plausible made-up data."""
    numeric = operator_digits(numeric)
    if numeric in NETWORKS:
        return NETWORKS[numeric]
    mcc, mnc = numeric[:3], numeric[3:]
    imsi = (numeric + "0123456789")[:15]
    return Network(mcc, mnc, f"Operator {numeric}", numeric, "internet", imsi,
                   ("8900" + numeric + "0123456789")[:19], "+10000000000", "EUR", 10.0,
                   "*101*", ("001", "01", "Test Network", "Test"))


@dataclass(frozen=True)
class Scenario:
    name: str
    summary: str
    sim: str = "ready"  # ready, absent, failure, busy, pin, puk
    pin_enabled: bool = False
    cfun: int = 1
    signal: str = "good"  # good, weak, none
    # Network policy: None = registers; a cause = denied with it.
    reject_cause: int | None = None
    searching: bool = False  # cells seen, but no network accepts us (stays at stat 2)
    roaming: bool = False  # camped on the SIM's visited network
    attach_cause: int | None = None  # packet domain refused with this cause
    data_cause: int | None = None  # PDP activation refused with this cause (any APN)
    wrong_apn: str | None = None  # configured APN that the network refuses with #27
    auth_required: bool = False  # activation needs credentials (#29 without them)
    flaky: bool = False
    reboot: bool = False
    # The card is an eUICC holding this set of profiles (sim/euicc.py, esim_profiles);
    # None = a plain UICC (the default; `esim=1` gives any scenario an eUICC instead).
    esim: str | None = None


def _summary(text: str) -> str:
    return QT_TRANSLATE_NOOP("Simulator", text)


SCENARIOS: dict[str, Scenario] = {
    s.name: s
    for s in (
        Scenario("healthy", _summary(
            "everything works: SIM ready, good LTE signal, home network, data up")),
        Scenario("no-sim", _summary("no SIM card in the slot"), sim="absent"),
        Scenario("sim-failure", _summary(
            "the SIM does not answer (damaged or badly seated)"), sim="failure"),
        Scenario("sim-busy", _summary(
            "the SIM initialises for `busy` seconds (default 3), then is ready"), sim="busy"),
        Scenario("pin-locked", _summary("the SIM asks for its PIN (1234, 3 tries)"),
                 sim="pin", pin_enabled=True),
        Scenario("puk-locked", _summary(
            "the PIN was entered wrong 3 times: the SIM wants the PUK (12345678, 10 tries)"),
            sim="puk", pin_enabled=True),
        Scenario("radio-off", _summary(
            "the radio is switched off (AT+CFUN=4, airplane mode)"), cfun=4),
        Scenario("no-signal", _summary("no cell in reach: searching with no signal"),
                 signal="none"),
        Scenario("weak-signal", _summary("registered, but RSRP -121 dBm"), signal="weak"),
        Scenario("searching", _summary("cells in reach, but the modem keeps searching"),
                 searching=True),
        Scenario("registration-denied", _summary(
            "the network rejects the SIM (default cause #8, barred subscription; "
            "cause=N to change)"), reject_cause=8),
        Scenario("roaming-not-allowed", _summary(
            "abroad on a network that refuses roaming (#13)"), reject_cause=13, roaming=True),
        Scenario("wrong-apn", _summary(
            "the configured APN is not the operator's: activation refused with #27"),
            wrong_apn="internet"),
        Scenario("not-subscribed", _summary(
            "no data plan (expired or used up): activation refused with #33"),
            data_cause=33),
        Scenario("auth-failed", _summary(
            "the APN needs a user name and password: activation refused with #29"),
            auth_required=True),
        Scenario("attach-rejected", _summary(
            "registered for voice/SMS, packet attach refused (#7)"), attach_cause=7),
        Scenario("flaky", _summary(
            "healthy, but some replies are dropped, garbled or stalled (deterministic from "
            "seed)"), flaky=True),
        Scenario("reboot", _summary(
            "healthy, but resets after `after` commands (default 3) with a URC storm"),
            reboot=True),
        Scenario("esim-empty", _summary(
            "an eSIM (eUICC) with no profile installed: the modem sees no SIM"),
            sim="absent", esim="empty"),
        Scenario("esim-disabled", _summary(
            "an eSIM whose one profile (\"Travel 5GB\") is installed but disabled"),
            sim="absent", esim="disabled"),
        Scenario("esim-test-only", _summary(
            "an eSIM with only the GSMA test profile enabled: no live network takes it"),
            searching=True, esim="test-only"),
        Scenario("esim-wrong-profile", _summary(
            "an eSIM whose enabled profile does not register here; the one bought "
            "(\"Travel 5GB\") is disabled"), searching=True, esim="wrong-profile"),
    )
}

HEALTHY = SCENARIOS["healthy"]


def scenario(name: str) -> Scenario:
    """The scenario called `name`; KeyError when unknown."""
    return SCENARIOS[name.strip().lower()]


def with_cause(base: Scenario, cause: int) -> Scenario:
    """`base` with its reject (or data) cause replaced by `cause`."""
    if base.data_cause is not None:
        return replace(base, data_cause=cause)
    if base.attach_cause is not None:
        return replace(base, attach_cause=cause)
    return replace(base, reject_cause=cause)
