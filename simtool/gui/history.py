"""Saved-report history as the app lists it, newest first (simtool.report.history owns the
folder; this module only shapes it for the list widget: local times, verdicts in words, the
formats saved with each report)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from simtool.report.model import Report


@dataclass(frozen=True)
class HistoryEntry:
    path: Path
    label: str


def save_to_history(report: Report, fmt: str = "json", *, redact: bool = False,
                    same_as: Path | None = None) -> Path:
    """Keep `report` (JSON, plus its `fmt` export) in the history, redacted when the user
    exported it redacted; `same_as`: the JSON an earlier export of this check saved."""
    from simtool.report.history import save_to_history as save
    from simtool.report.redact import redact_report

    return save(redact_report(report) if redact else report, fmt, same_as=same_as)


def delete_from_history(path: Path) -> list[Path]:
    from simtool.report.history import delete_from_history as delete

    return delete(path)


def list_history() -> list[HistoryEntry]:
    from simtool.gui.wizard import local_time
    from simtool.report.history import list_history as items
    from simtool.report.sections import verdict_label

    entries = []
    for item in items():
        formats = ", ".join(p.suffix.lstrip(".").upper() for p in [item.path, *item.exports])
        verdict = verdict_label(item.verdict or "?")
        label = f"{local_time(item.created)} \u2014 {item.port or '?'} \u2014 {verdict}: " \
            f"{item.summary or ''} ({formats})"
        entries.append(HistoryEntry(item.path, label))
    return entries
