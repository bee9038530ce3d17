"""What every human-readable format shows, decided once: labels, fact rows, support details.

The exporters (text, Markdown, HTML, PDF) only lay these out; they never pick facts
themselves, so the formats cannot drift apart. All labels go through tr("Report", ...).
"""

from __future__ import annotations

from dataclasses import dataclass

from simtool.diagnosis import esim
from simtool.diagnosis.evidence import date_of
from simtool.diagnosis.labels import notice_label, quoted_state, sim_state_label, state_label
from simtool.facts import Facts, RegistrationDomain
from simtool.i18n import QT_TRANSLATE_NOOP, tr
from simtool.report.model import Report

# 3GPP TS 27.007 <AcT> values, as people name the technology.
ACT_NAMES = {
    0: "GSM", 1: "GSM Compact", 2: "UMTS", 3: "EDGE", 4: "HSDPA", 5: "HSUPA", 6: "HSPA",
    7: "LTE", 8: "EC-GSM-IoT", 9: "NB-IoT", 10: "LTE (5GC)", 11: "NR (5GC)",
    12: "NG-RAN", 13: "EN-DC",
}

# Checks whose failure the user cannot fix alone: the operator must act.
_OPERATOR_CHECKS = ("sim-health", "roaming", "data-attach", "data-session", "account")


@dataclass
class Section:
    title: str
    rows: list[tuple[str, str]]


def unknown() -> str:
    return tr("Report", "unknown")


def status_label(status: str) -> str:
    labels = {
        "pass": tr("Report", "pass"), "warn": tr("Report", "warning"),
        "fail": tr("Report", "fail"), "skip": tr("Report", "skipped"),
        "manual": tr("Report", "to confirm"), "error": tr("Report", "error"),
    }
    return labels.get(status, status)


def verdict_label(status: str) -> str:
    labels = {
        "ok": tr("Report", "No problem found"),
        "problem": tr("Report", "Problem found"),
        "inconclusive": tr("Report", "Inconclusive"),
    }
    return labels.get(status, status)


def verdict_line(status: str, summary: str) -> str:
    """'Problem found: <summary>', without repeating a label the summary already starts with."""
    label = verdict_label(status)
    if summary.casefold().startswith(label.casefold()):
        return summary
    return f"{label}: {summary}"


def act_name(act: int | None) -> str | None:
    if act is None:
        return None
    return ACT_NAMES.get(act, tr("Report", "AcT {act}").format(act=act))


def yes_no(value: bool | None) -> str | None:
    if value is None:
        return None
    return tr("Report", "yes") if value else tr("Report", "no")


def on_off(value: bool | None) -> str:
    if value is None:
        return unknown()
    return tr("Report", "on") if value else tr("Report", "off")


def _text(value: object) -> str:
    return unknown() if value is None or value == "" else str(value)


def _domains(report: Report) -> list[tuple[str, RegistrationDomain]]:
    reg = report.facts.registration
    named = [("CS", reg.cs), ("PS", reg.ps), ("EPS", reg.eps), ("5GS", reg.nr5g)]
    return [(name, d) for name, d in named if d is not None]


def reject_causes(report: Report) -> list[str]:
    """Every cause number the network gave, as the operator's support reads them."""
    from simtool.diagnosis.causes import mobility_cause

    namespaces = {"CS": "MM", "PS": "GMM", "EPS": "EMM", "5GS": "5GMM"}
    causes = []
    for name, d in _domains(report):
        if d.reject_cause is not None:
            cause = tr("Report", "{domain} reject cause #{cause}").format(
                domain=name, cause=d.reject_cause)
            # The 3GPP name in English, in this table cell only: it is what the operator's
            # support searches for; sentences give the meaning in the reader's language.
            spec = mobility_cause(d.reject_cause, namespaces[name])
            causes.append(f"{cause} ({spec.name})" if spec is not None else cause)
    last = report.facts.packet.last_error
    if last.cause is not None:
        causes.append(tr("Report", "data session cause #{cause}").format(cause=last.cause))
    return causes


def operator_side(report: Report) -> bool:
    """True when the verdict is something only the operator can fix (or explain)."""
    if report.verdict.status != "problem":
        return False
    check = report.verdict.check
    if check in ("sim-present", "sim-health") and esim.problem(report.facts) is not None:
        # A test profile or the wrong profile enabled: the user (or the eSIM provider's app)
        # fixes it; the remedy already says what to tell the eSIM provider.
        return False
    if check in _OPERATOR_CHECKS:
        return True
    if check == "registration":
        return any(d.state == "denied" or d.reject_cause is not None
                   for _, d in _domains(report))
    return False


def device_text(report: Report) -> str | None:
    modem = report.facts.modem
    name = " ".join(p for p in (modem.manufacturer, modem.model) if p)
    return name or None


def operator_text(report: Report) -> str | None:
    op = report.facts.operator
    plmn = f"{op.mcc}{op.mnc}" if op.mcc and op.mnc else None
    parts = [p for p in (op.name, f"({plmn})" if plmn else None, act_name(op.act)) if p]
    return " ".join(parts) or None


def registration_text(report: Report) -> str | None:
    overall = report.facts.registration.overall
    domains = ", ".join(f"{name} {quoted_state(d.state) or unknown()}"
                        for name, d in _domains(report))
    if overall is None and not domains:
        return None
    return f"{quoted_state(overall) or unknown()}" + (f" ({domains})" if domains else "")


def _support_items(report: Report) -> list[tuple[str, str, str | None]]:
    f = report.facts
    s = report.support
    # The EID only for an eSIM (what the eSIM provider asks for); no row for a plain SIM.
    eid = [("eid", tr("Report", "EID"), f.sim.eid)] if f.sim.eid else []
    return [
        ("device", tr("Report", "Device"), device_text(report)),
        ("firmware", tr("Report", "Firmware"), f.modem.revision),
        ("host_os", tr("Report", "Host OS"), s.host_os),
        ("imei", tr("Report", "IMEI"), f.modem.imei),
        ("iccid", tr("Report", "ICCID"), f.sim.iccid),
        *eid,
        ("imsi", tr("Report", "IMSI"), f.sim.imsi),
        ("msisdn", tr("Report", "Phone number"), f.sim.msisdn),
        ("operator", tr("Report", "Operator"), operator_text(report)),
        ("registration", tr("Report", "Registration"), registration_text(report)),
        ("verdict", tr("Report", "Verdict"),
         verdict_line(report.verdict.status, report.verdict.summary)),
        ("causes", tr("Report", "Cause codes"), ", ".join(reject_causes(report)) or None),
        ("symptom", tr("Report", "Symptom"), s.symptom),
        ("last_worked", tr("Report", "Last worked"), s.last_worked),
        ("changed", tr("Report", "Device or card changed"), yes_no(s.device_changed)),
    ]


def support_rows(report: Report) -> list[tuple[str, str | None]]:
    """What an operator's support desk asks for, in the order they ask. None = not known."""
    return [(label, value) for _, label, value in _support_items(report)]


# What the user reads out on the phone: identifiers and causes, not our own verdict text.
_TELL_OPERATOR = ("iccid", "eid", "imsi", "msisdn", "imei", "device", "firmware", "operator",
                  "causes", "symptom", "last_worked", "changed")


def operator_rows(report: Report) -> list[tuple[str, str]]:
    """The known support details worth telling the operator, for the short block."""
    items = {key: (label, value) for key, label, value in _support_items(report)}
    return [(items[k][0], v) for k in _TELL_OPERATOR if k in items and (v := items[k][1])]


def _dbm(value: float | None, unit: str) -> str | None:
    return None if value is None else f"{value:g} {unit}"


def fact_sections(report: Report) -> list[Section]:
    """The facts, grouped like the JSON report, as label/value rows for tables."""
    f = report.facts
    port_ids = (f"{f.port.vid:04x}:{f.port.pid:04x}"
                if f.port.vid is not None and f.port.pid is not None else None)
    sections = [
        Section(tr("Report", "Port"), [
            (tr("Report", "Port"), _text(f.port.url or f.port.device)),
            (tr("Report", "Description"), _text(f.port.description)),
            (tr("Report", "USB id"), _text(port_ids)),
        ]),
        Section(tr("Report", "Modem"), [
            (tr("Report", "Manufacturer"), _text(f.modem.manufacturer)),
            (tr("Report", "Model"), _text(f.modem.model)),
            (tr("Report", "Firmware"), _text(f.modem.revision)),
            (tr("Report", "IMEI"), _text(f.modem.imei)),
        ]),
        Section(tr("Report", "SIM"), [
            (tr("Report", "State"), _text(sim_state_label(f.sim))),
            (tr("Report", "Modem says"), _text(f.sim.raw)),
            (tr("Report", "ICCID"), _text(f.sim.iccid)),
            (tr("Report", "IMSI"), _text(f.sim.imsi)),
            (tr("Report", "Phone number"), _text(f.sim.msisdn)),
            (tr("Report", "PIN tries left"), _text(f.sim.pin_retries)),
            (tr("Report", "PUK tries left"), _text(f.sim.puk_retries)),
            (tr("Report", "Home network"), _text(
                f"{f.sim.home.mcc} {f.sim.home.mnc}" if f.sim.home.mcc else None)),
        ]),
        *esim_sections(report),
        Section(tr("Report", "Radio and signal"), [
            (tr("Report", "Radio"), _text(
                None if f.radio.cfun is None else
                f"CFUN={f.radio.cfun} ({on_off(f.radio.on)})")),
            (tr("Report", "Quality"), _text(state_label(f.signal.quality))),
            ("RSRP", _text(_dbm(f.signal.rsrp_dbm, "dBm"))),
            ("RSRQ", _text(_dbm(f.signal.rsrq_db, "dB"))),
            ("SINR", _text(_dbm(f.signal.sinr_db, "dB"))),
            ("RSCP", _text(_dbm(f.signal.rscp_dbm, "dBm"))),
            ("Ec/No", _text(_dbm(f.signal.ecno_db, "dB"))),
            ("RSSI", _text(_dbm(f.signal.rssi_dbm, "dBm"))),
            ("BER", _text(f.signal.ber)),
        ]),
        Section(tr("Report", "Network"), [
            (tr("Report", "Operator"), _text(operator_text(report))),
            (tr("Report", "Selection mode"), _text(selection_mode(f.operator.mode))),
            (tr("Report", "Registration"), _text(registration_text(report))),
            *[(tr("Report", "{domain} cell").format(domain=name), _text(_cell(d)))
              for name, d in _domains(report)],
            (tr("Report", "Cause codes"), _text(", ".join(reject_causes(report)) or None)),
        ]),
        Section(tr("Report", "Data"), [
            (tr("Report", "Packet attached"), _text(yes_no(f.packet.attached))),
            *[(tr("Report", "Context {cid}").format(cid=c.cid), _context_text(c.pdp_type, c.apn,
                                                                              c.active))
              for c in f.packet.contexts],
            (tr("Report", "Last error"), _text(f.packet.last_error.text)),
            (tr("Report", "APN configured"), _text(f.apn.configured)),
            (tr("Report", "APN expected"), _text(", ".join(f.apn.expected) or None)),
            (tr("Report", "Provider"), _text(f.apn.provider)),
            (tr("Report", "Traffic test"), data_path_text(report)),
        ]),
    ]
    router = _router_section(report)
    if router is not None:
        sections.append(router)
    notices = notice_rows(report)
    if notices:
        sections.append(Section(tr("Report", "Operator notices (SMS)"), notices))
    history = history_rows(report)
    if history:
        sections.append(Section(tr("Report", "Card history on this computer"), history))
    return sections


_OUTCOMES = {
    "passes": QT_TRANSLATE_NOOP("Report", "traffic passes"),
    "dns-fails": QT_TRANSLATE_NOOP("Report", "names do not resolve"),
    "nothing-passes": QT_TRANSLATE_NOOP("Report", "nothing passes"),
    "redirected": QT_TRANSLATE_NOOP("Report", "redirected"),
    "limited": QT_TRANSLATE_NOOP("Report", "only some traffic passes"),
    "not-testable": QT_TRANSLATE_NOOP("Report", "not testable on this modem"),
    "error": QT_TRANSLATE_NOOP("Report", "the test failed"),
}


def data_path_text(report: Report) -> str:
    """The data-path test in a line: outcome, then what each probe got."""
    result = report.facts.data_path
    if result is None:
        return tr("Report", "not run")
    outcome = _OUTCOMES.get(result.outcome or "")
    words = tr("Report", outcome) if outcome else (result.outcome or unknown())
    if result.location:
        words += f" ({result.location})"
    return f"{words}: {result.detail}" if result.detail else words


def notice_rows(report: Report) -> list[tuple[str, str]]:
    """One row per operator notice (date and sender; cause and text), and what was left
    unread, so a support desk sees what the operator told the subscriber."""
    f = report.facts
    rows = [(f"{date_of(n.time)} {n.sender or '?'}",
             f"{notice_label(n.cause) or unknown()}: {n.text}") for n in f.notices]
    if f.unread_sms_skipped:
        rows.append((tr("Report", "Not read"), tr(
            "Report", "{count} unread SMS (reading them on this modem would mark them read)"
        ).format(count=f.unread_sms_skipped)))
    if f.unread_sms_marked:
        rows.append((tr("Report", "Marked read"), tr(
            "Report", "{count} unread SMS read with consent").format(
                count=f.unread_sms_marked)))
    return rows


def history_rows(report: Report) -> list[tuple[str, str]]:
    """What earlier checks on this computer saw of the card."""
    history = report.facts.history
    if history is None:
        return []
    rows = [(tr("Report", "First seen"), _text(_when(history.first_seen))),
            (tr("Report", "Last worked"), _text(
                f"{_when(history.last_passed)} (IMEI {history.last_passed_imei})"
                if history.last_passed and history.last_passed_imei
                else _when(history.last_passed)))]
    if history.moved_from:
        rows.append((tr("Report", "Moved"), tr(
            "Report", "now in another device than IMEI {imei}").format(
                imei=history.moved_from)))
    for device in history.devices:
        rows.append((tr("Report", "Device IMEI {imei}").format(imei=device.imei or "?"),
                     tr("Report", "{first} to {last}").format(
                         first=_when(device.first_seen), last=_when(device.last_seen))))
    return rows


def _when(value: str | None) -> str | None:
    return value.replace("T", " ").replace("Z", " UTC") if value else None


def sim_type_label(value: str | None) -> str | None:
    names = {"physical": tr("Report", "physical SIM"), "esim": tr("Report", "eSIM (eUICC)"),
             "unknown": tr("Report", "unknown")}
    return None if value is None else names.get(value, value)


def esim_status_label(value: str | None) -> str | None:
    names = {
        "profiles-read": tr("Report", "profiles read"),
        "no-profiles": tr("Report", "no profile installed"),
        "with-profiles": tr("Report", "profiles installed (not listed)"),
        "not-readable": tr("Report", "eSIM not readable on this modem"),
        "channel-unavailable": tr("Report", "no logical channel to the card"),
        "inconclusive": tr("Report", "could not be read (no usable SIM either)"),
    }
    return None if value is None else names.get(value, value)


def profile_rows(report: Report) -> list[tuple[str, str]]:
    """One row per eSIM profile: 'Profile 1' -> 'Travel 5GB / Example Mobile, ICCID ...,
    disabled, operational'."""
    states = {"enabled": tr("Report", "enabled"), "disabled": tr("Report", "disabled")}
    classes = {"test": tr("Report", "test"), "provisioning": tr("Report", "provisioning"),
               "operational": tr("Report", "operational")}
    rows = []
    for number, p in enumerate(report.facts.sim.profiles, start=1):
        name = " / ".join(x for x in (p.name, p.provider) if x)
        parts = [name or None, tr("Report", "ICCID {iccid}").format(iccid=p.iccid or unknown()),
                 states.get(p.state or "", unknown()),
                 classes.get(p.profile_class or "") if p.profile_class else None]
        rows.append((tr("Report", "Profile {number}").format(number=number),
                     ", ".join(x for x in parts if x)))
    return rows


def esim_sections(report: Report) -> list[Section]:
    """The eSIM section: only when the source learned anything about an eUICC, so reports on
    plain SIMs stay as they were."""
    sim = report.facts.sim
    if sim.type != "esim" and sim.eid is None and not sim.profiles \
            and sim.esim_status in (None, "inconclusive"):
        return []
    rows = [(tr("Report", "Card type"), _text(sim_type_label(sim.type))),
            (tr("Report", "EID"), _text(sim.eid)),
            (tr("Report", "eSIM read"), _text(esim_status_label(sim.esim_status)))]
    rows += profile_rows(report)
    if sim.esim_status == "profiles-read" and not sim.profiles:
        rows.append((tr("Report", "Profiles"), tr("Report", "none installed")))
    return [Section(tr("Report", "eSIM"), rows)]


def _size(size: int | None) -> str | None:
    return None if size is None else f"{size / (1 << 30):.2f} GB"


def _router_section(report: Report) -> Section | None:
    """A stick's or router's own connection manager (web-API sources only)."""
    r = report.facts.router
    if report.facts.port.via not in ("hilink", "zte"):
        return None
    connection = r.connection
    if r.connection_code:
        connection = f"{connection or '?'} ({r.connection_code})"
    unparsed = ", ".join(r.unparsed)
    return Section(tr("Report", "Device (web interface)"), [
        (tr("Report", "Mobile data switch"), _text(
            None if r.data_switch is None else on_off(r.data_switch))),
        (tr("Report", "Connection"), _text(connection)),
        (tr("Report", "Device says"), _text(
            tr("HiLink", r.connection_text) if r.connection_text else None)),
        (tr("Report", "Network state"), _text(r.network_raw)),
        (tr("Report", "Used this month"), _text(_size(r.data_used_bytes))),
        (tr("Report", "Device's monthly limit"), _text(_size(r.data_limit_bytes))),
        (tr("Report", "Admin login"), _text(r.login)),
        (tr("Report", "Needs the login for"), _text(", ".join(r.login_required) or None)),
        (tr("Report", "Codes not in the tables"), _text(unparsed or None)),
    ])


def selection_mode(mode: int | None) -> str | None:
    """+COPS <mode> (3GPP TS 27.007 7.3) in words."""
    names = {0: tr("Report", "automatic"), 1: tr("Report", "manual"),
             2: tr("Report", "deregistered"), 4: tr("Report", "manual, then automatic")}
    return None if mode is None else names.get(mode, str(mode))


def _cell(d: RegistrationDomain) -> str | None:
    parts = [f"LAC {d.lac}" if d.lac else None, f"TAC {d.tac}" if d.tac else None,
             f"CI {d.ci}" if d.ci else None, act_name(d.act)]
    return " ".join(p for p in parts if p) or None


def _context_text(pdp_type: str | None, apn: str | None, active: bool | None) -> str:
    shown_apn = tr("Report", "(network-provided)") if apn == "" else (apn or unknown())
    state = {True: tr("Report", "active"), False: tr("Report", "inactive")}.get(
        active, unknown()) if active is not None else unknown()
    return f"{pdp_type or unknown()} {shown_apn}, {state}"


def remedy_steps(remedy: str | None) -> list[str]:
    """A remedy as ordered steps: one per line, numbering or bullets the author typed removed."""
    if not remedy:
        return []
    steps = []
    for line in remedy.splitlines():
        line = line.strip()
        for prefix in ("- ", "* ", "• "):
            if line.startswith(prefix):
                line = line[len(prefix):]
        head, dot, rest = line.partition(". ")
        if dot and head.isdigit():
            line = rest
        if line:
            steps.append(line)
    return steps


def next_steps(report: Report) -> list[str]:
    """The verdict check's remedy; when all is well, the remedies of the warnings."""
    by_id = {c.id: c for c in report.checks}
    verdict_check = by_id.get(report.verdict.check or "")
    if verdict_check is not None and verdict_check.remedy:
        return remedy_steps(verdict_check.remedy)
    steps: list[str] = []
    for check in report.checks:
        if check.status == "warn":
            steps.extend(remedy_steps(check.remedy))
    return steps


def actions_taken(report: Report) -> list[str]:
    """What the user had simtool change before this check, one line each, oldest first:
    "2026-11-20 09:30 UTC: APN of context 1 set to 'cmnet' (was 'internet')"."""
    lines = []
    for action in report.actions:
        when = action.time.replace("T", " ").replace("Z", "")[:16] + " UTC"
        text = action.text if action.ok else tr("Report", "{text} (failed)").format(
            text=action.text)
        lines.append(f"{when}: {text}")
    return lines


def reader_notes(facts: Facts) -> list[str]:
    """The reader's remarks (a command the modem refused, a reply it could not read, a
    session a test switched on and off again), each once, in the order they were made."""
    return list(dict.fromkeys(note for note in facts.notes if note))


_IDENTITY = ("device", "imei", "iccid", "imsi", "msisdn", "operator")


def identity_rows(report: Report) -> list[tuple[str, str | None]]:
    """The identifiers a support desk asks for first (device, IMEI, ICCID, IMSI, number,
    operator): printed reports show them on the first page."""
    items = {key: (label, value) for key, label, value in _support_items(report)}
    return [items[key] for key in _IDENTITY]


def document_title(report: Report) -> str:
    """"simtool report: Quectel EC25, 2026-11-20 09:30 UTC" (the device when known)."""
    when = report.created.replace("T", " ").replace("Z", "")[:16] + " UTC"
    device = device_text(report)
    if device:
        return tr("Report", "simtool report: {device}, {created}").format(device=device,
                                                                          created=when)
    return tr("Report", "simtool report, {created}").format(created=when)
