"""Saved-report history as the app lists it, newest first (simtool.report.history owns the
folder; this module only shapes it for the list widget)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from simtool.report.model import Report


@dataclass(frozen=True)
class HistoryEntry:
    path: Path
    label: str


def save_to_history(report: Report, fmt: str = "json", *, redact: bool = False) -> Path:
    """Keep `report` (JSON, plus its `fmt` export) in the history, redacted when the user
    exported it redacted."""
    from simtool.report.history import save_to_history as save
    from simtool.report.redact import redact_report

    return save(redact_report(report) if redact else report, fmt)


def list_history() -> list[HistoryEntry]:
    from simtool.report.history import list_history as items

    entries = []
    for item in items():
        created = (item.created or "").replace("T", " ").replace("Z", " UTC")
        label = f"{created} \u2014 {item.port or '?'} \u2014 {item.verdict or '?'}: " \
            f"{item.summary or ''}"
        entries.append(HistoryEntry(item.path, label))
    return entries


class ConfirmClearHistory:
    """Yes/no before the card history and the saved reports are deleted. Tests replace
    `ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("History", "Clear the card history?"),
            QCoreApplication.translate(
                "History", "Forget every card simtool has seen on this computer (which "
                "device each was in, when it last worked) and delete all saved reports? This "
                "cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
