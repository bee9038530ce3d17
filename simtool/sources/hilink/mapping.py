"""HiLink answers -> the facts model: pure, table-driven (codes.py), no I/O.

`facts_from(answers, gated)` takes what each endpoint answered (`answers["pin/status"]` is
that endpoint's fields) and which endpoints wanted the admin login (`gated`). What an
endpoint did not give stays None; a code that is not in the tables is kept verbatim in
`router.unparsed` (and `sim.raw` / `router.connection_code`), never guessed.

Registration follows monitoring/status: ServiceStatus and CurrentServiceDomain are the
^SYSINFO srv_status (0 none, 1 restricted, 2 valid, 3 restricted regional, 4 power saving)
and srv_domain (1 CS, 2 PS, 3 CS+PS); SimStatus 2/3/4 mean the network made the card invalid
for CS / PS / both, which is how a HiLink device shows a registration reject (it gives no
reject cause).
"""

from __future__ import annotations

from typing import Any

from simtool.facts import (
    REG_STATES,
    Facts,
    Notice,
    PdpContext,
    RegistrationDomain,
    overall_state,
)
from simtool.quality import signal_quality
from simtool.sources.base import is_service_sender
from simtool.sources.hilink import codes
from simtool.sources.hilink.parse import as_list, data_size, integer, measurement

# Endpoints and the fact group each one serves (what `router.login_required` names).
GROUPS: dict[str, str] = {
    "pin/status": "sim", "pin/simlock": "sim", "monitoring/status": "network",
    "monitoring/converged-status": "sim", "net/current-plmn": "network",
    "device/signal": "signal", "device/basic_information": "identity",
    "device/information": "identity", "dialup/mobile-dataswitch": "data-switch",
    "dialup/profiles": "apn", "monitoring/traffic-statistics": "traffic",
    "monitoring/month_statistics": "traffic", "monitoring/start_date": "data-limit",
    "monitoring/check-notifications": "sms", "sms/sms-list": "sms",
}


def _fields(answers: dict[str, Any], endpoint: str) -> dict[str, Any]:
    value = answers.get(endpoint)
    return value if isinstance(value, dict) else {}


def _text(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _hex(decimal: str | None) -> str | None:
    """Cell ids come in decimal from device/signal; the report writes them in hex."""
    if decimal is None:
        return None
    text = decimal.strip()
    if text.isdigit():
        return format(int(text), "X")
    if text[:2].lower() == "0x" and len(text) > 2:
        try:
            return format(int(text, 16), "X")
        except ValueError:
            return None
    return None


def _sim(facts: Facts, answers: dict[str, Any]) -> None:
    pin = _fields(answers, "pin/status") or _fields(answers, "monitoring/converged-status")
    sim = facts.sim
    code = _text(pin, "SimState")
    if code is not None:
        name = codes.SIM_STATE_NAMES.get(code)
        sim.raw = f"SimState={code}" + (f" ({name})" if name else "")
        sim.state = codes.SIM_STATE.get(code, "unknown")
        if code not in codes.SIM_STATE:
            facts.router.unparsed.append(f"SimState={code}")
    sim.pin_retries = integer(pin.get("SimPinTimes"))
    sim.puk_retries = integer(pin.get("SimPukTimes"))
    simlock = _fields(answers, "pin/simlock")
    if _text(simlock, "SimLockEnable") == "1" and sim.state in ("ready", None):
        # The device is locked to another operator's SIMs (the WebUI's simlockrequired page).
        sim.state = "ph-net-pin"
        sim.raw = "SimLockEnable=1" + (f", SimLockRemainTimes={simlock['SimLockRemainTimes']}"
                                       if _text(simlock, "SimLockRemainTimes") else "")
    info = _fields(answers, "device/information")
    sim.iccid = _text(info, "Iccid")
    sim.imsi = _text(info, "Imsi")
    sim.msisdn = _text(info, "Msisdn")


def _modem(facts: Facts, answers: dict[str, Any]) -> None:
    info = _fields(answers, "device/information")
    basic = _fields(answers, "device/basic_information")
    facts.modem.manufacturer = "Huawei"
    facts.modem.model = _text(info, "DeviceName") or _text(basic, "devicename")
    facts.modem.revision = _text(info, "SoftwareVersion")
    facts.modem.imei = _text(info, "Imei")


def _network_type(status: dict[str, Any]) -> tuple[str | None, int | None, str | None]:
    """(name, AcT, the field and code quoted) from CurrentNetworkTypeEx, else ...Type."""
    for name, table in (("CurrentNetworkTypeEx", codes.NETWORK_TYPE_EX),
                        ("CurrentNetworkType", codes.NETWORK_TYPE)):
        code = _text(status, name)
        if code is None:
            continue
        if code in table:
            label, act = table[code]
            return label, act, f"{name}={code} ({label})"
        return None, None, f"{name}={code}"
    return None, None, None


def _registration(facts: Facts, answers: dict[str, Any]) -> None:
    status = _fields(answers, "monitoring/status")
    if not status:
        return
    service = _text(status, "ServiceStatus")
    domain = _text(status, "CurrentServiceDomain")
    roaming = _text(status, "RoamingStatus") == "1"
    sim_status = _text(status, "SimStatus")
    _label, act, type_quote = _network_type(status)
    signal = _fields(answers, "device/signal")
    if act is None:
        act = codes.SIGNAL_MODE_ACT.get(_text(signal, "mode") or "")
    quoted = [f"ServiceStatus={service}" if service is not None else None,
              f"CurrentServiceDomain={domain}" if domain is not None else None,
              f"RoamingStatus={'1' if roaming else '0'}", type_quote,
              f"SimStatus={sim_status}" if sim_status is not None else None]
    facts.router.network_raw = ", ".join(q for q in quoted if q)
    for field, value, known in (("ServiceStatus", service, ("0", "1", "2", "3", "4")),
                                ("CurrentServiceDomain", domain, ("0", "1", "2", "3", "255")),
                                ("SimStatus", sim_status, codes.SIM_STATUS_KNOWN)):
        if value is not None and value not in known:
            facts.router.unparsed.append(f"{field}={value}")
    if facts.sim.state not in ("ready", None) or service is None:
        stat_cs = stat_ps = 0 if facts.sim.state not in ("ready", None) else None
    elif service == "2":
        home = 5 if roaming else 1
        cs_invalid = sim_status in (codes.SIM_STATUS_INVALID_CS, codes.SIM_STATUS_INVALID_BOTH)
        ps_invalid = sim_status in (codes.SIM_STATUS_INVALID_PS, codes.SIM_STATUS_INVALID_BOTH)
        stat_cs = 3 if cs_invalid else (home if domain in ("1", "3") else 0)
        stat_ps = 3 if ps_invalid else (home if domain in ("2", "3") else 0)
        facts.packet.attached = stat_ps in (1, 5)
    elif service in ("0", "1", "3"):
        # No or restricted service: a card the network made invalid was refused (denied);
        # otherwise the device searches (0) or is camped for emergency calls only (1, 3).
        searching = 2 if service == "0" else 8
        if sim_status == codes.SIM_STATUS_INVALID_BOTH:
            stat_cs = stat_ps = 3
        elif sim_status in (codes.SIM_STATUS_INVALID_CS, codes.SIM_STATUS_INVALID_PS):
            stat_cs = 3 if sim_status == codes.SIM_STATUS_INVALID_CS else searching
            stat_ps = 3 if sim_status == codes.SIM_STATUS_INVALID_PS else searching
        else:
            stat_cs = stat_ps = searching
    elif service == "4":
        stat_cs = stat_ps = 0           # power saving
    else:
        stat_cs = stat_ps = 4           # a ServiceStatus not in the tables: unknown
    cell = _hex(_text(signal, "cell_id"))
    area = _hex(_text(signal, "tac") or _text(signal, "lac"))
    reg = facts.registration

    def domain_for(stat: int | None, lte: bool) -> RegistrationDomain | None:
        if stat is None:
            return None
        registered = stat in (1, 5)
        return RegistrationDomain(stat=stat, state=REG_STATES[stat],
                                  tac=area if registered and lte else None,
                                  lac=area if registered and not lte else None,
                                  ci=cell if registered else None,
                                  act=act if registered or stat == 3 else None)

    reg.cs = domain_for(stat_cs, False)
    if act == 7:
        reg.eps = domain_for(stat_ps, True)
    else:
        reg.ps = domain_for(stat_ps, False)
    reg.overall = overall_state((reg.cs, reg.ps, reg.eps, reg.nr5g))


def _radio(facts: Facts, answers: dict[str, Any]) -> None:
    status = _fields(answers, "monitoring/status")
    flymode = _text(status, "flymode")
    if flymode == "1":
        facts.radio.on = False
    elif flymode == "0":
        facts.radio.on = True
    elif flymode is not None:
        facts.router.unparsed.append(f"flymode={flymode}")
    if facts.radio.on is None and (facts.signal.rsrp_dbm is not None
                                   or facts.signal.rssi_dbm is not None
                                   or _text(status, "ServiceStatus") == "2"):
        facts.radio.on = True       # a device that measures or has service has its radio on


def _signal(facts: Facts, answers: dict[str, Any]) -> None:
    signal = _fields(answers, "device/signal")
    s = facts.signal
    s.rssi_dbm = measurement(signal.get("rssi"))
    s.rsrp_dbm = measurement(signal.get("rsrp"))
    s.rsrq_db = measurement(signal.get("rsrq"))
    s.sinr_db = measurement(signal.get("sinr"))
    s.rscp_dbm = measurement(signal.get("rscp"))
    s.ecno_db = measurement(signal.get("ecio"))


def _operator(facts: Facts, answers: dict[str, Any]) -> None:
    plmn = _fields(answers, "net/current-plmn")
    op = facts.operator
    op.name = _text(plmn, "FullName") or _text(plmn, "ShortName")
    numeric = _text(plmn, "Numeric")
    if numeric and numeric.isdigit() and len(numeric) in (5, 6):
        op.mcc, op.mnc = numeric[:3], numeric[3:]
    op.act = codes.SIGNAL_MODE_ACT.get(_text(plmn, "Rat") or "")
    state = _text(plmn, "State")
    op.mode = 1 if state == "1" else (0 if state == "0" else None)


def _apn(facts: Facts, answers: dict[str, Any]) -> str | None:
    profiles = _fields(answers, "dialup/profiles")
    if not profiles:
        return None
    current = _text(profiles, "CurrentProfile")
    container = profiles.get("Profiles")
    items = as_list(container.get("Profile") if isinstance(container, dict) else None)
    for item in items:
        if isinstance(item, dict) and _text(item, "Index") == current:
            if _text(item, "ApnIsStatic") == "0":
                return ""            # the APN comes from the network
            return _text(item, "ApnName") or ""
    return None


def _connection(facts: Facts, answers: dict[str, Any]) -> None:
    status = _fields(answers, "monitoring/status")
    router = facts.router
    code = _text(status, "ConnectionStatus")
    if code is None:
        return
    router.connection_code = code
    if code in codes.CONNECTION_STATE:
        router.connection = codes.CONNECTION_STATE[code]
        if code == codes.DISCONNECTED and _text(status, "ServiceStatus") not in ("2", None):
            router.connection_text = codes.TEXT_NO_SERVICE
    elif code in codes.AUTO_CONNECT_OFF:
        router.connection, router.connection_text = "disconnected", codes.TEXT_AUTO_OFF
    elif code in codes.AUTO_CONNECT_OFF_ROAMING:
        router.connection, router.connection_text = "disconnected", codes.TEXT_AUTO_OFF_ROAMING
    elif code == codes.DATA_LIMIT_REACHED:
        router.connection, router.connection_text = "failed", codes.TEXT_DATA_LIMIT
        router.data_limit_stops = True
        router.data_limit_reached = True
    elif code in codes.PROFILE_INVALID:
        router.connection, router.connection_text = "failed", codes.TEXT_PROFILE_INVALID
    elif code in codes.ACCESS_NOT_ALLOWED:
        router.connection, router.connection_text = "failed", codes.TEXT_ACCESS_NOT_ALLOWED
    elif code in codes.ROAMING_NOT_ALLOWED:
        router.connection, router.connection_text = "failed", codes.TEXT_ROAMING_NOT_ALLOWED
    elif code == codes.STATUS_NULL:
        router.connection, router.connection_text = "failed", codes.TEXT_POOR_SIGNAL
    elif code in (codes.CONNECT_FAILED, codes.STATUS_ERROR):
        router.connection, router.connection_text = "failed", codes.TEXT_FAILED_OTHER
    else:
        router.connection = "unknown"
        router.unparsed.append(f"ConnectionStatus={code}")


def _data_switch(facts: Facts, answers: dict[str, Any]) -> None:
    value = _text(_fields(answers, "dialup/mobile-dataswitch"), "dataswitch")
    if value in ("0", "1"):
        facts.router.data_switch = value == "1"
    elif value is not None:
        facts.router.unparsed.append(f"dataswitch={value}")


def _data_limit(facts: Facts, answers: dict[str, Any]) -> None:
    plan = _fields(answers, "monitoring/start_date")
    month = _fields(answers, "monitoring/month_statistics")
    router = facts.router
    down, up = integer(month.get("CurrentMonthDownload")), integer(month.get("CurrentMonthUpload"))
    if down is not None or up is not None:
        router.data_used_bytes = (down or 0) + (up or 0)
    if _text(plan, "SetMonthData") == "1":
        router.data_limit_bytes = data_size(plan.get("DataLimit"))
    if router.data_limit_bytes and router.data_used_bytes is not None and \
            router.data_limit_reached is None:
        router.data_limit_reached = router.data_used_bytes >= router.data_limit_bytes


def notices_from(answers: dict[str, Any]) -> list[Notice]:
    """The operators' and services' messages of the inbox as they are (the notice classifier
    names their cause); a person's message is left out."""
    listing = _fields(answers, "sms/sms-list")
    messages = listing.get("Messages")
    items = as_list(messages.get("Message") if isinstance(messages, dict) else None)
    notices = []
    for item in items:
        if not isinstance(item, dict):
            continue
        date = _text(item, "Date")
        if not is_service_sender(_text(item, "Phone")):
            continue
        notices.append(Notice(time=date.replace(" ", "T") if date else None,
                              sender=_text(item, "Phone"), text=item.get("Content") or ""))
    return notices


def facts_from(answers: dict[str, Any], gated: set[str] | frozenset[str] = frozenset()
               ) -> Facts:
    """The facts in `answers` (endpoint -> fields); `gated`: endpoints that wanted login."""
    facts = Facts()
    _modem(facts, answers)
    _sim(facts, answers)
    _signal(facts, answers)
    _operator(facts, answers)
    _registration(facts, answers)
    _radio(facts, answers)
    facts.signal.quality = signal_quality(facts.signal, _act(facts), facts.registration.overall)
    _connection(facts, answers)
    _data_switch(facts, answers)
    _data_limit(facts, answers)
    apn = _apn(facts, answers)
    facts.apn.configured = apn
    if facts.router.connection is not None:
        facts.packet.contexts = [PdpContext(cid=1, apn=apn,
                                            active=facts.router.connection == "connected")]
    if facts.router.connection == "failed":
        facts.packet.last_error.text = (f"ConnectionStatus={facts.router.connection_code}")
    facts.notices = notices_from(answers)
    facts.router.login_required = sorted({GROUPS.get(endpoint, endpoint) for endpoint in gated})
    return facts


def _act(facts: Facts) -> int | None:
    for domain in (facts.registration.eps, facts.registration.ps, facts.registration.cs):
        if domain is not None and domain.act is not None:
            return domain.act
    return facts.operator.act
