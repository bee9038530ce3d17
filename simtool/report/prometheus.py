"""Reports as Prometheus text exposition (format 0.0.4), for node_exporter's textfile
collector: one sample per modem per metric, labelled with port, IMEI and ICCID."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from simtool.report.model import Report

_SIGNAL_METRICS = (
    ("rssi_dbm", "rssi"), ("rsrp_dbm", "rsrp"), ("rscp_dbm", "rscp"),
    ("rsrq_db", "rsrq"), ("sinr_db", "sinr"), ("ecno_db", "ecno"),
)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(pairs: Iterable[tuple[str, str | None]]) -> str:
    body = ",".join(f'{name}="{_escape(value or "")}"' for name, value in pairs)
    return "{" + body + "}"


def _number(value: float) -> str:
    return repr(float(value)) if value != int(value) else str(int(value))


def to_prometheus(reports: Sequence[Report]) -> str:
    families: dict[str, tuple[str, str, list[str]]] = {}

    def sample(name: str, kind: str, help_text: str,
               labels: list[tuple[str, str | None]], value: float) -> None:
        family = families.setdefault(name, (kind, help_text, []))
        family[2].append(f"{name}{_labels(labels)} {_number(value)}")

    for report in reports:
        f = report.facts
        ident: list[tuple[str, str | None]] = [
            ("port", f.port.url or f.port.device), ("imei", f.modem.imei),
            ("iccid", f.sim.iccid)]
        sample("simtool_up", "gauge", "1 when the modem answered on its AT port",
               ident, 1 if f.reachable else 0)
        sample("simtool_sim_state", "gauge", "SIM state (1 for the current state)",
               [*ident, ("state", f.sim.state or "unknown")], 1)
        overall = f.registration.overall or "unknown"
        sample("simtool_registration", "gauge",
               "Registration state across domains (1 for the current state)",
               [*ident, ("state", overall)], 1)
        sample("simtool_registered", "gauge", "1 when registered (home or roaming)",
               ident, 1 if overall in ("home", "roaming") else 0)
        for field, metric in _SIGNAL_METRICS:
            value = getattr(f.signal, field)
            if value is not None:
                unit = "db" if field.endswith("_db") else "dbm"
                sample(f"simtool_signal_{metric}_{unit}", "gauge",
                       f"Signal {metric.upper()} in {'dB' if unit == 'db' else 'dBm'}",
                       ident, value)
        verdict = report.verdict
        sample("simtool_verdict", "gauge",
               "Checklist verdict (1 for the current status; check = root-cause check id)",
               [*ident, ("status", verdict.status), ("check", verdict.check)], 1)
        sample("simtool_problem", "gauge", "1 when the checklist found a problem",
               ident, 1 if verdict.status == "problem" else 0)
        for check in report.checks:
            sample("simtool_check_failed", "gauge", "1 when this check failed",
                   [*ident, ("check", check.id)], 1 if check.status == "fail" else 0)
        if f.data_path is not None:
            sample("simtool_data_path", "gauge",
                   "Outcome of the data-path test (1 for the current outcome)",
                   [*ident, ("outcome", f.data_path.outcome or "unknown")], 1)
        causes: dict[str, int] = {}
        for notice in f.notices:
            causes[notice.cause or "unknown"] = causes.get(notice.cause or "unknown", 0) + 1
        for cause, count in sorted(causes.items()):
            sample("simtool_operator_notices", "gauge",
                   "Operator SMS notices stored on the card, by what they say",
                   [*ident, ("cause", cause)], count)
        if f.history is not None:
            sample("simtool_card_moved", "gauge",
                   "1 when the card last worked in another device (card history)",
                   ident, 1 if f.history.moved_from else 0)
    lines: list[str] = []
    for name, (kind, help_text, samples) in families.items():
        lines.append(f"# HELP {name} {help_text}")
        lines.append(f"# TYPE {name} {kind}")
        lines.extend(samples)
    return "\n".join(lines) + "\n"
