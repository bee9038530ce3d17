"""The facts model: everything simtool learned about one modem, in report-contract shape.

Each dataclass mirrors one section of the JSON report (DESIGN.md, "The report"): field
names are the JSON keys, unknown values are None (never omitted). Readers fill these in;
checks only read them. Nothing here does I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

# sim.state values (DESIGN.md enumerations)
SIM_STATES = (
    "ready", "pin-required", "puk-required", "pin2-required", "puk2-required",
    "ph-sim-pin", "ph-net-pin", "ph-net-puk", "ph-netsub-pin", "ph-sp-pin", "ph-corp-pin",
    "not-inserted", "failure", "wrong", "busy", "unknown",
)

# registration stat 0..11 -> state name (3GPP TS 27.007 +CREG/+CGREG/+CEREG/+C5GREG)
REG_STATES = (
    "not-registered", "home", "searching", "denied", "unknown", "roaming",
    "home-sms-only", "roaming-sms-only", "emergency-only",
    "home-csfb-not-preferred", "roaming-csfb-not-preferred", "attached-rlos",
)

SIGNAL_QUALITIES = ("excellent", "good", "fair", "poor", "none", "unknown")

# port.via: the source that read the modem (simtool.sources).
SOURCES = ("at", "modemmanager", "hilink", "zte")
# sim.type; sim.profiles[].state and .class (SGP.22 ProfileInfo: profileState, profileClass).
SIM_TYPES = ("physical", "esim", "unknown")
PROFILE_STATES = ("enabled", "disabled")
PROFILE_CLASSES = ("test", "provisioning", "operational")
# sim.esim_status: how much of the eUICC a source could read (None: not tried, or a plain SIM).
# profiles-read: sim.profiles is the card's whole list (it may be empty); no-profiles /
# with-profiles: the source says so without listing them (ModemManager Sim.EsimStatus,
# StateFailedReason esim-without-profiles); not-readable: the modem offers no way to the
# eUICC (no +CCHO/+CGLA, no logical channels over +CSIM); channel-unavailable: the card
# opened no logical channel (6881/6A81), an eUICC may still be there; inconclusive: no way
# to the eUICC while the modem sees no usable SIM either (empty slot, or an eSIM whose
# modem cannot reach it).
ESIM_STATUSES = ("profiles-read", "no-profiles", "with-profiles", "not-readable",
                 "channel-unavailable", "inconclusive")
# modem.state / modem.failed_reason: what a managing service (ModemManager) says of the
# modem as a whole (MMModemState, MMModemStateFailedReason); None when read over AT.
MANAGER_STATES = ("failed", "unknown", "initializing", "locked", "disabled", "disabling",
                  "enabling", "enabled", "searching", "registered", "disconnecting",
                  "connecting", "connected")
FAILED_REASONS = ("none", "unknown", "sim-missing", "sim-error", "unknown-capabilities",
                  "esim-without-profiles")

# Registration states in which the modem is on a network (it may be SMS-only or CSFB).
REGISTERED_STATES = ("home", "roaming", "home-sms-only", "roaming-sms-only",
                     "home-csfb-not-preferred", "roaming-csfb-not-preferred")


@dataclass
class ManagedPort:
    """One of the modem's ports as its managing service lists them (ttyUSB2 / at)."""

    name: str
    type: str                         # at, net, qcdm, gps, qmi, mbim, ... or unknown


@dataclass
class PortFacts:
    url: str | None = None
    device: str | None = None
    description: str | None = None
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    via: str | None = None            # one of SOURCES: what read the modem
    plugin: str | None = None         # ModemManager's plugin for the modem (via modemmanager)
    ports: list[ManagedPort] = field(default_factory=list)   # all its ports (modemmanager)


@dataclass
class ModemFacts:
    manufacturer: str | None = None
    model: str | None = None
    revision: str | None = None
    imei: str | None = None
    state: str | None = None          # one of MANAGER_STATES (ModemManager); None over AT
    failed_reason: str | None = None  # one of FAILED_REASONS when state is "failed"


@dataclass
class HomeNetwork:
    mcc: str | None = None
    mnc: str | None = None


@dataclass
class EsimProfile:
    """One profile on an eUICC. `profile_class` is the report's "class" (a Python keyword)."""

    iccid: str | None = None
    state: str | None = None          # one of PROFILE_STATES
    profile_class: str | None = None  # one of PROFILE_CLASSES
    name: str | None = None           # the profile's nickname, else its name
    provider: str | None = None       # the service provider's name


@dataclass
class SimFacts:
    state: str | None = None          # one of SIM_STATES, None if never read
    raw: str | None = None            # the modem's own words (+CPIN line or +CME text)
    iccid: str | None = None
    imsi: str | None = None
    msisdn: str | None = None
    pin_retries: int | None = None
    puk_retries: int | None = None
    home: HomeNetwork = field(default_factory=HomeNetwork)
    eid: str | None = None            # the eUICC's EID (32 digits) when the card is one
    type: str | None = None           # one of SIM_TYPES
    profiles: list[EsimProfile] = field(default_factory=list)   # on an eUICC
    esim_status: str | None = None    # one of ESIM_STATUSES


@dataclass
class RadioFacts:
    cfun: int | None = None
    on: bool | None = None


@dataclass
class SignalFacts:
    rssi_dbm: float | None = None
    ber: int | None = None
    rsrp_dbm: float | None = None
    rsrq_db: float | None = None
    sinr_db: float | None = None
    rscp_dbm: float | None = None
    ecno_db: float | None = None
    quality: str | None = None        # one of SIGNAL_QUALITIES
    percent: int | None = None        # ModemManager's signal quality 0..100 (no dBm in it)


@dataclass
class RegistrationDomain:
    stat: int | None = None           # 3GPP integer 0..11
    state: str | None = None          # REG_STATES[stat]
    lac: str | None = None            # upper-case hex, no leading zeros
    tac: str | None = None
    ci: str | None = None
    act: int | None = None            # 3GPP AcT 0..13
    reject_cause: int | None = None   # MM/GMM/EMM/5GMM cause when the modem gives one


@dataclass
class RegistrationFacts:
    cs: RegistrationDomain | None = None     # +CREG
    ps: RegistrationDomain | None = None     # +CGREG
    eps: RegistrationDomain | None = None    # +CEREG
    nr5g: RegistrationDomain | None = None   # +C5GREG
    overall: str | None = None               # best state across domains (REG_STATES name)


_REGISTERED = ("home", "roaming")
_LOW_PRIORITY = ("home-sms-only", "roaming-sms-only", "home-csfb-not-preferred",
                 "roaming-csfb-not-preferred", "attached-rlos")


def _domain_state(domain: RegistrationDomain | None) -> str | None:
    if domain is None:
        return None
    if domain.state:
        return domain.state
    if domain.stat is not None and 0 <= domain.stat < len(REG_STATES):
        return REG_STATES[domain.stat]
    return None


def overall_state(domains: Iterable[RegistrationDomain | None]) -> str | None:
    """Best state across domains, given in the order cs, ps, eps, nr5g.

    ModemManager's consolidation (modemmanager_notes §2): the first home/roaming wins; else
    searching if any domain searches; else denied when every domain is idle, unknown or
    denied; else emergency-only; SMS-only/CSFB/RLOS states come last. A domain without a
    state name (a hand-made or foreign report) counts by its stat number.
    """
    states = [state for state in map(_domain_state, domains) if state is not None]
    if not states:
        return None
    for state in states:
        if state in _REGISTERED:
            return state
    if "searching" in states:
        return "searching"
    if "denied" in states and all(s in ("denied", "not-registered", "unknown") for s in states):
        return "denied"
    if "emergency-only" in states:
        return "emergency-only"
    for state in states:
        if state in _LOW_PRIORITY:
            return state
    if "denied" in states:
        return "denied"
    return "unknown" if "unknown" in states else "not-registered"



def current_act(registration: RegistrationFacts, operator_act: int | None) -> int | None:
    """The access technology in use (3GPP AcT): that of the newest registered domain (5G,
    LTE, packet, circuit), else the operator's (+COPS), else that of any domain giving one."""
    domains = [registration.nr5g, registration.eps, registration.ps, registration.cs]
    for domain in domains:
        if domain is not None and domain.act is not None and domain.state in REGISTERED_STATES:
            return domain.act
    if operator_act is not None:
        return operator_act
    return next((d.act for d in domains if d is not None and d.act is not None), None)


@dataclass
class OperatorFacts:
    name: str | None = None
    mcc: str | None = None
    mnc: str | None = None
    act: int | None = None
    mode: int | None = None


@dataclass
class PdpContext:
    cid: int
    pdp_type: str | None = None
    apn: str | None = None            # "" = network-provided
    active: bool | None = None


@dataclass
class LastError:
    text: str | None = None           # raw +CEER text or +CME text
    cause: int | None = None          # 3GPP SM/ESM cause number when extractable
    # True: the same error the modem reported before the user's last change (APN set,
    # radio restarted...), with no data session tried since: not evidence of the state now.
    before_change: bool | None = None


@dataclass
class PacketFacts:
    attached: bool | None = None
    contexts: list[PdpContext] = field(default_factory=list)
    last_error: LastError = field(default_factory=LastError)


@dataclass
class ApnFacts:
    configured: str | None = None
    expected: list[str] = field(default_factory=list)
    provider: str | None = None


@dataclass
class AccountResult:
    """The outcome of an explicit balance query (USSD or SMS) the user asked for."""

    ok: bool            # the operator answered
    text: str           # the operator's answer, or the error
    code_used: str      # the USSD code sent, e.g. "*100#"; for SMS "CXYE -> 10086"
    method: str = "ussd"                # "ussd" or "sms"
    balance: str | None = None          # figures found in the answer ("23.45 元")
    data_left: str | None = None        # "3.52 GB"
    plan_end: str | None = None         # "2026年12月31日"


@dataclass
class Notice:
    """An operator's SMS notice stored on the SIM or modem, kept as evidence."""

    time: str | None = None           # when the operator sent it (ISO 8601), if known
    sender: str | None = None         # the sending number or name (10086, 106...)
    text: str = ""                    # the message, decoded
    cause: str | None = None          # what it says (arrears, quota...); None if unclassified


# router.connection: the device's own connection manager (sticks and pocket routers).
ROUTER_CONNECTION_STATES = ("connected", "connecting", "disconnected", "disconnecting",
                            "failed", "unknown")
# router.login: what became of the device's admin login in this read.
LOGIN_STATES = ("not-needed", "needed", "logged-in", "refused", "locked", "failed")
# Web-API sources: the device is a router with its own connection manager (RouterFacts).
WEB_SOURCES = ("hilink", "zte")


@dataclass
class RouterFacts:
    """The device's own connection manager, on sticks and pocket routers read through their
    web API (HiLink, goform); every field None (empty) on an AT modem. Codes are the
    device's own, kept verbatim next to what they mean."""

    data_switch: bool | None = None          # the device's mobile-data switch is on
    connection: str | None = None            # one of ROUTER_CONNECTION_STATES
    connection_code: str | None = None       # the device's status code, verbatim ("901", "33")
    connection_text: str | None = None       # what the device's own page says for that code
    network_raw: str | None = None           # the device's words for its network state
    data_limit_bytes: int | None = None      # monthly limit set ON THE DEVICE (not the plan)
    data_used_bytes: int | None = None       # what the device counted this month
    data_limit_reached: bool | None = None
    data_limit_stops: bool | None = None     # the device cut data itself at its limit
    login: str | None = None                 # one of LOGIN_STATES
    login_required: list[str] = field(default_factory=list)   # what needs the admin password
    login_attempts_left: int | None = None
    unparsed: list[str] = field(default_factory=list)    # codes not in the tables: "Field=code"
# data_path.outcome: what a test of the data path showed (the `data-path` check).
DATA_PATH_OUTCOMES = (
    "passes",           # the check URL answered as it should (HTTP 204)
    "dns-fails",        # names do not resolve, but an address answers
    "nothing-passes",   # no name resolves, no address answers, no web page comes
    "redirected",       # web requests are answered by another page (30x or a portal)
    "limited",          # some traffic passes (ping), web traffic does not
    "not-testable",     # this modem has no way to test that simtool knows
    "error",            # the test could not be completed (the reason is in `detail`)
)


@dataclass
class DataPathResult:
    """The outcome of an explicit data-path test: does traffic pass through the session?"""

    outcome: str | None = None        # one of DATA_PATH_OUTCOMES
    method: str | None = None         # "modem": the modem's own TCP/IP stack
    target: str | None = None         # the URL probed
    dns: bool | None = None           # the probe's name resolved (None: not tried)
    ping: bool | None = None          # an echo came back from the ping address
    http_status: int | None = None    # the HTTP status the probe got, if any
    location: str | None = None       # where a redirect pointed, when the modem showed it
    detail: str | None = None         # the modem's words, or why it could not be tested
    activated: bool | None = None     # simtool opened a session for the test and closed it


@dataclass
class CardDevice:
    """One device (modem) a card was seen in by earlier checks on this computer."""

    imei: str | None = None
    first_seen: str | None = None     # ISO 8601 UTC
    last_seen: str | None = None
    last_passed: str | None = None    # the last check there that found no problem


@dataclass
class CardHistory:
    """What earlier checks on this computer saw of this card (simtool.report.history)."""

    first_seen: str | None = None
    last_seen: str | None = None      # the last check before this one
    last_passed: str | None = None    # the last check that found no problem, any device
    last_passed_imei: str | None = None
    moved_from: str | None = None     # the device (IMEI) it last worked in, when not this one
    devices: list[CardDevice] = field(default_factory=list)


@dataclass
class Facts:
    """What one read of a modem established. `reachable` is False when the port failed."""

    port: PortFacts = field(default_factory=PortFacts)
    modem: ModemFacts = field(default_factory=ModemFacts)
    sim: SimFacts = field(default_factory=SimFacts)
    radio: RadioFacts = field(default_factory=RadioFacts)
    signal: SignalFacts = field(default_factory=SignalFacts)
    registration: RegistrationFacts = field(default_factory=RegistrationFacts)
    operator: OperatorFacts = field(default_factory=OperatorFacts)
    packet: PacketFacts = field(default_factory=PacketFacts)
    apn: ApnFacts = field(default_factory=ApnFacts)
    notices: list[Notice] = field(default_factory=list)
    router: RouterFacts = field(default_factory=RouterFacts)
    data_path: DataPathResult | None = None   # None: not tested
    history: CardHistory | None = None        # None: no history consulted
    # Not in the JSON sections above, but needed by the checks:
    reachable: bool | None = None             # port opened and answered AT
    port_error: str | None = None             # user sentence when the port failed
    port_error_kind: str | None = None        # not-found|permission|busy|silent|vanished|other
    vendor: str | None = None                 # vendors/ module name that was used
    connection_test: bool | None = None       # an explicit connection test ran (issue 7)
    account: AccountResult | None = None      # the operator's answer to a balance query
    notes: list[str] = field(default_factory=list)   # reader remarks (unparsed replies, ...)
    # ModemManager's SIM object path (its last part is what `mmcli -i` takes): remedies
    # name it when the modem was read through ModemManager.
    manager_sim: str | None = None
    # Stored SMS: how many unread ones were left unread (reading them would mark them read)
    # and how many were read with the user's consent (and so are marked read now).
    unread_sms_skipped: int = 0
    unread_sms_marked: int = 0
    # The modem restarted while it was being read: each reset line with when it came
    # ("RDY at 0.4 s, while AT+CSQ;... was running"); the power check's evidence.
    restarts: list[str] = field(default_factory=list)

    def section(self, name: str) -> dict[str, Any]:
        return asdict(getattr(self, name))
