"""ZTE goform fields -> the facts model: pure, table-driven (codes.py), no I/O.

`facts_from(fields, messages, logged_in)` takes the one JSON object of
goform_get_cmd_process (every asked field, "" when the device does not know or does not
tell) and the SMS list. A value not in the tables is kept in `router.unparsed`.
Before login some firmware blanks the network fields while the SIM state stays readable
(ZMF polls them only once logged in): `gated_groups` says which groups came back blank.
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
from simtool.sources.zte import codes

# The fields one read asks for, by the fact group they serve.
GROUPS: dict[str, tuple[str, ...]] = {
    "sim": ("modem_main_state", "pin_status", "pinnumber", "puknumber", "sim_iccid", "ziccid",
            "sim_imsi", "imsi", "msisdn"),
    "identity": ("model_name", "manufacturer_name", "hardware_version", "cr_version",
                 "wa_inner_version", "imei", "modem_imei"),
    "network": ("network_type", "sub_network_type", "network_provider",
                "network_provider_fullname", "rmcc", "rmnc", "simcard_roam", "lac_code",
                "cell_id"),
    "signal": ("signalbar", "lte_rsrp", "lte_rsrq", "lte_rssi", "lte_snr", "rssi", "rscp",
               "ecio", "Z5g_rsrp", "Z5g_SINR"),
    "connection": ("ppp_status", "wan_ipaddr", "dial_mode", "ppp_dial_conn_fail_counter"),
    "apn": ("apn_mode", "Current_index", "wan_apn", "pdp_type", "APN_configtmp0",
            "APN_configtmp1", "APN_configtmp2", "APN_configtmp3", "APN_configtmp4"),
    "traffic": ("monthly_rx_bytes", "monthly_tx_bytes", "data_volume_limit_switch",
                "data_volume_limit_unit", "data_volume_limit_size",
                "data_volume_alert_percent"),
    "login": ("loginfo", "psw_fail_num_str", "login_lock_time"),
}
FIELDS: tuple[str, ...] = tuple(name for names in GROUPS.values() for name in names)
# Fields the device gives before login on every firmware read (ZMF's always-polled set).
ALWAYS = ("modem_main_state", "pin_status", "loginfo")


def _text(fields: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = fields.get(name)
        if isinstance(value, (str, int, float)) and str(value).strip():
            return str(value).strip()
    return None


def _integer(fields: dict[str, Any], name: str) -> int | None:
    text = _text(fields, name)
    return int(text) if text is not None and text.lstrip("-").isdigit() else None


def _number(fields: dict[str, Any], name: str) -> float | None:
    text = _text(fields, name)
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _hex(text: str | None) -> str | None:
    if text is None:
        return None
    stripped = text.strip().upper()
    if stripped.startswith("0X"):
        stripped = stripped[2:]
    if not stripped or any(c not in "0123456789ABCDEF" for c in stripped):
        return None
    return stripped.lstrip("0") or "0"


def gated_groups(fields: dict[str, Any], logged_in: bool) -> list[str]:
    """Groups whose every field came back blank before login, while the SIM is ready (a
    device that shows them only after login; a group that the model lacks looks the same,
    so this is only said while not logged in)."""
    if logged_in or _text(fields, "modem_main_state") != "modem_init_complete":
        return []
    blank = []
    for group in ("network", "signal", "connection", "apn"):
        if not any(_text(fields, name) for name in GROUPS[group]):
            blank.append(group)
    return blank


def _sim(facts: Facts, fields: dict[str, Any]) -> None:
    sim = facts.sim
    state = _text(fields, "modem_main_state")
    pins, puks = _integer(fields, "pinnumber"), _integer(fields, "puknumber")
    sim.pin_retries, sim.puk_retries = pins, puks
    if state is None:
        return
    sim.raw = f"modem_main_state={state}"
    if state in codes.MAIN_STATE:
        sim.state = codes.MAIN_STATE[state]
    elif state in codes.TEMPORARY:
        sim.state = "busy"
    else:
        sim.state = "unknown"
        facts.router.unparsed.append(f"modem_main_state={state}")
    if sim.state == "pin-required" and pins == 0 and puks != 0:
        sim.state = "puk-required"            # the UI's rule: no PIN tries left = PUK
    if sim.state in ("puk-required", "failure") and puks == 0:
        sim.state = "failure"                 # PUK_LOCKED: the card is blocked for good
        sim.raw += ", puknumber=0"
    ready = sim.state == "ready"
    sim.iccid = _text(fields, "sim_iccid", "ziccid") if sim.state != "not-inserted" else None
    sim.imsi = _text(fields, "sim_imsi", "imsi") if ready else None
    sim.msisdn = _text(fields, "msisdn") if ready else None


def _modem(facts: Facts, fields: dict[str, Any]) -> None:
    modem = facts.modem
    modem.manufacturer = _text(fields, "manufacturer_name") or "ZTE"
    modem.model = _text(fields, "model_name")
    modem.revision = _text(fields, "cr_version", "wa_inner_version")
    modem.imei = _text(fields, "imei", "modem_imei")


def _signal(facts: Facts, fields: dict[str, Any]) -> None:
    s = facts.signal
    s.rsrp_dbm = _number(fields, "lte_rsrp")
    s.rsrq_db = _number(fields, "lte_rsrq")
    s.sinr_db = _number(fields, "lte_snr")
    s.rssi_dbm = _number(fields, "lte_rssi") if _text(fields, "lte_rssi") else _number(
        fields, "rssi")
    s.rscp_dbm = _number(fields, "rscp")
    s.ecno_db = _number(fields, "ecio")


def _registration(facts: Facts, fields: dict[str, Any]) -> None:
    network = _text(fields, "sub_network_type", "network_type")
    main = _text(fields, "network_type")
    roam = _text(fields, "simcard_roam")
    quoted = [f"network_type={main}" if main else None,
              f"sub_network_type={fields.get('sub_network_type')}"
              if _text(fields, "sub_network_type") else None,
              f"simcard_roam={roam}" if roam else None]
    if any(quoted):
        facts.router.network_raw = ", ".join(q for q in quoted if q)
    act: int | None = None
    if facts.sim.state not in ("ready", None):
        stat: int | None = 0
    elif main is None:
        stat = None
    elif main == codes.NO_SERVICE:
        stat = 2
    elif main == codes.LIMITED_SERVICE:
        stat = 8
    elif (network or "").upper() in codes.NETWORK_ACT or main.upper() in codes.NETWORK_ACT:
        act = codes.NETWORK_ACT.get((network or "").upper(),
                                    codes.NETWORK_ACT.get(main.upper()))
        stat = 5 if roam in codes.ROAMING else 1
    else:
        stat = 4
        facts.router.unparsed.append(f"network_type={main}")
    if stat is None:
        return
    registered = stat in (1, 5)
    area = _hex(_text(fields, "lac_code")) if registered else None
    domain = RegistrationDomain(stat=stat, state=REG_STATES[stat], act=act,
                                ci=_hex(_text(fields, "cell_id")) if registered else None,
                                tac=area if act == 7 else None,
                                lac=area if act != 7 else None)
    reg = facts.registration
    if act == 7:
        reg.eps = domain
    else:
        reg.ps = domain
    reg.overall = overall_state((reg.cs, reg.ps, reg.eps, reg.nr5g))
    if registered or stat == 8:
        facts.radio.on = True
    if registered:
        facts.operator.name = _text(fields, "network_provider_fullname", "network_provider")
        mcc, mnc = _text(fields, "rmcc"), _text(fields, "rmnc")
        if mcc and mnc and mcc.isdigit() and mnc.isdigit():
            facts.operator.mcc, facts.operator.mnc = mcc, mnc.zfill(2)
        facts.operator.act = act


def _apn(fields: dict[str, Any]) -> str | None:
    current = _text(fields, "wan_apn")
    if current is not None:
        return current
    index = _text(fields, "Current_index")
    config = _text(fields, f"APN_configtmp{index}") if index is not None else None
    if config is None:
        return None
    parts = config.split("($)")
    return parts[1] if len(parts) > 1 else None


def _connection(facts: Facts, fields: dict[str, Any]) -> None:
    ppp = _text(fields, "ppp_status")
    if ppp is None:
        return
    router = facts.router
    router.connection_code = ppp
    router.connection = codes.PPP_STATE.get(ppp, "unknown")
    if ppp not in codes.PPP_STATE:
        router.unparsed.append(f"ppp_status={ppp}")


def _data_limit(facts: Facts, fields: dict[str, Any]) -> None:
    router = facts.router
    rx, tx = _integer(fields, "monthly_rx_bytes"), _integer(fields, "monthly_tx_bytes")
    if rx is not None or tx is not None:
        router.data_used_bytes = (rx or 0) + (tx or 0)
    if _text(fields, "data_volume_limit_switch") != "1" or \
            _text(fields, "data_volume_limit_unit") not in ("data", None):
        return
    size, _, unit = (_text(fields, "data_volume_limit_size") or "").partition("_")
    if size.isdigit() and unit in codes.LIMIT_UNIT_MB:
        router.data_limit_bytes = int(size) * codes.LIMIT_UNIT_MB[unit] * (1 << 20)
    if router.data_limit_bytes and router.data_used_bytes is not None:
        router.data_limit_reached = router.data_used_bytes >= router.data_limit_bytes
        router.data_limit_stops = False    # the UI only alerts (data_volume_alert_percent)


def decode_ucs2(text: str) -> str:
    """The SMS list's `content`: hex UCS-2 (big-endian); text that is not hex stays as is."""
    stripped = text.strip()
    if len(stripped) % 4 or any(c not in "0123456789abcdefABCDEF" for c in stripped):
        return text
    try:
        return bytes.fromhex(stripped).decode("utf-16-be")
    except (ValueError, UnicodeDecodeError):
        return text


def sms_time(text: str | None) -> str | None:
    """'26,11,20,09,15,02,+8' -> '2026-11-20T09:15:02' (the zone's unit differs by model)."""
    if not text:
        return None
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 6 or not all(p.isdigit() for p in parts[:6]):
        return None
    year, month, day, hour, minute, second = (int(p) for p in parts[:6])
    return f"{2000 + year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"


def notices_from(messages: list[Any]) -> list[Notice]:
    notices = []
    for message in messages:
        if isinstance(message, dict) and is_service_sender(_text(message, "number")):
            notices.append(Notice(time=sms_time(_text(message, "date")),
                                  sender=_text(message, "number"),
                                  text=decode_ucs2(str(message.get("content") or ""))))
    return notices


def facts_from(fields: dict[str, Any], messages: list[Any] | None = None,
               logged_in: bool = False) -> Facts:
    facts = Facts()
    _modem(facts, fields)
    _sim(facts, fields)
    _signal(facts, fields)
    _registration(facts, fields)
    if facts.radio.on is None and (facts.signal.rsrp_dbm is not None
                                   or facts.signal.rssi_dbm is not None):
        facts.radio.on = True       # it measures a signal: its radio is on
    act = facts.operator.act
    facts.signal.quality = signal_quality(facts.signal, act, facts.registration.overall)
    _connection(facts, fields)
    _data_limit(facts, fields)
    apn = _apn(fields)
    facts.apn.configured = apn
    if facts.router.connection is not None:
        facts.packet.contexts = [PdpContext(cid=1, apn=apn, pdp_type=_text(fields, "pdp_type"),
                                            active=facts.router.connection == "connected")]
    facts.notices = notices_from(messages or [])
    facts.router.login_required = gated_groups(fields, logged_in)
    return facts
