"""The AT console for experts: send commands, read the transcript, URCs marked.

Commands that change the modem ask first; PIN and PUK digits never reach the transcript.
The console only builds requests; the worker thread sends them.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simtool.at.masking import mask_secrets
from simtool.at.timeouts import DEFAULT_SECONDS, timeout_for
from simtool.gui.style import status_colour

# Set commands that only change how the modem reports, not what it does.
_HARMLESS_SETS = re.compile(r"^(?:\+CMEE|\+CREG|\+CGREG|\+CEREG|\+C5GREG|\+CSCS|\+CMGF|"
                            r"\+COPS=3|\+CGEREP|\+CTZR)\b", re.IGNORECASE)
# Basic commands that change or reset the modem even without '='.
_WRITE_BASICS = re.compile(r"^(?:&W|&F|Z|D|H|A|\+CFUN|\+CGATT|\+CGACT|\+COPS|\+CGDCONT)\b"
                           r"(?![?])", re.IGNORECASE)
# Vendor commands that restart or power off the modem (their AT manuals): Sierra AT!RESET,
# Huawei AT^RESET, Quectel AT+QPOWD / AT+QRST, SIMCom AT+CRESET / AT+CPOF, Telit AT#REBOOT /
# AT#SHDN, u-blox and Fibocom AT+CPWROFF, Cinterion AT^SMSO / AT+CFUN=1,1.
_RESETS = re.compile(r"^(?:!RESET|\^RESET|\+QPOWD|\+QRST|\+CRESET|\+CPOF|#REBOOT|#SHDN|"
                     r"\+CPWROFF|\^SMSO|\+RESET)\b(?![?])", re.IGNORECASE)
_FORBIDDEN = set("\r\n\x1a\x1b\x00")


def normalise(command: str) -> str:
    """Trim and add the 'AT' prefix when the user typed just '+CSQ'."""
    command = command.strip()
    if not command.upper().startswith("AT"):
        command = "AT" + command
    return command


def _bodies(command: str) -> list[str]:
    """'AT+CFUN=1;+CSQ' -> ['+CFUN=1', '+CSQ'] (what follows AT, split at ';')."""
    body = command[2:] if command.upper().startswith("AT") else command
    return [part.strip() for part in body.split(";") if part.strip()]


def changes_modem(command: str) -> bool:
    """True when `command` may change the modem: set commands, &W, dial, reset..."""
    for body in _bodies(command):
        if body.endswith("=?") or body.endswith("?"):
            continue
        if _HARMLESS_SETS.match(body):
            continue
        if "=" in body or _WRITE_BASICS.match(body) or _RESETS.match(body):
            return True
    return False


def refusal(command: str) -> str | None:
    """Why `command` cannot be sent as typed, or None."""
    if any(c in _FORBIDDEN for c in command):
        return QCoreApplication.translate(
            "Console", "Line breaks and control characters cannot be sent.")
    if len(command) > 512:
        return QCoreApplication.translate("Console", "The command is too long.")
    return None


class ConfirmWrite:
    """The question asked before a command that changes the modem. Tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, shown: str) -> bool:
        from simtool.gui.fixes import ask_with_verb

        return ask_with_verb(
            parent, QCoreApplication.translate("ConfirmWrite", "Change the modem?"),
            QCoreApplication.translate(
                "ConfirmWrite",
                "{command} changes the modem's settings or state (for example it can "
                "switch the radio off, lock the SIM or drop the connection).").format(
                command=shown),
            QCoreApplication.translate("ConfirmWrite", "Send the command"))


class HistoryLineEdit(QLineEdit):
    """A line edit with shell-like history on Up and Down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: list[str] = []
        self._index = 0

    def remember(self, command: str) -> None:
        if not self.history or self.history[-1] != command:
            self.history.append(command)
        self._index = len(self.history)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Up and self.history:
            self._index = max(self._index - 1, 0)
            self.setText(self.history[self._index])
        elif event.key() == Qt.Key.Key_Down and self.history:
            self._index = min(self._index + 1, len(self.history))
            self.setText(self.history[self._index] if self._index < len(self.history) else "")
        else:
            super().keyPressEvent(event)


class AtConsole(QWidget):
    """Transcript + input line. Emits `send_requested(command, shown)` for the worker."""

    send_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        # Replies line up in columns (+COPS lists, +CGDCONT): a fixed-width font.
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.log.setFont(mono)
        self.log.setMaximumBlockCount(5000)
        self.log.setAccessibleName(self.tr("AT transcript"))
        self.input = HistoryLineEdit()
        self.input.setPlaceholderText(self.tr("AT command, e.g. AT+CSQ (Up/Down: history)"))
        self.input.setAccessibleName(self.tr("AT command"))
        self.input.setFont(mono)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setAccessibleName(self.tr("Send the AT command"))
        self.clear_button = QPushButton(self.tr("Cl&ear"))
        self.clear_button.setAccessibleName(self.tr("Clear the transcript"))
        hint = QLabel(self.tr("Commands that change the modem ask for confirmation first. "
                              "PIN and PUK digits are masked."))
        hint.setWordWrap(True)
        label = QLabel(self.tr("Comma&nd:"))
        label.setBuddy(self.input)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.input, 1)
        row.addWidget(self.send_button)
        row.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.log, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        self.input.returnPressed.connect(self.submit)
        self.send_button.clicked.connect(self.submit)
        self.clear_button.clicked.connect(self.log.clear)

    def text(self) -> str:
        return self.log.toPlainText()

    @Slot()
    def submit(self) -> None:
        typed = self.input.text()
        if not typed.strip():
            return
        command = normalise(typed)
        shown = mask_secrets(command)
        problem = refusal(command)
        if problem:
            self._append(f"! {problem}", "fail")
            return
        self.input.remember(shown)       # history never keeps a PIN either
        self.input.clear()
        if changes_modem(command) and not ConfirmWrite.ask(self, shown):
            self._append(self.tr("! Not sent: {command}").format(command=shown), "warn")
            return
        self._append(f"> {shown}", None)
        seconds = timeout_for(command)
        if seconds > DEFAULT_SECONDS:
            self._append(self.tr("… the modem may take up to {seconds:.0f} s; Cancel (Esc) stops "
                                 "waiting").format(seconds=seconds), "manual")
        self.send_requested.emit(command, shown)

    @Slot(str, str, bool)
    def show_reply(self, _shown: str, text: str, ok: bool) -> None:
        for line in text.splitlines() or [""]:
            self._append(f"< {line}", None if ok else "fail")

    @Slot(str)
    def show_urc(self, text: str) -> None:
        self._append(self.tr("[URC] {line}").format(line=text), "manual")

    def _append(self, text: str, status: str | None) -> None:
        escaped = html.escape(text)
        colour = status_colour(status, self.log) if status else None
        if colour is not None:
            escaped = f'<span style="color:{colour.name()}">{escaped}</span>'
        self.log.appendHtml(f'<span style="white-space:pre">{escaped}</span>')
