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


class HelpDialog(QDialog):
    """The quick guide and the keyboard shortcuts, offline, in the reader's language."""

    def __init__(self, parent: QWidget | None, kind: str) -> None:
        from PySide6.QtWidgets import QTextBrowser

        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Help text"))
        if kind == "keys":
            self.setWindowTitle(self.tr("Keyboard shortcuts"))
            self.browser.setHtml(self._keys_html())
        else:
            self.setWindowTitle(self.tr("Quick guide"))
            self.browser.setHtml(self._guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        width = self.fontMetrics().averageCharWidth() * 72
        self.resize(width, int(width * 0.8))

    def _guide_html(self) -> str:
        from html import escape

        paragraphs = [
            self.tr("simtool finds out why a SIM card or a cellular modem gives no service, and "
                    "says what to do about it."),
            self.tr("1. Choose the modem's port at the top (the list shows each port's maker, "
                    "model and role; the AT port is the one to check) and press Check. "
                    "Without a modem, try a simulated one."),
            self.tr("2. The Diagnosis tab walks through the checks in order: the port, the "
                    "radio, the SIM card and its PIN, the signal, the registration with the "
                    "network, the APN and the data session. The first check that fails is the "
                    "cause; its page says what to do, and its buttons do it."),
            self.tr("3. Nothing on the modem changes unless you ask: every fix (PIN, APN, "
                    "restart, network choice) asks first, and the Modem menu can undo APN and "
                    "network changes."),
            self.tr("4. If the operator has to act, the last step, Contact your operator, lists "
                    "what to tell them and saves a support bundle to send."),
            self.tr("Signal history graphs the signal while the window is open; the AT console "
                    "is for experts; Saved reports keeps every report you exported."),
        ]
        return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)

    def _keys_html(self) -> str:
        from html import escape

        rows = [
            ("Enter", self.tr("in the Port box: check that port")),
            ("F5", self.tr("check again")),
            ("Esc", self.tr("cancel what is running")),
            ("Ctrl+O", self.tr("open a saved report")),
            ("Ctrl+E", self.tr("export the report")),
            ("Ctrl+B", self.tr("save a support bundle")),
            ("F1", self.tr("this quick guide")),
            ("Ctrl+Q", self.tr("quit")),
            ("Alt+" + self.tr("underlined letter"), self.tr("the button, field or tab with "
                                                           "that letter")),
            ("Tab, Shift+Tab", self.tr("move between controls")),
            (self.tr("Up, Down"), self.tr("move between steps; in the AT console, earlier "
                                         "commands")),
        ]
        body = "".join(f"<tr><td><b>{escape(key)}</b>&nbsp;&nbsp;</td><td>{escape(what)}</td>"
                       "</tr>" for key, what in rows)
        return f"<table cellpadding='3'>{body}</table>"

    @classmethod
    def show_guide(cls, parent: QWidget | None) -> None:
        cls(parent, "guide").exec()

    @classmethod
    def show_keys(cls, parent: QWidget | None) -> None:
        cls(parent, "keys").exec()
