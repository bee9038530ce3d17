"""Reports as Prometheus text exposition (format 0.0.4): node_exporter's textfile collector
reads it from a file (`check --format prometheus --output`), `simtool exporter` serves it.

Every series carries the label `port` only, so a swapped card or modem does not start new
series; who the modem is (model, firmware, operator; IMEI and ICCID with `identity=True`) is
on `simtool_modem_info`, to join on (instance, port). The metric families and their labels
are a contract (docs/monitoring.md): add, never rename.

- `simtool_up{port,reason}`: 1 when the modem answered; 0 with `reason` (the port error:
  not-found, permission, busy, silent, vanished, driver, other; `no-modem` when `check
  --all` found none, with port=""). A modem that is down gives no signal or identity
  series: nothing stale is left to read.
- State metrics are one-hot: one series per known state, 1 for the current one, so a
  change of state is a change of value, not a series that appears and one that goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from simtool.diagnosis.results import CHECK_IDS
from simtool.facts import REG_STATES, SIGNAL_QUALITIES, SIM_STATES, Facts
from simtool.report.model import Report

_SIGNAL_METRICS = (
    ("rssi_dbm", "rssi"), ("rsrp_dbm", "rsrp"), ("rscp_dbm", "rscp"),
    ("rsrq_db", "rsrq"), ("sinr_db", "sinr"), ("ecno_db", "ecno"),
)
VERDICT_STATUSES = ("ok", "problem", "inconclusive")
# simtool_up's reason when a port fails (simtool.transport.errors kinds), or no modem at all.
DOWN_REASONS = ("not-found", "permission", "busy", "silent", "vanished", "driver", "other",
                "no-modem")
_REGISTRATION_DOMAINS = ("cs", "ps", "eps", "nr5g")

Labels = list[tuple[str, str | None]]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(pairs: Iterable[tuple[str, str | None]]) -> str:
    body = ",".join(f'{name}="{_escape(value or "")}"' for name, value in pairs)
    return "{" + body + "}" if body else ""


def _number(value: float) -> str:
    return repr(float(value)) if value != int(value) else str(int(value))


def _epoch(created: str) -> float:
    """The report's creation time (ISO 8601 UTC) in Unix seconds."""
    return datetime.fromisoformat(created.replace("Z", "+00:00")).timestamp()


class Exposition:
    """Metric families in the order first seen, each with HELP and TYPE once."""

    def __init__(self) -> None:
        self.families: dict[str, tuple[str, str, list[str]]] = {}

    def sample(self, name: str, kind: str, help_text: str, labels: Labels,
               value: float) -> None:
        family = self.families.setdefault(name, (kind, help_text, []))
        family[2].append(f"{name}{_labels(labels)} {_number(value)}")

    def one_hot(self, name: str, help_text: str, labels: Labels, label: str,
                states: Sequence[str], current: str) -> None:
        for state in states:
            self.sample(name, "gauge", help_text, [*labels, (label, state)],
                        1 if state == current else 0)

    def text(self) -> str:
        lines: list[str] = []
        for name, (kind, help_text, samples) in self.families.items():
            lines.append(f"# HELP {name} {help_text}")
            lines.append(f"# TYPE {name} {kind}")
            lines.extend(samples)
        return "\n".join(lines) + "\n" if lines else ""


def _down_reason(facts: Facts) -> str:
    kind = facts.port_error_kind or "other"
    return kind if kind in DOWN_REASONS else "other"


def _identity(facts: Facts, identity: bool) -> Labels:
    operator = facts.operator
    labels: Labels = [
        ("via", facts.port.via), ("manufacturer", facts.modem.manufacturer),
        ("model", facts.modem.model), ("firmware", facts.modem.revision),
        ("operator", operator.name),
        ("operator_code", f"{operator.mcc}{operator.mnc}"
         if operator.mcc and operator.mnc else None),
    ]
    if identity:
        labels += [("imei", facts.modem.imei), ("iccid", facts.sim.iccid)]
    return labels


def _add_report(out: Exposition, report: Report, identity: bool) -> None:
    f = report.facts
    port: Labels = [("port", f.port.url or f.port.device)]
    up = f.reachable is not False
    out.sample("simtool_up", "gauge",
               "1 when the modem answered; 0 with the reason (port error, or no-modem)",
               [*port, ("reason", "" if up else _down_reason(f))], 1 if up else 0)
    out.sample("simtool_last_check_timestamp_seconds", "gauge",
               "When this modem was last checked (Unix time)", port, _epoch(report.created))
    if up:
        out.sample("simtool_modem_info", "gauge",
                   "Who the modem is: model, firmware, operator (IMEI and ICCID only with "
                   "--metrics-identity); always 1", [*port, *_identity(f, identity)], 1)
    sim_state = f.sim.state if f.sim.state in SIM_STATES else "unknown"
    out.one_hot("simtool_sim_state", "SIM state, one series per state (1 = current)",
                port, "state", SIM_STATES, sim_state)
    overall = f.registration.overall if f.registration.overall in REG_STATES else "unknown"
    out.one_hot("simtool_registration",
                "Registration state across domains, one series per state (1 = current)",
                port, "state", REG_STATES, overall)
    out.sample("simtool_registered", "gauge", "1 when registered (home or roaming)",
               port, 1 if overall in ("home", "roaming") else 0)
    for domain_name in _REGISTRATION_DOMAINS:
        domain = getattr(f.registration, domain_name)
        if domain is not None and domain.reject_cause is not None:
            out.sample("simtool_registration_reject_cause", "gauge",
                       "The network's reject cause (3GPP MM/GMM/EMM/5GMM cause number) by "
                       "domain, when the modem gives one",
                       [*port, ("domain", domain_name)], domain.reject_cause)
    if up:
        for field, metric in _SIGNAL_METRICS:
            value = getattr(f.signal, field)
            if value is not None:
                unit = "db" if field.endswith("_db") else "dbm"
                out.sample(f"simtool_signal_{metric}_{unit}", "gauge",
                           f"Signal {metric.upper()} in {'dB' if unit == 'db' else 'dBm'}",
                           port, value)
    quality = f.signal.quality if up and f.signal.quality in SIGNAL_QUALITIES else "unknown"
    out.one_hot("simtool_signal_quality", "Signal quality, one series per rating (1 = current)",
                port, "quality", SIGNAL_QUALITIES, quality)
    if up and f.packet.last_error.cause is not None:
        out.sample("simtool_data_session_error_cause", "gauge",
                   "Why the network refused the data session (3GPP SM/ESM cause number)",
                   port, f.packet.last_error.cause)
    verdict = report.verdict
    out.sample("simtool_verdict", "gauge",
               "Checklist verdict (1 for the current status; check = root-cause check id)",
               [*port, ("status", verdict.status), ("check", verdict.check)], 1)
    out.one_hot("simtool_verdict_status", "Checklist verdict, one series per status "
                "(1 = current)", port, "status", VERDICT_STATUSES, verdict.status)
    out.sample("simtool_problem", "gauge", "1 when the checklist found a problem",
               port, 1 if verdict.status == "problem" else 0)
    statuses = {check.id: check.status for check in report.checks}
    for check_id in [*CHECK_IDS, *(c for c in statuses if c not in CHECK_IDS)]:
        if check_id in statuses:
            out.sample("simtool_check_failed", "gauge", "1 when this check failed",
                       [*port, ("check", check_id)], 1 if statuses[check_id] == "fail" else 0)


def to_prometheus(reports: Sequence[Report], *, identity: bool = False,
                  no_modem_at: float | None = None) -> str:
    """The exposition for `reports`, one set of series per modem.

    `identity`: put IMEI and ICCID on simtool_modem_info (--metrics-identity). `no_modem_at`:
    the time of a search that found no modem at all (`check --all`): then the output says
    `simtool_up{port="",reason="no-modem"} 0`, so the collector never keeps an old file's
    values."""
    out = Exposition()
    for report in reports:
        _add_report(out, report, identity)
    if not reports and no_modem_at is not None:
        out.sample("simtool_up", "gauge",
                   "1 when the modem answered; 0 with the reason (port error, or no-modem)",
                   [("port", ""), ("reason", "no-modem")], 0)
        out.sample("simtool_last_check_timestamp_seconds", "gauge",
                   "When this modem was last checked (Unix time)", [("port", "")],
                   round(no_modem_at, 3))
    return out.text()
