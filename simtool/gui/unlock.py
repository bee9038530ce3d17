"""The PUK dialog: the PUK from the operator and a new PIN typed twice.

Like the PIN dialog (gui/fixes.py), it sends nothing itself and shows the attempts left; at
one attempt left (or when the count is unknown) the user must tick the risk, and the main
window then asks once more before anything is sent. Tests replace `ask`.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from simtool.gui.fixes import PukEntry


def _secret_field(digits: int, name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{digits}}}"),
                                                   field))
    field.setAccessibleName(name)
    return field


class PukDialog(QDialog):
    def __init__(self, parent: QWidget | None, retries: int | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unblock the SIM with the PUK"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        if retries is None:
            left = self.tr("simtool could not read how many PUK attempts are left.")
        else:
            left = self.tr("PUK attempts left: {n}.").format(n=retries)
        info = QLabel(self.tr(
            "The SIM is blocked after too many wrong PINs. The PUK (8 digits) is on the plastic "
            "card the SIM came in, or your operator gives it after checking your identity. "
            "Never guess it: after the last wrong PUK the SIM is destroyed for good.") +
            "\n\n" + left)
        info.setWordWrap(True)
        self.puk = _secret_field(8, self.tr("PUK"))
        self.new_pin = _secret_field(8, self.tr("New PIN"))
        self.repeat = _secret_field(8, self.tr("New PIN again"))
        form = QFormLayout()
        form.addRow(self.tr("P&UK (8 digits):"), self.puk)
        form.addRow(self.tr("&New PIN (4 to 8 digits):"), self.new_pin)
        form.addRow(self.tr("New PIN &again:"), self.repeat)
        self.mismatch = QLabel(self.tr("The two new PINs differ."))
        self.risk = QCheckBox(self.tr(
            "I understand: if this PUK is wrong, the SIM is destroyed and must be replaced."))
        self.risk.setVisible(retries is None or retries <= 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        for widget in (self.mismatch, self.risk, self.buttons):
            layout.addWidget(widget)
        for field in (self.puk, self.new_pin, self.repeat):
            field.textChanged.connect(self._update)
        self.risk.toggled.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        pin, repeat = self.new_pin.text(), self.repeat.text()
        self.mismatch.setVisible(bool(repeat) and pin != repeat)
        ok = (len(self.puk.text()) == 8 and 4 <= len(pin) <= 8 and pin == repeat
              and (self.risk.isHidden() or self.risk.isChecked()))
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None, retries: int | None) -> PukEntry | None:
        dialog = cls(parent, retries)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return PukEntry(dialog.puk.text(), dialog.new_pin.text(),
                        not dialog.risk.isHidden() and dialog.risk.isChecked())
