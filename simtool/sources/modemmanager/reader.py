"""ModemManager's properties -> the facts model. Pure functions, no D-Bus: the source
(source.py) fetches, this module translates. Names and numbers are those of ModemManager's
D-Bus API (reference/modemmanager_backend.md); what it does not expose stays None.

The AT pass-through replies (Modem.Command, only when ModemManager runs with --debug) go
through the same parsers as the AT source's, so a +CEER or +CESQ means the same here.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any

from simtool.at.cme import cme_code_for_text, nas_cause_for_cme
from simtool.at.parsers import ceer as ceer_parser
from simtool.at.parsers.common import Unparsed
from simtool.at.parsers.packet import parse_cgdcont
from simtool.at.parsers.retries import parse_cpinr
from simtool.at.parsers.signal import parse_cesq
from simtool.facts import (
    FAILED_REASONS,
    MANAGER_STATES,
    REG_STATES,
    Facts,
    ManagedPort,
    Notice,
    PdpContext,
    RegistrationDomain,
    current_act,
    overall_state,
)
from simtool.i18n import tr
from simtool.quality import signal_quality
from simtool.sources.modemmanager.client import MODEM, MODEM_3GPP, SIGNAL
from simtool.sources.modemmanager.passthrough import CEER, CESQ, CGDCONT, CPIN, CPINR

# MMModemState is -1..11; MANAGER_STATES starts at -1 (failed).
_STATE_OFFSET = 1
# MMModemPortType -> the name mmcli shows.
PORT_TYPES = {1: "unknown", 2: "net", 3: "at", 4: "qcdm", 5: "gps", 6: "qmi", 7: "mbim",
              8: "audio", 9: "ignored", 10: "xmmrpc"}
# MMModemLock -> sim.state (facts.SIM_STATES); the ones simtool has no name of its own for
# map to the nearest lock of the same kind, the raw text keeps ModemManager's word.
LOCKS = {1: "ready", 2: "pin-required", 3: "pin2-required", 4: "puk-required",
         5: "puk2-required", 6: "ph-sp-pin", 7: "ph-sp-pin", 8: "ph-net-pin", 9: "ph-net-puk",
         10: "ph-sim-pin", 11: "ph-corp-pin", 12: "ph-corp-pin", 13: "ph-sim-pin",
         14: "ph-sim-pin", 15: "ph-netsub-pin", 16: "ph-netsub-pin"}
LOCK_NAMES = {0: "unknown", 1: "none", 2: "sim-pin", 3: "sim-pin2", 4: "sim-puk", 5: "sim-puk2",
              6: "ph-sp-pin", 7: "ph-sp-puk", 8: "ph-net-pin", 9: "ph-net-puk",
              10: "ph-sim-pin", 11: "ph-corp-pin", 12: "ph-corp-puk", 13: "ph-fsim-pin",
              14: "ph-fsim-puk", 15: "ph-netsub-pin", 16: "ph-netsub-puk"}
_PIN_LOCK, _PUK_LOCK = 2, 4
# MMModemAccessTechnology bits -> 3GPP AcT (TS 27.007 +COPS), newest technology first.
ACCESS_TECHNOLOGIES = ((1 << 15, 11), (1 << 17, 9), (1 << 16, 7), (1 << 14, 7), (1 << 9, 6),
                       (1 << 8, 6), (1 << 7, 5), (1 << 6, 4), (1 << 5, 2), (1 << 4, 3),
                       (1 << 3, 0), (1 << 2, 1), (1 << 1, 0))
# ModemManager's mobile-equipment error names (Bearer.ConnectionError) that carry a session
# cause -> the +CME code of TS 27.007 §9.2 that carries it; at.cme gives the NAS cause, as
# for the AT source's +CME errors.
SESSION_ERRORS = {
    "OperatorDeterminedBarring": 177, "InsufficientResources": 126,
    "MissingOrUnknownApn": 127, "UnknownPdpAddressOrType": 128,
    "UserAuthenticationFailed": 129, "ActivationRejectedByGgsnOrGw": 130,
    "ActivationRejectedUnspecified": 131, "ServiceOptionNotSupported": 132,
    "ServiceOptionNotSubscribed": 133, "ServiceOptionOutOfOrder": 134,
    "NsapiOrPtiAlreadyInUse": 135, "RegularDeactivation": 136, "QosNotAccepted": 137,
    "FeatureNotSupported": 140, "SemanticErrorInTftOperation": 141,
    "SyntacticalErrorInTftOperation": 142, "UnknownPdpContext": 143,
    "SemanticErrorsInPacketFilter": 144, "SyntacticalErrorsInPacketFilter": 145,
    "PdpContextWithoutTftAlreadyActivated": 146, "LastPdnDisconnectionNotAllowed": 171,
    "SemanticallyIncorrectMessage": 172, "InvalidMandatoryInformation": 173,
    "MessageTypeNotImplemented": 174, "ConditionalIeError": 175,
    "UnspecifiedProtocolError": 176, "MaximumNumberOfBearersReached": 178,
    "RequestedApnNotSupported": 179,
}
_ME_ERROR_PREFIX = "org.freedesktop.ModemManager1.Error.MobileEquipment."
# ModemManager reports SIM failure and SIM wrong as "sim-missing" (modemmanager_notes §5);
# the error +CPIN? gets through the pass-through tells them apart.
_CPIN_ERRORS = {"SimFailure": "failure", "SimWrong": "wrong", "SimNotInserted": "not-inserted",
                "SimBusy": "busy"}


def _text(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def state_name(value: Any) -> str | None:
    number = _int(value)
    if number is None or not -1 <= number < len(MANAGER_STATES) - 1:
        return None
    return MANAGER_STATES[number + _STATE_OFFSET]


def failed_reason_name(value: Any) -> str | None:
    number = _int(value)
    return FAILED_REASONS[number] if number is not None and 0 <= number < len(
        FAILED_REASONS) else None


def act_from(bits: Any) -> int | None:
    number = _int(bits) or 0
    return next((act for bit, act in ACCESS_TECHNOLOGIES if number & bit), None)


def session_cause(error_name: str | None, message: str | None = None) -> int | None:
    """Bearer.ConnectionError's D-Bus error name -> the ESM/SM cause number, when it is one
    of the session causes (ServiceOptionNotSubscribed -> 33, MissingOrUnknownApn -> 27).
    When ModemManager could not name the error (MobileEquipment.Unknown) its message may
    still be the TS 27.007 text of the +CME error: "Requested service option not
    subscribed" (ModemManager 1.20.4 gives that for a modem answering in text mode)."""
    if not error_name or not error_name.startswith(_ME_ERROR_PREFIX):
        return None
    code = SESSION_ERRORS.get(error_name[len(_ME_ERROR_PREFIX):])
    if code is None and message:
        code = cme_code_for_text(message)
    carried = nas_cause_for_cme(code) if code is not None else None
    return carried[1] if carried is not None and carried[0] == "sm" else None


def index_of(path: str) -> str:
    """'/org/freedesktop/ModemManager1/Modem/3' -> '3' (what mmcli -m takes)."""
    return path.rsplit("/", 1)[-1]


def usb_ids(device: str | None) -> tuple[int | None, int | None]:
    """The USB vendor and product id of a modem whose Device is a sysfs path."""
    if not device or not device.startswith("/sys/"):
        return None, None
    values: list[int | None] = []
    for name in ("idVendor", "idProduct"):
        try:
            with open(os.path.join(device, name), encoding="ascii") as file:
                values.append(int(file.read().strip(), 16))
        except (OSError, ValueError):
            values.append(None)
    return values[0], values[1]


def device_key(device: str | None) -> str | None:
    """The key simtool.sources.discovery merges on: `usb:<usb path>` for a USB modem, the
    same one the AT source gives its ports (pyserial's location up to the colon)."""
    if not device or not device.startswith("/sys/"):
        return None
    name = os.path.basename(device.rstrip("/"))
    return f"usb:{name}" if name and ":" not in name and "-" in name else None


def describe(modem: Mapping[str, Any]) -> str:
    """'Quectel EC25 (ModemManager, plugin quectel: ttyUSB2 at, wwan0 net)'."""
    name = " ".join(x for x in (_text(modem.get("Manufacturer")), _text(modem.get("Model")))
                    if x) or tr("ModemManager", "modem")
    ports = ", ".join(f"{p.name} {p.type}" for p in ports_of(modem))
    return tr("ModemManager", "{name} (ModemManager, plugin {plugin}: {ports})").format(
        name=name, plugin=_text(modem.get("Plugin")) or "?", ports=ports or "?")


def ports_of(modem: Mapping[str, Any]) -> list[ManagedPort]:
    return [ManagedPort(str(name), PORT_TYPES.get(_int(kind) or 1, "unknown"))
            for name, kind in modem.get("Ports") or []]


def fill_facts(facts: Facts, interfaces: Mapping[str, Mapping[str, Any]], *,
               path: str, sim: Mapping[str, Any] | None = None,
               bearers: Sequence[Mapping[str, Any]] = (),
               profiles: Sequence[Mapping[str, Any]] | None = None,
               commands: Mapping[str, str] | None = None,
               command_errors: Mapping[str, str] | None = None,
               messages: Sequence[Mapping[str, Any]] = ()) -> None:
    """Everything ModemManager told about the modem at `path` into `facts`.

    `interfaces`: the modem's entry of GetManagedObjects; `sim`, `bearers`: their
    properties; `profiles`: ProfileManager.List; `commands`: AT pass-through replies by
    command (those that worked); `command_errors`: the D-Bus error name of those that got
    a modem error; `messages`: the properties of the SMS ModemManager holds."""
    modem = interfaces.get(MODEM, {})
    gpp = interfaces.get(MODEM_3GPP)
    commands = commands or {}
    _identity(facts, modem, gpp, path)
    state = facts.modem.state
    _sim(facts, modem, sim, commands)
    cpin_error = (command_errors or {}).get(CPIN, "")
    refined = _CPIN_ERRORS.get(cpin_error.rsplit(".", 1)[-1]) if cpin_error else None
    if refined is not None and facts.modem.failed_reason == "sim-missing":
        facts.sim.state = refined
        facts.sim.raw = tr("ModemManager", "ModemManager: modem failed (sim-missing); "
                           "AT+CPIN? through ModemManager: {error}").format(
            error=cpin_error.rsplit(".", 1)[-1])
    enabled = state in MANAGER_STATES[MANAGER_STATES.index("enabled"):]
    facts.radio.on = enabled if state not in (None, "unknown", "initializing") else None
    if gpp is not None and enabled:
        _registration(facts, modem, gpp)
    _signal(facts, modem, interfaces.get(SIGNAL), commands, enabled)
    _packet(facts, gpp if enabled else None, bearers, profiles, commands)
    facts.notices = notices_from(messages)
    facts.reachable = True


def _identity(facts: Facts, modem: Mapping[str, Any], gpp: Mapping[str, Any] | None,
              path: str) -> None:
    facts.modem.manufacturer = _text(modem.get("Manufacturer"))
    facts.modem.model = _text(modem.get("Model"))
    facts.modem.revision = _text(modem.get("Revision"))
    facts.modem.imei = _text((gpp or {}).get("Imei")) or _text(modem.get("EquipmentIdentifier"))
    facts.modem.state = state_name(modem.get("State"))
    reason = failed_reason_name(modem.get("StateFailedReason"))
    facts.modem.failed_reason = reason if facts.modem.state == "failed" else None
    device = _text(modem.get("Device"))
    facts.port.url = f"mm://{index_of(path)}"
    facts.port.device = path
    facts.port.description = describe(modem)
    facts.port.vid, facts.port.pid = usb_ids(device)
    facts.port.plugin = _text(modem.get("Plugin"))
    facts.port.ports = ports_of(modem)
    numbers = [n for n in modem.get("OwnNumbers") or [] if n]
    facts.sim.msisdn = str(numbers[0]) if numbers else None
    sim_path = _text(modem.get("Sim"))
    facts.manager_sim = sim_path if sim_path and sim_path != "/" else None


def _sim(facts: Facts, modem: Mapping[str, Any], sim: Mapping[str, Any] | None,
         commands: Mapping[str, str]) -> None:
    facts_sim = facts.sim
    reason = facts.modem.failed_reason
    lock = _int(modem.get("UnlockRequired"))
    if reason == "sim-missing":
        facts_sim.state = "not-inserted"
    elif reason == "sim-error":
        facts_sim.state = "failure"
    elif reason == "esim-without-profiles":
        facts_sim.state = "not-inserted"       # no profile: nothing the modem can use
        facts_sim.type = "esim"
        facts_sim.esim_status = "no-profiles"
    elif lock in LOCKS:
        facts_sim.state = LOCKS[lock]
    elif facts.modem.state in ("initializing", "unknown"):
        facts_sim.state = None                  # not read yet
    else:
        facts_sim.state = "unknown"
    if reason in ("sim-missing", "sim-error", "esim-without-profiles"):
        facts_sim.raw = tr("ModemManager", "ModemManager: modem failed ({reason})").format(
            reason=reason)
    elif lock == 1:                             # MM_MODEM_LOCK_NONE
        facts_sim.raw = tr("ModemManager", "ModemManager: no unlock required")
    elif lock == 0:                             # MM_MODEM_LOCK_UNKNOWN
        facts_sim.raw = tr("ModemManager", "ModemManager: does not know yet whether the SIM "
                           "needs unlocking")
    elif lock is not None:
        facts_sim.raw = tr("ModemManager", "ModemManager: unlock required: {lock}").format(
            lock=LOCK_NAMES.get(lock, str(lock)))
    retries = {_int(k): _int(v) for k, v in (modem.get("UnlockRetries") or {}).items()}
    facts_sim.pin_retries = retries.get(_PIN_LOCK)
    facts_sim.puk_retries = retries.get(_PUK_LOCK)
    if (facts_sim.pin_retries is None or facts_sim.puk_retries is None) and CPINR in commands:
        counted = parse_cpinr(commands[CPINR])
        if not isinstance(counted, Unparsed):
            if facts_sim.pin_retries is None:
                facts_sim.pin_retries = counted.pin
            if facts_sim.puk_retries is None:
                facts_sim.puk_retries = counted.puk
    if sim is None:
        return
    facts_sim.iccid = _text(sim.get("SimIdentifier"))
    facts_sim.imsi = _text(sim.get("Imsi"))
    facts_sim.eid = _text(sim.get("Eid"))
    sim_type = _int(sim.get("SimType"))
    if sim_type in (1, 2):
        facts_sim.type = "physical" if sim_type == 1 else "esim"
    # Sim.EsimStatus (1.20+): 1 no-profiles, 2 with-profiles; a hint ModemManager takes from
    # the MBIM ready state, not a profile list (reference/esim.md §10).
    esim_status = {1: "no-profiles", 2: "with-profiles"}.get(_int(sim.get("EsimStatus")) or 0)
    if esim_status is not None and facts_sim.type == "esim":
        facts_sim.esim_status = esim_status
    operator = _text(sim.get("OperatorIdentifier"))
    if operator and operator.isdigit() and len(operator) in (5, 6):
        facts_sim.home.mcc, facts_sim.home.mnc = operator[:3], operator[3:]


def _registration(facts: Facts, modem: Mapping[str, Any], gpp: Mapping[str, Any]) -> None:
    stat = _int(gpp.get("RegistrationState"))
    act = act_from(modem.get("AccessTechnologies"))
    if stat is None or not 0 <= stat < len(REG_STATES):
        return
    # ModemManager gives one consolidated state; it is the domain of the technology in use
    # (LTE/NB-IoT: EPS, NR: 5GS, 2G/3G: packet), EPS when there is none yet.
    domain = RegistrationDomain(stat=stat, state=REG_STATES[stat], act=act)
    family = {11: "nr5g", 12: "nr5g"}.get(act or -1) or (
        "ps" if act is not None and act < 7 else "eps")
    setattr(facts.registration, family, domain)
    facts.registration.overall = overall_state(
        (facts.registration.cs, facts.registration.ps, facts.registration.eps,
         facts.registration.nr5g))
    code = _text(gpp.get("OperatorCode"))
    if code and code.isdigit() and len(code) in (5, 6):
        facts.operator.mcc, facts.operator.mnc = code[:3], code[3:]
    facts.operator.name = _text(gpp.get("OperatorName"))
    facts.operator.act = act
    state = _int(gpp.get("PacketServiceState"))
    facts.packet.attached = {1: False, 2: True}.get(state or 0)


def _signal(facts: Facts, modem: Mapping[str, Any], detailed: Mapping[str, Any] | None,
            commands: Mapping[str, str], enabled: bool) -> None:
    signal = facts.signal
    if not enabled:
        return                              # a disabled modem measures nothing
    quality = modem.get("SignalQuality")
    if isinstance(quality, list | tuple) and quality:
        signal.percent = _int(quality[0])
    # Detailed values only when someone already set the Signal interface up (never here).
    if detailed and _int(detailed.get("Rate")):
        lte, nr = detailed.get("Lte") or {}, detailed.get("Nr5g") or {}
        umts, gsm = detailed.get("Umts") or {}, detailed.get("Gsm") or {}
        signal.rsrp_dbm = _float(lte.get("rsrp")) or _float(nr.get("rsrp"))
        signal.rsrq_db = _float(lte.get("rsrq")) or _float(nr.get("rsrq"))
        signal.sinr_db = _float(lte.get("snr")) or _float(nr.get("snr"))
        signal.rscp_dbm = _float(umts.get("rscp"))
        signal.ecno_db = _float(umts.get("ecio"))
        signal.rssi_dbm = _float(lte.get("rssi")) or _float(umts.get("rssi")) or _float(
            gsm.get("rssi"))
    if CESQ in commands and signal.rsrp_dbm is None and signal.rscp_dbm is None:
        cesq = parse_cesq(commands[CESQ])
        if not isinstance(cesq, Unparsed):
            signal.rsrp_dbm = cesq.rsrp_dbm or cesq.ss_rsrp_dbm
            signal.rsrq_db = cesq.rsrq_db or cesq.ss_rsrq_db
            signal.rscp_dbm = cesq.rscp_dbm
            signal.ecno_db = cesq.ecno_db
            signal.sinr_db = cesq.ss_sinr_db
            signal.rssi_dbm = signal.rssi_dbm or cesq.rxlev_dbm
    act = current_act(facts.registration, facts.operator.act)
    if signal.rsrp_dbm is None and signal.rscp_dbm is None and signal.rssi_dbm is None:
        # Only a percentage: "none" at 0 % while searching, else unknown (no dBm to rate).
        searching = facts.registration.overall in ("searching", "not-registered")
        signal.quality = "none" if signal.percent == 0 and searching else "unknown"
    else:
        signal.quality = signal_quality(signal, act, facts.registration.overall)


def _float(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and abs(number) < 1e6 else None


def _packet(facts: Facts, gpp: Mapping[str, Any] | None,
            bearers: Sequence[Mapping[str, Any]],
            profiles: Sequence[Mapping[str, Any]] | None,
            commands: Mapping[str, str]) -> None:
    packet = facts.packet
    contexts: list[PdpContext] = []
    if profiles is not None:
        for profile in profiles:
            cid = _int(profile.get("profile-id"))
            if cid is None:
                continue
            contexts.append(PdpContext(cid=cid, pdp_type=_ip_type(profile.get("ip-type")),
                                       apn=str(profile.get("apn") or ""), active=None))
    elif CGDCONT in commands:
        defined = parse_cgdcont(commands[CGDCONT])
        if not isinstance(defined, Unparsed):
            contexts = [PdpContext(cid=d.cid, pdp_type=d.pdp_type, apn=d.apn, active=None)
                        for d in defined.contexts]
    for index, bearer in enumerate(bearers):
        settings = bearer.get("Properties") or {}
        apn = str(settings.get("apn") or "")
        connected = bool(bearer.get("Connected"))
        profile_id = _int(settings.get("profile-id"))
        if profile_id is not None and profile_id < 0:
            profile_id = None               # ModemManager's "no profile" (-1)
        match = next((c for c in contexts if (profile_id is not None and c.cid == profile_id)
                      or (profile_id is None and c.apn == apn)), None)
        if match is not None:
            match.active = connected or bool(match.active)
        else:
            contexts.append(PdpContext(cid=profile_id if profile_id is not None else 100 + index,
                                       pdp_type=_ip_type(settings.get("ip-type")), apn=apn,
                                       active=connected))
        error = bearer.get("ConnectionError")
        if not connected and isinstance(error, list | tuple) and len(error) == 2 and error[0]:
            name, message = str(error[0]), str(error[1])
            packet.last_error.text = f"{name.rsplit('.', 1)[-1]}: {message}".strip()
            packet.last_error.cause = session_cause(name, message)
    packet.contexts = contexts
    if contexts:
        active = [c for c in contexts if c.active]
        first = active[0] if active else next((c for c in contexts if c.cid == 1), contexts[0])
        facts.apn.configured = first.apn or ""
    if gpp is not None:
        initial = gpp.get("InitialEpsBearerSettings") or {}
        initial_apn = _text(initial.get("apn"))
        if initial_apn and facts.apn.configured in (None, ""):
            facts.apn.configured = initial_apn
    if packet.last_error.text is None and CEER in commands:
        _ceer(facts, commands[CEER])


def _ceer(facts: Facts, reply: str) -> None:
    context = "session" if facts.packet.attached else "registration"
    result = ceer_parser.parse_ceer(reply, context=context)
    if isinstance(result, Unparsed):
        facts.notes.append(tr("ModemManager", "unreadable +CEER reply: {reply}").format(
            reply=reply))
        return
    error = facts.packet.last_error
    error.text = reply.strip() or None
    if result.cause is not None and result.namespace in ("esm", "sm", None):
        error.cause = result.cause


def _ip_type(value: Any) -> str | None:
    """MMBearerIpFamily bits -> the PDP type simtool's AT parser writes."""
    return {1: "IP", 2: "IPV6", 4: "IPV4V6", 8: "NON-IP"}.get(_int(value) or 0)


# MMSmsState 3 received, MMSmsPduType 1 deliver (2 submit, 3 status report; 4.. CDMA).
_RECEIVED, _DELIVER = 3, 1


def service_sender(number: str | None) -> bool:
    """A sender that is a service, not a person: a short code (10086, 10010, 222), one of
    China's 106 service numbers (1065..., 10690...), or a name (CMCC, Vodafone). A personal
    number (13912345678, +8613912345678) is not: its messages are not operator notices,
    and they stay out of reports."""
    text = (number or "").strip()
    if not text:
        return False
    if any(char.isalpha() for char in text):
        return True
    digits = text[1:] if text.startswith("+") else text
    if not digits.isdigit():
        return False
    if text.startswith("+"):
        return digits.startswith("86106")
    return len(digits) <= 6 or digits.startswith("106")


def iso_time(value: Any) -> str | None:
    """ModemManager's SMS time ('2026-11-20T09:15:02+08') as ISO 8601 with a full zone."""
    text = _text(value)
    if text is None:
        return None
    if len(text) >= 3 and text[-3] in "+-" and text[-2:].isdigit() and "T" in text:
        return text + ":00"
    return text


def notices_from(messages: Sequence[Mapping[str, Any]]) -> list[Notice]:
    """The operator notices among the received SMS from service senders, newest first: time,
    sender, text and what the notice classifier (simtool.providers.notices) says it is about
    (arrears, quota...). A balance answer or words no rule knows are no notice: the same
    modem read over AT gives the same list."""
    if not messages:
        return []
    from simtool.providers.notices import classify  # its rules cost an import; most have none

    found = []
    for message in messages:
        if _int(message.get("State")) != _RECEIVED or _int(message.get("PduType")) not in (
                _DELIVER, 0, None):
            continue
        sender = _text(message.get("Number"))
        text = str(message.get("Text") or "").strip()
        if not text or not service_sender(sender):
            continue
        cause = classify(sender, text)
        if cause is not None:
            found.append(Notice(time=iso_time(message.get("Timestamp")), sender=sender,
                                text=text, cause=cause))
    return sorted(found, key=_sort_key, reverse=True)


def _sort_key(notice: Notice) -> float:
    from datetime import datetime

    try:
        return datetime.fromisoformat(notice.time or "").timestamp()
    except ValueError:
        return float("-inf")        # undated: last
