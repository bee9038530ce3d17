"""Dialogs: file choosers, the export options, and the crash dialog.

Modal dialogs never run in tests: tests replace `ask_save_path`, `ask_open_path`,
`ExportDialog.ask` and `ErrorDialog.show_error` (pytest-qt, note_dialogs).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from simtool.fileio import write_atomic
from simtool.i18n import QT_TRANSLATE_NOOP

EXPORT_FORMATS = ("pdf", "html", "markdown", "json", "text")


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def ask_open_path(parent: QWidget, title: str, directory: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, directory, filters)
    return path or None


@dataclass
class ExportChoice:
    fmt: str
    redact: bool


def format_label(fmt: str) -> str:
    labels = {
        "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF (print, attach to an e-mail)"),
        "html": QT_TRANSLATE_NOOP("ExportDialog", "HTML (one file, opens in a browser)"),
        "markdown": QT_TRANSLATE_NOOP("ExportDialog", "Markdown (paste into a ticket or chat)"),
        "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (for scripts and support tools)"),
        "text": QT_TRANSLATE_NOOP("ExportDialog", "Plain text"),
    }
    return QCoreApplication.translate("ExportDialog", labels[fmt]) if fmt in labels else fmt


class ExportDialog(QDialog):
    """Format chooser and the 'Redact identifiers' switch."""

    def __init__(self, parent: QWidget | None, redact: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Report format"))
        for fmt in EXPORT_FORMATS:
            self.format.addItem(format_label(fmt), fmt)
        self.redact = QCheckBox(self.tr("&Redact identifiers (IMEI, IMSI, ICCID, phone number: "
                                         "keep the last 4 digits)"))
        self.redact.setChecked(redact)
        self.redact.setAccessibleName(self.tr("Redact identifiers"))
        form = QFormLayout()
        label = QLabel(self.tr("&Format:"))
        label.setBuddy(self.format)
        form.addRow(label, self.format)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.redact)
        layout.addWidget(QLabel(self.tr("A copy is also kept in the report history.")))
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, redact: bool) -> ExportChoice | None:
        dialog = cls(parent, redact)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return ExportChoice(str(dialog.format.currentData()), dialog.redact.isChecked())


class ErrorDialog(QDialog):
    """An unexpected error: what happened, the details, and a way to save them."""

    def __init__(self, parent: QWidget | None, summary: str, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("simtool ran into a problem"))
        self.details = details
        intro = QLabel(self.tr("Something went wrong inside simtool. The app keeps running, "
                               "but the last action may not have finished.\n\n{summary}")
                       .format(summary=summary))
        intro.setWordWrap(True)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Error details"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    @Slot()
    def save(self) -> None:
        path = ask_save_path(self, self.tr("Save error details"), "simtool-error.txt",
                             self.tr("Text files (*.txt)"))
        if path:
            write_atomic(Path(path), self.details)

    @classmethod
    def show_error(cls, parent: QWidget | None, summary: str, details: str) -> None:
        cls(parent, summary, details).exec()
