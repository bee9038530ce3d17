"""The checklist: judge a filled-in Facts, one rule per check id, and find the root cause.

No modem I/O (the provider database is consulted for the expected APN, see
complete_apn_facts). Checks run in the order of results.CHECK_IDS, then the manual items. The
first failing check is the verdict. A check that depends on an earlier failed one is
`skip`, naming that reason; a check that can still be judged on its own is judged (signal
with a locked SIM, the APN with no registration), the way a support engineer would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from simtool.diagnosis import esim, evidence, remedies
from simtool.diagnosis.causes import (
    DOMAIN_NAMESPACE,
    Cause,
    mobility_cause,
    session_cause,
)
from simtool.diagnosis.labels import notice_label, quoted_state
from simtool.diagnosis.results import CHECK_IDS, MANUAL_IDS, CheckResult, Verdict
from simtool.facts import (
    REG_STATES,
    REGISTERED_STATES,
    WEB_SOURCES,
    AccountResult,
    Facts,
    RegistrationDomain,
    current_act,
)
from simtool.facts import overall_state as consolidated_state
from simtool.i18n import QT_TRANSLATE_NOOP, tr
from simtool.quality import GOOD_FROM, UNUSABLE_BELOW, assess, rat_family

CTX = "Checks"

REGISTERED = REGISTERED_STATES
ROAMING = ("roaming", "roaming-sms-only", "roaming-csfb-not-preferred")
PIN_STATES = ("pin2-required", "puk2-required")
DEVICE_LOCK_STATES = ("ph-sim-pin", "ph-net-pin", "ph-net-puk", "ph-netsub-pin",
                      "ph-sp-pin", "ph-corp-pin")
# Registration report per domain, to quote the facts the way the modem gave them.
DOMAIN_COMMAND = {"cs": "+CREG", "ps": "+CGREG", "eps": "+CEREG", "nr5g": "+C5GREG"}
# +CEER texts that mean "nothing to report" (reference/causes.md §4).
NO_INFORMATION = ("", "no cause information available", "no report available", "no error",
                  "normal, unspecified", "none", "0,none", "0,-1", "0,0,0")

TITLES = {
    "port": QT_TRANSLATE_NOOP("Checks", "Modem port"),
    "radio": QT_TRANSLATE_NOOP("Checks", "Radio"),
    "sim-present": QT_TRANSLATE_NOOP("Checks", "SIM card present"),
    "sim-health": QT_TRANSLATE_NOOP("Checks", "SIM card working"),
    "sim-lock": QT_TRANSLATE_NOOP("Checks", "SIM lock (PIN/PUK)"),
    "signal": QT_TRANSLATE_NOOP("Checks", "Signal"),
    "registration": QT_TRANSLATE_NOOP("Checks", "Network registration"),
    "roaming": QT_TRANSLATE_NOOP("Checks", "Roaming"),
    "apn": QT_TRANSLATE_NOOP("Checks", "APN (access point name)"),
    "data-attach": QT_TRANSLATE_NOOP("Checks", "Data service (packet attach)"),
    "data-session": QT_TRANSLATE_NOOP("Checks", "Data session"),
    "data-path": QT_TRANSLATE_NOOP("Checks", "Traffic through the data session"),
    "account": QT_TRANSLATE_NOOP("Checks", "Account balance"),
    "other-device": QT_TRANSLATE_NOOP("Checks", "Does the card work in another device?"),
    "power": QT_TRANSLATE_NOOP("Checks", "Does the modem get enough power?"),
    "firmware": QT_TRANSLATE_NOOP("Checks", "Is the modem firmware up to date?"),
    "host-data": QT_TRANSLATE_NOOP("Checks", "Is mobile data enabled on this computer?"),
}

# Why later checks are skipped when this one failed ("skipped: {reason}, so ...").
SKIP_REASONS = {
    "port": QT_TRANSLATE_NOOP("Checks", "the modem could not be reached"),
    "radio": QT_TRANSLATE_NOOP("Checks", "the radio is off"),
    "sim-present": QT_TRANSLATE_NOOP("Checks", "no SIM card was detected"),
    "sim-health": QT_TRANSLATE_NOOP("Checks", "the SIM card is not working"),
    "sim-lock": QT_TRANSLATE_NOOP("Checks", "the SIM is locked"),
    "signal": QT_TRANSLATE_NOOP("Checks", "there is no usable signal"),
    "registration": QT_TRANSLATE_NOOP("Checks", "the card is not registered on a network"),
    "data-attach": QT_TRANSLATE_NOOP("Checks", "the card is not attached for data"),
    "data-session": QT_TRANSLATE_NOOP("Checks", "no data session could be opened"),
}
SKIP_SUBJECTS = {
    "radio": QT_TRANSLATE_NOOP("Checks", "the radio cannot be judged"),
    "sim-present": QT_TRANSLATE_NOOP("Checks", "the SIM cannot be judged"),
    "sim-health": QT_TRANSLATE_NOOP("Checks", "the SIM cannot be judged"),
    "sim-lock": QT_TRANSLATE_NOOP("Checks", "the SIM lock cannot be judged"),
    "signal": QT_TRANSLATE_NOOP("Checks", "the signal cannot be judged"),
    "registration": QT_TRANSLATE_NOOP("Checks", "registration cannot be judged"),
    "roaming": QT_TRANSLATE_NOOP("Checks", "roaming cannot be judged"),
    "apn": QT_TRANSLATE_NOOP("Checks", "the operator's APN cannot be looked up"),
    "data-attach": QT_TRANSLATE_NOOP("Checks", "the data service cannot be judged"),
    "data-session": QT_TRANSLATE_NOOP("Checks", "the data session cannot be judged"),
    "data-path": QT_TRANSLATE_NOOP("Checks", "whether traffic passes cannot be tested"),
    "account": QT_TRANSLATE_NOOP("Checks", "the balance cannot be asked"),
}

_SIM_CHAIN = ("port", "sim-present", "sim-health", "sim-lock")
_NETWORK_CHAIN = ("port", "radio", "sim-present", "sim-health", "sim-lock")
# Earlier checks whose failure makes a check impossible to judge.
DEPENDS_ON: dict[str, tuple[str, ...]] = {
    "port": (),
    "radio": ("port",),
    "sim-present": ("port",),
    "sim-health": ("port", "sim-present"),
    "sim-lock": ("port", "sim-present", "sim-health"),
    "signal": ("port", "radio"),
    "registration": _NETWORK_CHAIN,
    "roaming": (*_NETWORK_CHAIN, "signal", "registration"),
    "apn": _SIM_CHAIN,
    "data-attach": (*_NETWORK_CHAIN, "signal", "registration"),
    "data-session": (*_NETWORK_CHAIN, "signal", "registration", "data-attach"),
    "data-path": (*_NETWORK_CHAIN, "signal", "registration", "data-attach", "data-session"),
    "account": (*_NETWORK_CHAIN, "signal", "registration"),
}


@dataclass
class Outcome:
    """What one rule concluded; `summary` is the verdict sentence if it is the root cause."""

    status: str
    detail: str
    remedy: str | None = None
    summary: str | None = None


@dataclass
class _Context:
    facts: Facts
    statuses: dict[str, str]
    manual_answers: Mapping[str, bool | None]
    account: AccountResult | None


def _t(text: str) -> str:
    return tr(CTX, text)


def _dbm(value: float) -> str:
    return f"{value:g}"


def _via_manager(facts: Facts) -> bool:
    """Read through ModemManager: its states and words are quoted, not AT replies."""
    return facts.port.via == "modemmanager"


def _manager_state(facts: Facts) -> str:
    """ModemManager's state of the modem as mmcli shows it ("registered"); in words in any
    other language (quoted_state)."""
    return quoted_state(facts.modem.state) or "?"


def _manager_index(facts: Facts) -> str:
    """What `mmcli -m` takes for this modem: its index, from the object path."""
    device = facts.port.device or ""
    if "/Modem/" in device:
        return device.rsplit("/", 1)[-1]
    url = facts.port.url or ""
    return url[len("mm://"):].strip("/") if url.startswith("mm://") else "0"


# --- registration helpers ------------------------------------------------------------------

def _domains(facts: Facts) -> list[tuple[str, RegistrationDomain]]:
    reg = facts.registration
    pairs = [("eps", reg.eps), ("nr5g", reg.nr5g), ("ps", reg.ps), ("cs", reg.cs)]
    return [(name, domain) for name, domain in pairs if domain is not None]


def _state(domain: RegistrationDomain) -> str | None:
    if domain.state:
        return domain.state
    if domain.stat is not None and 0 <= domain.stat < len(REG_STATES):
        return REG_STATES[domain.stat]
    return None


def overall_state(facts: Facts) -> str | None:
    """The best state across domains: what the reader found, else the same rule applied to
    the domains (facts from a hand-made or older report may lack `overall`)."""
    reg = facts.registration
    return reg.overall or consolidated_state((reg.cs, reg.ps, reg.eps, reg.nr5g))


def _rejecting_domain(facts: Facts) -> tuple[str, RegistrationDomain] | None:
    """The domain that carries a reject cause (any stat: nRF reports #11 with stat 2)."""
    for name, domain in _domains(facts):
        if domain.reject_cause:
            return name, domain
    for name, domain in _domains(facts):
        if _state(domain) == "denied":
            return name, domain
    return None


def _act(facts: Facts) -> int | None:
    return current_act(facts.registration, facts.operator.act)


def _web(facts: Facts) -> bool:
    """Read through a stick's or router's web API: quote its words, not AT commands."""
    return facts.port.via in WEB_SOURCES


def _web_url(facts: Facts) -> bool:
    """A web device's URL, also when it could not be read (port.via is set either way)."""
    return _web(facts) or (facts.port.url or "").split("://")[0].lower() in WEB_SOURCES


def _registration_quotes(facts: Facts, domains: list[tuple[str, RegistrationDomain]]) -> str:
    if _web(facts):
        return facts.router.network_raw or ""
    manager = _via_manager(facts)
    return "; ".join(_quote_domain(name, domain, manager=manager) for name, domain in domains)


def _source_name(facts: Facts) -> str:
    if _web(facts):
        return _t("the device")
    return _t("ModemManager") if _via_manager(facts) else _t("the modem")


def _quote_domain(name: str, domain: RegistrationDomain, *, manager: bool = False) -> str:
    if manager:
        return _t("ModemManager: registration {state}").format(
            state=quoted_state(_state(domain)) or "?")
    text = _t("{command}: stat {stat} ({state})").format(
        command=DOMAIN_COMMAND[name], stat="?" if domain.stat is None else domain.stat,
        state=quoted_state(_state(domain)) or "?")
    if domain.reject_cause:
        text += _t(", reject cause #{cause}").format(cause=domain.reject_cause)
    return text


# --- the rules ------------------------------------------------------------------------------

def check_port(ctx: _Context) -> Outcome:
    facts = ctx.facts
    where = facts.port.device or facts.port.url or "?"
    if facts.reachable and _web(facts):
        return Outcome("pass", _t("{port}: the device's web interface answers").format(
            port=where))
    if facts.reachable and _via_manager(facts):
        if facts.modem.state in ("initializing", "unknown", None):
            return Outcome("fail", _t("ModemManager is still setting up {port} (state {state})"
                                      ).format(port=facts.port.url or where,
                                               state=_manager_state(facts)),
                           remedies.manager_initializing(_manager_index(facts)),
                           _t("ModemManager is still setting up the modem."))
        return Outcome("pass", _t("{port}: ModemManager manages it (state {state})").format(
            port=facts.port.url or where, state=_manager_state(facts)))
    if facts.reachable:
        return Outcome("pass", _t("{port} answers AT commands").format(port=where))
    if facts.reachable is None:
        if facts.sim.state is not None or facts.radio.cfun is not None:
            return Outcome("pass", _t("{port}: the modem answered").format(port=where))
        return Outcome("error", _t("the port was not tried"))
    error = facts.port_error or _t("the port could not be used")
    summaries = {
        "not-found": _t("The modem's port was not found."),
        "permission": _t("simtool has no permission to open the modem's port."),
        "busy": _t("The modem's port is in use by another program."),
        "silent": _t("The port does not answer: it is probably not the modem's AT port."),
        "vanished": _t("The modem disappeared during the check."),
        "login": _t("The device needs its admin password to show its state."),
        "not-at": _t("The port does not speak AT: it is not the modem's AT port."),
        "stalled": _t("The modem stopped answering during the check."),
        "deadline": _t("The modem answered too slowly to finish the check in time."),
    }
    summary = summaries.get(facts.port_error_kind or "", _t("The modem could not be reached."))
    if _web_url(facts):
        if facts.port_error_kind != "login":
            summary = _t("The stick or router could not be read through its web interface.")
        return Outcome("fail", error, remedies.web_port_problem(facts.port_error_kind), summary)
    if _via_manager(facts) and facts.port_error_kind != "vanished":
        summary = _t("The modem could not be reached through ModemManager.")
    return Outcome("fail", error, remedies.port_problem(facts.port_error_kind,
                                                         remedies.managed_modem(facts)),
                   summary)


def _manager_radio(facts: Facts) -> Outcome:
    state = facts.modem.state
    if state in ("disabled", "disabling"):
        return Outcome("fail", _t("ModemManager: the modem is {state}: mobile broadband is "
                                  "switched off on this computer").format(
                                      state=_manager_state(facts)),
                       remedies.manager_disabled(_manager_index(facts)),
                       _t("The modem is switched off in ModemManager (mobile broadband off)."))
    if facts.radio.on:
        return Outcome("pass", _t("ModemManager: the modem is enabled (state {state})").format(
            state=_manager_state(facts)))
    if state in ("locked", "failed"):
        return Outcome("error", _t("ModemManager enables the radio only once the SIM works "
                                   "(state {state}): radio state unknown from ModemManager"
                                   ).format(state=_manager_state(facts)))
    return Outcome("error", _t("radio state unknown from ModemManager (state {state})").format(
        state=_manager_state(facts)))


def check_radio(ctx: _Context) -> Outcome:
    radio = ctx.facts.radio
    if _web(ctx.facts) and radio.cfun is None and radio.on is not None:
        if radio.on:
            return Outcome("pass", _t("the device's radio is on"))
        return Outcome("fail", _t("the device is in airplane mode: its radio is off"),
                       remedies.device_airplane_mode(),
                       _t("The device's radio is switched off (airplane mode)."))
    if _via_manager(ctx.facts):
        return _manager_radio(ctx.facts)
    if radio.cfun == 1 or (radio.cfun is None and radio.on):
        return Outcome("pass", _t("+CFUN: 1 (radio on)"))
    if radio.cfun in (0, 4) or (radio.cfun is None and radio.on is False):
        detail = _t("+CFUN: {cfun}: the radio is off (airplane mode)").format(
            cfun="?" if radio.cfun is None else radio.cfun)
        return Outcome("fail", detail, remedies.radio_off(radio.cfun),
                       _t("The modem's radio is switched off (airplane mode)."))
    if radio.cfun is None:
        return Outcome("error", _t("the modem did not report its radio state (+CFUN)"))
    if radio.on:
        return Outcome("pass", _t("+CFUN: {cfun} (radio on)").format(cfun=radio.cfun))
    return Outcome("warn", _t("+CFUN: {cfun}: an unusual radio mode").format(cfun=radio.cfun),
                   remedies.radio_off(radio.cfun))


def _sim_quote(ctx: _Context) -> str:
    """The SIM state in the modem's words, as a +CPIN line unless it was a +CME error."""
    sim = ctx.facts.sim
    raw = (sim.raw or "").strip()
    if not raw:
        return sim.state or "?"
    return raw if raw.startswith("+") or _web(ctx.facts) or _via_manager(ctx.facts) \
        else f"+CPIN: {raw}"


def _with_esim_note(detail: str, facts: Facts) -> str:
    note = esim.note(facts)
    return f"{detail}; {note}" if note else detail


def _esim_outcome(ctx: _Context, check_id: str) -> Outcome | None:
    """The eSIM's profile problem when this check is the one that reports it."""
    found = esim.problem(ctx.facts)
    if found is None or found.check != check_id:
        return None
    return Outcome("fail", found.detail, found.remedy, found.summary)


def check_sim_present(ctx: _Context) -> Outcome:
    sim = ctx.facts.sim
    if (outcome := _esim_outcome(ctx, "sim-present")) is not None:
        return outcome
    if sim.state is None or sim.state == "unknown":
        return Outcome("error", _t("the SIM state could not be read ({raw})").format(
            raw=sim.raw or _t("no answer")))
    if sim.state == "not-inserted":
        remedy = remedies.no_sim()
        if hint := esim.no_sim_hint(ctx.facts):
            remedy = f"{remedy}\n{len(remedy.splitlines()) + 1}. {hint}"
        return Outcome("fail", _with_esim_note(_t("no SIM card detected: {raw}").format(
            raw=_sim_quote(ctx)), ctx.facts), remedy,
            _t("No SIM card was detected in the modem."))
    return Outcome("pass", _t("SIM detected: {raw}").format(raw=_sim_quote(ctx)))


def check_sim_health(ctx: _Context) -> Outcome:
    sim = ctx.facts.sim
    if (outcome := _esim_outcome(ctx, "sim-health")) is not None:
        return outcome
    if sim.state in ("failure", "wrong"):
        return Outcome("fail", _t("the SIM card is damaged or incompatible: {raw}").format(
            raw=_sim_quote(ctx)), remedies.damaged_sim(ctx.facts, sim.raw),
            _t("The SIM card is damaged or incompatible with this modem."))
    if sim.state == "busy":
        return Outcome("fail", _t("the SIM did not finish starting: still busy after "
                                  "waiting ({raw})").format(raw=_sim_quote(ctx)),
                       remedies.sim_busy(), _t("The SIM card did not finish starting."))
    if sim.iccid:
        return Outcome("pass", _with_esim_note(_t("the SIM answers: ICCID {iccid}").format(
            iccid=sim.iccid), ctx.facts))
    return Outcome("pass", _with_esim_note(_t("the SIM answers ({raw}); ICCID not read").format(
        raw=_sim_quote(ctx)), ctx.facts))


def check_sim_lock(ctx: _Context) -> Outcome:
    sim = ctx.facts.sim
    raw = _sim_quote(ctx)
    if sim.state == "ready":
        return Outcome("pass", _t("{raw}: no PIN needed").format(raw=raw))
    if sim.state == "pin-required":
        if sim.pin_retries is None:
            detail = _t("{raw}, attempts left unknown").format(raw=raw)
            summary = _t("The SIM card is locked with a PIN.")
        else:
            detail = _t("{raw}, {retries} attempts left").format(raw=raw,
                                                                  retries=sim.pin_retries)
            summary = _t("The SIM card is locked with a PIN ({retries} attempts left).").format(
                retries=sim.pin_retries)
        remedy = (remedies.device_pin(sim.pin_retries) if _web(ctx.facts)
                  else remedies.pin_required(sim.pin_retries, remedies.managed_modem(ctx.facts)))
        return Outcome("fail", detail, remedy, summary)
    if sim.state == "puk-required":
        if sim.puk_retries is None:
            detail = _t("{raw}: the PIN was entered wrong too often").format(raw=raw)
        else:
            detail = _t("{raw}: the PIN was entered wrong too often; {retries} PUK attempts "
                        "left").format(raw=raw, retries=sim.puk_retries)
        return Outcome("fail", detail, remedies.device_puk(ctx.facts, sim.puk_retries)
                       if _web(ctx.facts) else remedies.puk_required(ctx.facts, sim.puk_retries),
                       _t("The SIM card is blocked and needs its PUK code."))
    if sim.state in DEVICE_LOCK_STATES:
        return Outcome("fail", _t("{raw}: the modem is locked to another operator or SIM"
                                  ).format(raw=raw), remedies.device_locked(sim.state, sim.raw),
                       _t("The modem is locked to another operator (network lock)."))
    if sim.state in PIN_STATES:
        return Outcome("warn", _t("{raw}: PIN2/PUK2 is not needed for data").format(raw=raw),
                       remedies.pin2_required(sim.raw))
    return Outcome("error", _t("unexpected SIM state {raw}").format(raw=raw))


def _registered(facts: Facts) -> bool:
    return overall_state(facts) in REGISTERED


def check_signal(ctx: _Context) -> Outcome:
    facts = ctx.facts
    reading = assess(facts.signal, _act(facts))
    # +CSQ: 99,99 gives no value at all; while the modem searches, that means no signal.
    no_values = reading.metric is None or reading.value is None
    searching = overall_state(facts) in ("searching", "not-registered")
    if reading.level == "none" or (no_values and searching):
        return Outcome("fail", _t("no signal: the modem measures no network here"),
                       remedies.no_signal(), _t("There is no mobile signal here."))
    if (reading.metric is None or reading.value is None) and _via_manager(facts):
        if facts.signal.percent is not None:
            return Outcome("error", _t("signal in dBm unknown from ModemManager (it reports "
                                       "{percent}%)").format(percent=facts.signal.percent))
        return Outcome("error", _t("signal unknown from ModemManager"))
    if reading.metric is None or reading.value is None:
        return Outcome("error", _t("the modem reported no signal values"))
    metric, value = reading.metric, reading.value
    if reading.rat:
        quoted = _t("{metric} {value} dBm on {rat}").format(
            metric=metric, value=_dbm(value), rat=reading.rat)
    else:
        quoted = _t("{metric} {value} dBm").format(metric=metric, value=_dbm(value))
    scale = _t("{good} dBm or better is good, below {unusable} dBm is unusable indoors").format(
        good=_dbm(GOOD_FROM[metric]), unusable=_dbm(UNUSABLE_BELOW[metric]))
    words = {
        "excellent": _t("excellent"), "good": _t("good"), "fair": _t("fair"),
        "poor": _t("weak"), "very-weak": _t("very weak"),
    }
    detail = _t("{quoted}: {level}; {scale}").format(quoted=quoted,
                                                     level=words[reading.level], scale=scale)
    remedy = remedies.weak_signal(metric, value, GOOD_FROM[metric],
                                  remedies.managed_modem(facts))
    if reading.level == "very-weak" and not _registered(facts):
        return Outcome("fail", detail, remedy,
                       _t("The signal is too weak to use the network ({quoted}).").format(
                           quoted=quoted))
    if reading.level in ("poor", "very-weak"):
        return Outcome("warn", detail, remedy)
    return Outcome("pass", detail)


def check_registration(ctx: _Context) -> Outcome:
    facts = ctx.facts
    state = overall_state(facts)
    rejecting = _rejecting_domain(facts)
    manager = _via_manager(facts)
    quotes = _registration_quotes(facts, _domains(facts))
    if manager and state is None:
        return Outcome("error", _t("the registration state is unknown from ModemManager"))
    if state in REGISTERED:
        operator = facts.operator.name or "?"
        # Quote the domains that carry the registration; an idle +C5GREG on an LTE-only
        # network is noise next to a pass.
        registered = _registration_quotes(
            facts, [(name, domain) for name, domain in _domains(facts)
                    if domain.state in REGISTERED])
        detail = _t("registered ({state}) on {operator}: {quotes}").format(
            state=quoted_state(state), operator=operator, quotes=registered or quotes or "?")
        return Outcome("pass", detail)
    if state is None or state == "unknown":
        return Outcome("error", _t("the registration state could not be read ({quotes})"
                                   ).format(quotes=quotes or _t("no answer")))
    # No domain to quote (a web device that gave no network text, a source that reported
    # only the overall state): the sentences below then name the source instead.
    quotes = quotes or _source_name(facts)
    if rejecting is not None and (state == "denied" or rejecting[1].reject_cause):
        name, domain = rejecting
        namespace = DOMAIN_NAMESPACE[name]
        number = domain.reject_cause or None
        cause = mobility_cause(number, namespace) if number else None
        if cause is not None:
            # The 3GPP name in English; other languages give the namespace only (the
            # quotes already have the number, the meaning says it in words).
            template = (_t("{quotes} ({namespace}: {name}): {meaning}") if cause.name_suffix()
                        else _t("{quotes} ({namespace}): {meaning}"))
            detail = template.format(quotes=quotes, namespace=namespace, name=cause.name,
                                     meaning=cause.meaning)
            summary = _t("The network refused the card with {namespace} cause #{number}: "
                         "{meaning}.").format(namespace=namespace, number=number,
                                              meaning=cause.meaning)
        elif number:
            detail = _t("{quotes}: {namespace} cause #{number}, not in the 3GPP tables"
                        ).format(quotes=quotes, namespace=namespace, number=number)
            summary = _t("The network refused the card ({namespace} cause #{number})."
                         ).format(namespace=namespace, number=number)
        else:
            detail = _t("{quotes}: registration denied, no reject cause given").format(
                quotes=quotes)
            summary = _t("The network refused to register the card.")
        return Outcome("fail", detail,
                       remedies.registration_denied(facts, cause, namespace, number), summary)
    if state == "searching":
        return Outcome("fail", _t("{quotes}: the modem is looking for a network").format(
            quotes=quotes), remedies.searching(remedies.managed_modem(facts)),
            _t("The modem is looking for a network but has not registered."))
    if state == "emergency-only":
        return Outcome("fail", _t("{quotes}: emergency calls only").format(quotes=quotes),
                       remedies.emergency_only(facts),
                       _t("The network allows emergency calls only for this card."))
    if state == "denied":
        return Outcome("fail", _t("{quotes}: registration denied").format(quotes=quotes),
                       remedies.registration_denied(facts, None, None, None),
                       _t("The network refused to register the card."))
    return Outcome("fail", _t("{quotes}: not registered and not searching").format(
        quotes=quotes), remedies.not_searching(remedies.managed_modem(facts)),
        _t("The modem is not registered and is not looking for a network."))


def check_roaming(ctx: _Context) -> Outcome:
    facts = ctx.facts
    state = overall_state(facts)
    operator = facts.operator.name
    where = operator or "?"
    if facts.operator.mcc and facts.operator.mnc:
        where = f"{where} ({facts.operator.mcc}/{facts.operator.mnc})"
    if state in ROAMING:
        return Outcome("warn", _t("roaming on {operator}").format(operator=where),
                       remedies.roaming(operator))
    return Outcome("pass", _t("home network: {operator}").format(operator=where))


def check_apn(ctx: _Context) -> Outcome:
    facts = ctx.facts
    configured = facts.apn.configured
    expected = [apn for apn in facts.apn.expected if apn]
    home = facts.sim.home
    rat = rat_family(_act(facts))
    active = [c for c in facts.packet.contexts if c.active]
    managed = remedies.managed_modem(facts)
    if configured is None and "apn" in facts.router.login_required:
        return Outcome("skip", _t("skipped: the device shows its APN profiles only after its "
                                  "admin login, so the APN cannot be compared"),
                       remedies.device_login_for(facts.port.url))
    if configured is None and _web(facts):
        return Outcome("error", _t("the device did not report its APN profiles"))
    if configured is None and _via_manager(facts):
        return Outcome("error", _t("the configured APN is unknown from ModemManager"))
    if configured is None:
        return Outcome("error", _t("the modem did not report its APN (+CGDCONT)"))
    provider = facts.apn.provider or "?"
    if configured == "":
        detail = _t("no APN configured (network-provided); {provider} expects {expected}"
                    ).format(provider=provider, expected=", ".join(expected) or "?")
        if rat in ("GSM", "UMTS"):
            return Outcome("fail", detail, remedies.apn_mismatch("", expected or ["?"], managed),
                           _t("No APN is set, and {rat} needs one.").format(rat=rat))
        return Outcome("warn", detail, remedies.apn_mismatch("", expected, managed) if expected else
                       remedies.apn_unknown(home.mcc, home.mnc, managed))
    if not expected:
        return Outcome("warn", _t("the modem has \"{configured}\"; the provider database has no "
                                  "entry for {mcc}/{mnc}").format(
                           configured=configured, mcc=home.mcc or "?", mnc=home.mnc or "?"),
                       remedies.apn_unknown(home.mcc, home.mnc, managed))
    if configured.lower() in (apn.lower() for apn in expected):
        return Outcome("pass", _t("\"{configured}\" matches {provider}").format(
            configured=configured, provider=provider))
    detail = _t("modem has \"{configured}\", operator expects {expected} ({provider})").format(
        configured=configured, expected=" / ".join(f"\"{apn}\"" for apn in expected),
        provider=provider)
    if active and not facts.packet.last_error.cause:
        # A private APN (company or IoT contract) that works is not a problem.
        return Outcome("warn", _t("{detail}, but a data session with it is active").format(
            detail=detail), remedies.apn_mismatch(configured, expected, managed))
    if _web(facts):
        return Outcome("fail", detail, remedies.device_apn(configured, expected),
                       _t("The APN is wrong: the device dials with \"{configured}\", the "
                          "operator expects \"{expected}\".").format(configured=configured,
                                                                   expected=expected[0]))
    return Outcome("fail", detail, remedies.apn_mismatch(configured, expected, managed),
                   _t("The APN is wrong: the modem has \"{configured}\", the operator expects "
                      "\"{expected}\".").format(configured=configured, expected=expected[0]))


def _packet_reject(facts: Facts) -> tuple[str, RegistrationDomain] | None:
    """The packet domain (EPS, 5GS or GPRS) that was refused with a cause, if any."""
    for name in ("eps", "nr5g", "ps"):
        domain = getattr(facts.registration, name)
        if domain is not None and domain.reject_cause:
            return name, domain
    return None


def check_data_attach(ctx: _Context) -> Outcome:
    facts = ctx.facts
    attached = facts.packet.attached
    if attached and _web(facts):
        return Outcome("pass", _t("attached for data ({quote})").format(
            quote=facts.router.network_raw or "?"))
    if attached is False and _web(facts):
        return Outcome("fail", _t("{quote}: registered, but the network does not allow data "
                                  "service on this card").format(
                           quote=facts.router.network_raw or "?"),
                       remedies.data_not_attached(facts),
                       _t("The card is registered but data service is not allowed on it."))
    if attached and _via_manager(facts):
        return Outcome("pass", _t("ModemManager: packet service attached"))
    if attached is None and _via_manager(facts):
        return Outcome("error", _t("the packet service state is unknown from ModemManager"))
    if attached:
        return Outcome("pass", _t("+CGATT: 1 (attached for data)"))
    if attached is False:
        detail = _t("+CGATT: 0: registered, but not attached for data; data service not "
                    "allowed on this card")
        rejected = _packet_reject(facts)
        cause: Cause | None = None
        namespace: str | None = None
        number: int | None = None
        if rejected is not None:
            name, domain = rejected
            namespace, number = DOMAIN_NAMESPACE[name], domain.reject_cause
            cause = mobility_cause(domain.reject_cause or 0, namespace)
            detail += _t(" ({quote}{name})").format(
                quote=_quote_domain(name, domain),
                name=f": {namespace} {cause.shown_name}" if cause else "")
        return Outcome("fail", detail,
                       remedies.data_not_attached(facts, cause, namespace, number),
                       _t("The card is registered but data service is not allowed on it."))
    eps = facts.registration.eps
    if eps is not None and _state(eps) in REGISTERED and _web(facts):
        return Outcome("pass", _t("registered on LTE ({quote}), which includes the data attach"
                                  ).format(quote=facts.router.network_raw or "?"))
    if attached is None and _web(facts):
        return Outcome("error", _t("the device does not report whether data service is "
                                   "attached"))
    if eps is not None and _state(eps) in REGISTERED:
        return Outcome("pass", _t("registered on LTE ({quote}), which includes the data attach"
                                  ).format(quote=_quote_domain("eps", eps)))
    return Outcome("error", _t("the modem did not report its data attach state (+CGATT)"))


def _no_information(raw: str) -> bool:
    text = raw.strip()
    if text.upper().startswith("+CEER:"):
        text = text[len("+CEER:"):]
    return text.strip().strip('"').strip().lower() in NO_INFORMATION


def _session_namespace(facts: Facts) -> str:
    rat = rat_family(_act(facts))
    return {"GSM": "SM", "UMTS": "SM", "5G": "5GSM"}.get(rat or "", "ESM")


def _gigabytes(size: int | None) -> str:
    return "?" if size is None else f"{size / (1 << 30):.2f} GB"


def _router_session(ctx: _Context) -> Outcome | None:
    """What a stick's or router's own connection manager says about the data session."""
    facts = ctx.facts
    router = facts.router
    code = router.connection_code or "?"
    # The device's own page text, marked for translation where the source maps the code.
    device_text = tr("HiLink", router.connection_text) if router.connection_text else ""
    if router.data_switch is False:
        return Outcome("fail", _t("the device's mobile-data switch is off (connection status "
                                  "{code})").format(code=code),
                       remedies.device_data_switch_off(),
                       _t("Mobile data is switched off on the device itself."))
    if router.data_limit_stops:
        used = _gigabytes(router.data_used_bytes)
        limit = _gigabytes(router.data_limit_bytes)
        return Outcome("fail", _t("the device stopped data because its own monthly limit is "
                                  "reached ({used} of {limit}; connection status {code}: "
                                  "\"{text}\"). This limit is a setting on the device, not the "
                                  "operator's quota").format(used=used, limit=limit, code=code,
                                                             text=device_text),
                       remedies.device_data_limit(),
                       _t("The device's own monthly data limit is reached and it stopped data "
                          "(a setting on the device, not the operator's quota)."))
    if router.connection == "failed":
        same = session_cause(int(code), _session_namespace(facts)) if code.isdigit() else None
        note = _t(" (the same number as 3GPP cause #{code}: {meaning}; Huawei does not "
                  "document the link)").format(code=code, meaning=same.meaning) if same else ""
        return Outcome("fail", _t("the device's connection failed with its code {code}: "
                                  "\"{text}\"{note}").format(code=code, text=device_text,
                                                               note=note),
                       remedies.device_connection_failed(facts, code),
                       _t("The device could not connect (its code {code}: {text}).").format(
                           code=code, text=device_text.rstrip(".。")))
    if router.connection == "unknown":
        return Outcome("warn", _t("no data session: the device reports connection status "
                                  "{code}, which is not in simtool's tables").format(code=code),
                       remedies.device_not_connected(device_text))
    if router.connection in ("disconnected", "disconnecting", "connecting"):
        states = {"disconnected": _t("disconnected"), "disconnecting": _t("disconnecting"),
                  "connecting": _t("connecting")}
        detail = _t("the device is {state} (connection status {code})").format(
            state=states[router.connection], code=code)
        if device_text:
            detail += f": \"{device_text}\""
        return Outcome("warn", detail, remedies.device_not_connected(device_text))
    return None


def check_data_session(ctx: _Context) -> Outcome:
    facts = ctx.facts
    active = [c for c in facts.packet.contexts if c.active]
    if active and _web(facts):
        router = facts.router
        if router.data_limit_reached:
            return Outcome("warn", _t("connected, but the device's own monthly data counter is "
                                      "past its limit ({used} of {limit}); this is the device's "
                                      "setting, not the operator's quota").format(
                               used=_gigabytes(router.data_used_bytes),
                               limit=_gigabytes(router.data_limit_bytes)),
                           remedies.device_data_limit())
        return Outcome("pass", _t("the device is connected (connection status {code})"
                                  ).format(code=router.connection_code or "?"))
    if not active and _web(facts):
        outcome = _router_session(ctx)
        if outcome is not None:
            return outcome
    if active:
        first = active[0]
        return Outcome("pass", _t("context {cid} is active (APN \"{apn}\")").format(
            cid=first.cid, apn=first.apn if first.apn is not None else "?"))
    error = facts.packet.last_error
    raw = (error.text or "").strip()
    if error.before_change and (error.cause or not _no_information(raw)):
        # The modem has not tried since the user changed something: its old refusal says
        # nothing about the settings it has now.
        return Outcome("warn", _t("no data session is active; the modem's last data error "
                                  "(\"{raw}\") dates from before your last change and no "
                                  "session was tried since, so it is not today's cause").format(
            raw=raw or f"#{error.cause}"), remedies.after_change())
    if error.cause:
        namespace = _session_namespace(facts)
        cause: Cause | None = session_cause(error.cause, namespace)
        quote = f" ({raw})" if raw else ""
        if cause is not None:
            detail = _t("the network refused the data session: {label}: {meaning}{quote}"
                        ).format(label=cause.label, meaning=cause.meaning, quote=quote)
            summary = _t("The network refused the data session with {namespace} cause "
                         "#{number}: {meaning}.").format(namespace=namespace, number=error.cause,
                                                         meaning=cause.meaning)
        else:
            detail = _t("the network refused the data session with cause #{number}, which is "
                        "not in the 3GPP tables{quote}").format(number=error.cause, quote=quote)
            summary = _t("The network refused the data session (cause #{number}).").format(
                number=error.cause)
        detail = evidence.with_evidence(detail, evidence.lines(
            facts, evidence.account_notices(facts)) if error.cause in (8, 33) else [])
        return Outcome("fail", detail,
                       remedies.data_refused(facts, cause, namespace, error.cause, raw or None),
                       summary)
    if not _no_information(raw):
        return Outcome("fail", _t("the data session failed: \"{raw}\"").format(raw=raw),
                       remedies.data_refused(facts, None, None, None, raw),
                       _t("The data session failed: \"{raw}\".").format(raw=raw))
    if facts.connection_test:
        return Outcome("fail", _t("the connection test did not bring a data session up, and "
                                  "the modem gave no cause"),
                       remedies.data_refused(facts, None, None, None,
                                             _t("no cause given")),
                       _t("The connection test failed without a cause."))
    managed = remedies.managed_modem(facts)
    if managed is not None:
        return Outcome("warn", _t("no data session is active: ModemManager has no connected "
                                  "bearer"), remedies.no_session(managed))
    return Outcome("warn", _t("no data session is active; run `simtool connect-test "
                              "--allow-write` to test one"), remedies.no_session())


def check_account(ctx: _Context) -> Outcome:
    account = ctx.account
    notices = evidence.lines(ctx.facts, evidence.account_notices(ctx.facts))
    managed = remedies.managed_modem(ctx.facts)
    if account is None and managed is not None:
        return Outcome("manual", evidence.with_evidence(
            _t("not run: `simtool check --port {url} --inhibit --allow-write --balance` asks "
               "the operator for the balance (USSD or SMS) while ModemManager lets go of the "
               "modem").format(url=managed.url), notices))
    if account is None:
        return Outcome("manual", evidence.with_evidence(
            _t("not run: `simtool balance` asks the operator for the balance (USSD or SMS)"),
            notices))
    if not account.code_used:           # nothing was sent: no code to send
        return Outcome("error", account.text)
    if account.ok:
        figures = [_t("balance {value}").format(value=account.balance) if account.balance
                   else "",
                   _t("data left {value}").format(value=account.data_left)
                   if account.data_left else "",
                   _t("plan ends {value}").format(value=account.plan_end)
                   if account.plan_end else ""]
        found = "; ".join(f for f in figures if f)
        text = f"{found} ({account.text})" if found else account.text
        return Outcome("pass", evidence.with_evidence(
            _t("{code}: {text}").format(code=account.code_used, text=text), notices))
    return Outcome("error", _t("the balance query {code} failed: {text}").format(
        code=account.code_used, text=account.text))


def _account_codes(facts: Facts) -> tuple[str | None, str | None]:
    """The provider database's balance and top-up codes for the card's home network."""
    home = facts.sim.home
    if not (home.mcc and home.mnc):
        return None, None
    from simtool.providers import database as providers

    found = providers.lookup(home.mcc, home.mnc)
    balance, topup = providers.balance_code(found), providers.topup_code(found)
    return (balance.code if balance else None,
            topup.fill("VOUCHER") if topup else None)


def _untested(ctx: _Context, reason: str) -> Outcome:
    """The data path was not tested (`reason` says why). Blocking notices make the verdict
    inconclusive (the summary asks for the test); other evidence is only shown."""
    facts = ctx.facts
    blocking = evidence.blocking_notices(facts)
    found = evidence.lines(facts, blocking or evidence.account_notices(facts)[:1])
    detail = evidence.with_evidence(reason, found)
    if blocking:
        return Outcome("warn", detail, remedies.untested_data_path(), _t(
            "The data session is up, but the operator's notice of {date} says the card is "
            "blocked; test whether traffic passes: `simtool check --data-test "
            "--allow-write`.").format(date=evidence.date_of(blocking[0].time)))
    # A card that moved is said (the detail), not a warning: people move cards between
    # their own devices; only a blocked data path makes it part of the verdict.
    return Outcome("manual", detail)


def check_data_path(ctx: _Context) -> Outcome:
    facts = ctx.facts
    result = facts.data_path
    if ctx.statuses.get("data-session") != "pass":
        return Outcome("manual", _t("not tested: no data session is up; `simtool check "
                                    "--data-test --allow-write` opens one for the test and "
                                    "closes it again"))
    if result is None:
        return _untested(ctx, _t("not tested: `simtool check --data-test --allow-write` "
                                 "tests whether traffic passes"))
    outcome = result.outcome
    said = result.detail or ""
    if outcome == "not-testable":
        return _untested(ctx, _t("not testable on this modem: {reason}").format(reason=said))
    if outcome == "error":
        return Outcome("error", _t("the test could not be completed: {detail}").format(
            detail=said))
    if outcome == "passes":
        detail = _t("traffic passes: {detail}").format(detail=said)
        contradicted = evidence.blocking_notices(facts)
        if contradicted:
            detail += "\n" + _t("The operator's notice of {date} said the card was blocked; "
                                "traffic passes now, so it no longer is.").format(
                date=evidence.date_of(contradicted[0].time))
        return Outcome("pass", detail)
    if outcome == "dns-fails":
        return Outcome("fail", _t("names do not resolve, addresses answer: {detail}").format(
            detail=said), remedies.names_fail(),
            _t("The data session is up, but names do not resolve (DNS fails)."))
    if outcome == "limited":
        return Outcome("fail", _t("only some traffic passes: {detail}").format(detail=said),
                       remedies.limited_data(facts),
                       _t("Only some traffic passes: web pages do not load through the data "
                          "session."))
    notices = evidence.blocking_notices(facts) or evidence.account_notices(facts)[:1]
    found = evidence.lines(facts, notices)
    if outcome == "redirected":
        detail = _t("web requests are redirected to {host}: {detail}").format(
            host=result.location or _t("another page"), detail=said)
    else:
        detail = _t("nothing passes: {detail}").format(detail=said)
    balance, topup = _account_codes(facts)
    remedy = remedies.blocked_data(
        facts, outcome, result.location,
        evidence.notice_line(notices[0]) if notices else None,
        evidence.moved_line(facts) if evidence.moved_after_working(facts) else None,
        balance, topup)
    blocking = evidence.blocking_notices(facts)
    if blocking:
        summary = _t("The operator blocks data on this card: its notice of {date} says "
                     "“{cause}” (usually arrears, quota used up or an expired "
                     "plan).").format(date=evidence.date_of(blocking[0].time),
                                      cause=notice_label(blocking[0].cause))
    elif evidence.moved_after_working(facts):
        summary = _t("The operator blocks data on this card: it moved to a new device, and "
                     "IoT cards are often bound to their first device; or arrears, quota "
                     "used up or an expired plan.")
    else:
        summary = _t("The operator blocks data on this card: usually arrears, quota used up "
                     "or an expired plan.")
    return Outcome("fail", evidence.with_evidence(detail, found), remedy, summary)


RULES: dict[str, Callable[[_Context], Outcome]] = {
    "port": check_port,
    "radio": check_radio,
    "sim-present": check_sim_present,
    "sim-health": check_sim_health,
    "sim-lock": check_sim_lock,
    "signal": check_signal,
    "registration": check_registration,
    "roaming": check_roaming,
    "apn": check_apn,
    "data-attach": check_data_attach,
    "data-session": check_data_session,
    "data-path": check_data_path,
    "account": check_account,
}

MANUAL_WHEN_NO = {"other-device": "warn", "power": "warn", "firmware": "warn",
                  "host-data": "fail"}
MANUAL_SUMMARIES = {
    "other-device": QT_TRANSLATE_NOOP("Checks", "The card fails in another device too."),
    "power": QT_TRANSLATE_NOOP("Checks", "The modem may not get enough power."),
    "firmware": QT_TRANSLATE_NOOP("Checks", "A firmware update is pending for the modem."),
    "host-data": QT_TRANSLATE_NOOP("Checks", "Mobile data is switched off on this computer."),
}


def check_manual(item: str, ctx: _Context) -> Outcome:
    answer = ctx.manual_answers.get(item)
    if answer is None and item == "power" and ctx.facts.restarts:
        # The modem reset while it was read: the power question answers itself.
        return Outcome("warn", _t("the modem restarted during the check ({evidence}); modems "
                                  "reset like this when their power supply dips").format(
                           evidence="; ".join(ctx.facts.restarts)),
                       remedies.manual(item, ctx.facts), _t(MANUAL_SUMMARIES[item]))
    if answer is None:
        return Outcome("manual", _t("not answered yet"))
    if answer:
        return Outcome("pass", _t("answered: yes"))
    return Outcome(MANUAL_WHEN_NO[item], _t("answered: no"),
                   remedies.manual(item, ctx.facts), _t(MANUAL_SUMMARIES[item]))


SIM_STATE_CHECKS = ("sim-health", "sim-lock")


def _blocker(check_id: str, ctx: _Context) -> str | None:
    """Why `check_id` cannot be judged (a translated reason), or None when it can."""
    for earlier in DEPENDS_ON.get(check_id, ()):
        status = ctx.statuses.get(earlier)
        if status == "fail" and earlier in SKIP_REASONS:
            if earlier == "signal" and _registered(ctx.facts):
                continue    # registered despite the signal verdict: judge the rest
            found = esim.problem(ctx.facts)
            if found is not None and found.check == earlier:
                return found.skip_reason
            return _t(SKIP_REASONS[earlier])
        if status == "error" and earlier == "sim-present" and check_id in SIM_STATE_CHECKS:
            # Without the SIM state there is nothing to judge health or lock on.
            return _t("the SIM state could not be read")
    return None


def _skip(check_id: str, reason: str) -> Outcome:
    return Outcome("skip", _t("skipped: {reason}, so {subject}").format(
        reason=reason, subject=_t(SKIP_SUBJECTS[check_id])))


def complete_apn_facts(facts: Facts) -> None:
    """Fill what the `apn` check compares from the provider database, where still empty.

    The reader fills facts.apn when it can; this fills the rest (configured APN from the
    first data context, home MCC/MNC and expected APNs from the SIM's IMSI), so the report
    shows what was compared. It reads only the packaged provider database (parsed once per
    process, cached), never the modem; facts that are already set are left alone.
    """
    apn, sim = facts.apn, facts.sim
    if apn.configured is None and facts.packet.contexts:
        apn.configured = facts.packet.contexts[0].apn
    if apn.expected or apn.provider is not None:
        return
    if not (sim.home.mcc and sim.home.mnc) and not sim.imsi:
        return
    from simtool.providers import database as providers

    if sim.home.mcc and sim.home.mnc:
        found = providers.lookup(sim.home.mcc, sim.home.mnc)
    else:
        home = providers.home_network(sim.imsi or "")
        found = providers.lookup(*home) if home else []
        if home is not None:
            sim.home.mcc, sim.home.mnc = home
    expectation = providers.expectation_for(found)
    apn.expected = list(expectation.expected)
    apn.provider = expectation.provider


def evaluate(facts: Facts, *, manual_answers: Mapping[str, bool | None] | None = None,
             account: AccountResult | None = None) -> tuple[list[CheckResult], Verdict]:
    """Judge the facts: one result per check id in order, then the verdict.

    No modem I/O. The one thing it adds to `facts` is the provider database's expectation
    for the APN (complete_apn_facts) when the reader left it empty.
    """
    complete_apn_facts(facts)
    ctx = _Context(facts, {}, manual_answers or {}, account)
    results: list[CheckResult] = []
    summaries: dict[str, str] = {}
    for check_id in (*CHECK_IDS, *MANUAL_IDS):
        blocker = _blocker(check_id, ctx)
        if check_id == "account" and account is not None:
            blocker = None      # it ran: show what the operator said
        if blocker is not None:
            outcome = _skip(check_id, blocker)
        elif check_id in RULES:
            outcome = RULES[check_id](ctx)
        else:
            outcome = check_manual(check_id, ctx)
        ctx.statuses[check_id] = outcome.status
        if outcome.summary:
            summaries[check_id] = outcome.summary
        results.append(CheckResult(
            check_id, outcome.status, _t(TITLES[check_id]),
            remedies.with_port(outcome.detail, facts.port.url) or "",
            remedies.with_port(outcome.remedy, facts.port.url)))
    verdict = verdict_for(results, summaries)
    verdict.summary = remedies.with_port(verdict.summary, facts.port.url) or verdict.summary
    return results, verdict


# A verdict needs these facts; when they could not be read there is nothing to conclude.
ESSENTIAL = ("radio", "sim-present", "sim-lock", "registration")


def verdict_for(results: list[CheckResult], summaries: Mapping[str, str]) -> Verdict:
    for result in results:
        if result.status == "fail":
            summary = summaries.get(result.id) or f"{result.title}: {result.detail}"
            return Verdict("problem", result.id, summary)
    untested = next((r for r in results if r.id == "data-path" and r.status == "warn"
                     and r.id in summaries), None)
    if untested is not None:
        # The session is up but the operator's notice says the card is blocked: only a test
        # of the data path can tell, and the verdict must not say all is well.
        return Verdict("inconclusive", untested.id, summaries[untested.id])
    errors = [r.id for r in results if r.status == "error"]
    # A card that registered proves the SIM and radio work, whatever could not be read.
    registered = any(r.id == "registration" and r.status == "pass" for r in results)
    essential_missing = any(check_id in ESSENTIAL for check_id in errors) and not registered
    if essential_missing or len(errors) >= 3:
        unread = [r.title for r in results if r.status == "error"]
        return Verdict("inconclusive", None, _t(
            "No verdict: some facts could not be read ({checks}); check the connection to "
            "the modem and run the check again.").format(checks=", ".join(unread)))
    warnings = [r.title for r in results if r.status == "warn"]
    # Whether traffic passes is only known when the data path was tested.
    tested = any(r.id == "data-path" and r.status == "pass" for r in results)
    if warnings and (tested or not any(r.id == "data-path" for r in results)):
        summary = _t("The service works; see the warnings: {checks}.").format(
            checks=", ".join(warnings))
    elif warnings:
        summary = _t("No fault found; see the warnings: {checks}. Whether traffic passes "
                     "was not tested.").format(checks=", ".join(warnings))
    elif tested or not any(r.id == "data-path" for r in results):
        return Verdict("ok", None, _t("The SIM, the network registration and the data "
                                      "service look right."))
    else:
        return Verdict("ok", None, _t("The SIM, the network registration and the data "
                                      "session look right; whether traffic passes was not "
                                      "tested (`simtool check --data-test --allow-write` "
                                      "tests it)."))
    # A title that is a question ("Does the modem get enough power?") takes no full stop
    # after it, at the end of the list or before the sentence that follows it.
    return Verdict("ok", None, re.sub(r"([?？])[.。]", r"\1", summary))
