"""Which facts each check used, as (label, value) rows for the wizard's step pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from simtool.diagnosis.labels import sim_state_label, state_label
from simtool.facts import Facts, RegistrationDomain, current_act
from simtool.gui.sampling import rat_name
from simtool.report.sections import reader_notes

Rows = list[tuple[str, str]]


def _t(text: str) -> str:
    return QCoreApplication.translate("Facts", text)


def show(value: object, unit: str = "") -> str:
    """A fact for display: unknown values say so instead of showing 'None'."""
    if value is None or value == "":
        return _t("unknown")
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, float):
        value = f"{value:g}"
    return f"{value} {unit}".strip()


def operator_name(facts: Facts, reported: str | None = None) -> str | None:
    """One name for the network in use, wherever the app shows it: the operator's own name
    in the reader's language when simtool knows the network (China Mobile, 中国移动), else
    what the modem reports (`reported`, default +COPS). The modem's spelling varies by
    vendor and format ("CHINA MOBILE", "CMCC", "46000"), which showed one operator three
    ways."""
    from simtool.providers.contacts import operator_contact

    op, home = facts.operator, facts.sim.home
    reported = reported if reported is not None else op.name
    if op.mcc and op.mnc:
        contact = operator_contact(op.mcc, op.mnc)
        if contact is not None:
            return contact.name
    if facts.registration.overall in ("home", "home-sms-only", "home-csfb-not-preferred") \
            and home.mcc and home.mnc:
        contact = operator_contact(home.mcc, home.mnc)
        if contact is not None:
            return contact.name
        if facts.apn.provider:
            return facts.apn.provider
    return reported


def _domain(domain: RegistrationDomain | None) -> str:
    if domain is None:
        return _t("not read")
    text = show(state_label(domain.state))
    if domain.reject_cause is not None:
        text += " " + _t("(reject cause #{cause})").format(cause=domain.reject_cause)
    return text


def _by_at(f: Facts) -> bool:
    """Read over an AT port (the rows may name AT commands), not through ModemManager or
    a router's web page, which have no +CREG or +CFUN to show."""
    return f.port.via in (None, "at")


# Who answered, for the sources without an AT port.
_READERS = {"modemmanager": "ModemManager", "hilink": "HiLink", "zte": "ZTE"}


def _port(f: Facts) -> Rows:
    usb = (f"{f.port.vid:04x}:{f.port.pid:04x}"
           if f.port.vid is not None and f.port.pid is not None else None)
    rows = [(_t("Port"), show(f.port.url)), (_t("Device"), show(f.port.description)),
            (_t("USB id"), show(usb))]
    if _by_at(f):
        rows.append((_t("Answers AT"), show(f.reachable)))
    else:
        rows += [(_t("Read through"), _READERS.get(str(f.port.via), str(f.port.via))),
                 (_t("Answers"), show(f.reachable))]
    if f.port_error:
        rows.append((_t("Problem"), f.port_error))
    # The reader's remarks (a refused command, an unreadable reply, a session a test
    # switched on and off): with how the modem was read, as in the printed report.
    rows += [(_t("Remark"), note) for note in reader_notes(f)]
    return rows


def _radio(f: Facts) -> Rows:
    rows = [(_t("Radio on"), show(f.radio.on))]
    if _by_at(f) or f.radio.cfun is not None:
        rows.insert(0, (_t("+CFUN"), show(f.radio.cfun)))
    return rows


def _domains(f: Facts, *wanted: str) -> Rows:
    """Registration per domain: with the AT command that reads it over AT; through
    ModemManager or a router only the domains that source reported."""
    r = f.registration
    by_name = {"cs": r.cs, "ps": r.ps, "eps": r.eps, "nr5g": r.nr5g}
    at_labels = {"cs": _t("Circuit (+CREG)"), "ps": _t("Packet (+CGREG)"),
                 "eps": _t("LTE (+CEREG)"), "nr5g": _t("5G (+C5GREG)")}
    plain_labels = {"cs": _t("Circuit-switched"), "ps": _t("Packet-switched"),
                    "eps": _t("LTE"), "nr5g": _t("5G")}
    if _by_at(f):
        return [(at_labels[name], _domain(by_name[name])) for name in wanted]
    return [(plain_labels[name], _domain(by_name[name])) for name in wanted
            if by_name[name] is not None]


def _sim(f: Facts) -> Rows:
    return [(_t("SIM state"), show(sim_state_label(f.sim))),
            (_t("Modem says"), show(f.sim.raw)),
            (_t("ICCID"), show(f.sim.iccid)), (_t("PIN tries left"), show(f.sim.pin_retries)),
            (_t("PUK tries left"), show(f.sim.puk_retries)), *_esim(f)]


def _esim(f: Facts) -> Rows:
    """EID and profiles of an eSIM; one row when the modem cannot read one."""
    sim = f.sim
    if sim.esim_status == "not-readable":
        return [(_t("eSIM"), _t("not readable on this modem"))]
    if sim.type != "esim":
        return []
    states = {"enabled": _t("enabled"), "disabled": _t("disabled")}
    classes = {"test": _t("test"), "provisioning": _t("provisioning"),
               "operational": _t("operational")}
    rows = [(_t("Card type"), _t("eSIM (eUICC)")), (_t("EID"), show(sim.eid))]
    for number, p in enumerate(sim.profiles, start=1):
        name = " / ".join(x for x in (p.name, p.provider) if x)
        parts = [name, p.iccid or "", states.get(p.state or "", _t("unknown")),
                 classes.get(p.profile_class or "", "")]
        rows.append((_t("Profile {number}").format(number=number),
                     ", ".join(x for x in parts if x)))
    if sim.esim_status == "profiles-read" and not sim.profiles:
        rows.append((_t("Profiles"), _t("none installed")))
    return rows


def _signal(f: Facts) -> Rows:
    s = f.signal
    rat = rat_name(current_act(f.registration, f.operator.act))
    return [(_t("Radio technology"), show(rat)),
            (_t("Quality"), show(state_label(s.quality))),
            (_t("RSRP"), show(s.rsrp_dbm, "dBm")), (_t("RSRQ"), show(s.rsrq_db, "dB")),
            (_t("SINR"), show(s.sinr_db, "dB")), (_t("RSCP"), show(s.rscp_dbm, "dBm")),
            (_t("RSSI"), show(s.rssi_dbm, "dBm"))]


def _registration(f: Facts) -> Rows:
    r = f.registration
    return [(_t("Overall"), show(state_label(r.overall))),
            *_domains(f, "cs", "ps", "eps", "nr5g"),
            (_t("Operator"), show(operator_name(f)))]


def _roaming(f: Facts) -> Rows:
    home = f.sim.home
    home_id = f"{home.mcc}{home.mnc}" if home.mcc and home.mnc else None
    network = (f"{f.operator.mcc}{f.operator.mnc}"
               if f.operator.mcc and f.operator.mnc else None)
    return [(_t("Registration"), show(state_label(f.registration.overall))),
            (_t("SIM's home network"), show(home_id)),
            (_t("Network in use"), show(network)), (_t("Operator"), show(operator_name(f)))]


def _apn(f: Facts) -> Rows:
    expected = ", ".join(f.apn.expected) if f.apn.expected else None
    return [(_t("Modem has"), show(f.apn.configured)), (_t("Operator expects"), show(expected)),
            (_t("Provider"), show(f.apn.provider))]


def _attach(f: Facts) -> Rows:
    return [(_t("Packet attached"), show(f.packet.attached)), *_domains(f, "ps", "eps")]


def _session(f: Facts) -> Rows:
    rows = [(_t("Context {cid}").format(cid=c.cid),
             f"{show(c.apn)} ({_t('active') if c.active else _t('inactive')})")
            for c in f.packet.contexts]
    rows.append((_t("Last error"), show(f.packet.last_error.text)))
    rows.append((_t("Cause"), show(f.packet.last_error.cause)))
    return rows


def _account(f: Facts) -> Rows:
    return [(_t("Operator"), show(operator_name(f))), (_t("Provider"), show(f.apn.provider))]


FACTS_BY_CHECK: dict[str, Callable[[Facts], Rows]] = {
    "port": _port, "radio": _radio, "sim-present": _sim, "sim-health": _sim,
    "sim-lock": _sim, "signal": _signal, "registration": _registration, "roaming": _roaming,
    "apn": _apn, "data-attach": _attach, "data-session": _session, "account": _account,
}


def facts_for(check_id: str, facts: Facts) -> Rows:
    builder = FACTS_BY_CHECK.get(check_id)
    return builder(facts) if builder else []


def operator_brief(facts: Facts, cause: str | None) -> Rows:
    """What to tell the operator (the 'Contact your operator' page)."""
    m = facts.modem
    device = " ".join(x for x in (m.manufacturer, m.model) if x) or None
    return [
        (_t("Device"), show(device)), (_t("Firmware"), show(m.revision)),
        (_t("IMEI"), show(m.imei)), (_t("ICCID"), show(facts.sim.iccid)),
        *([(_t("EID"), facts.sim.eid)] if facts.sim.eid else []),
        (_t("IMSI"), show(facts.sim.imsi)), (_t("Phone number"), show(facts.sim.msisdn)),
        (_t("Operator"), show(operator_name(facts))),
        (_t("Registration"), show(state_label(facts.registration.overall))),
        (_t("Cause"), show(cause)),
    ]
