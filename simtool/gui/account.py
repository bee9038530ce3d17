"""The account step's dialogs: which USSD code asks for the balance, the operator's balance
SMS (operators that answer by SMS, like China's), and a top-up voucher.

Codes come prefilled from the provider database for the SIM's network; the user can change
them (many operators are not on record). Nothing is sent until the user presses OK; the SMS
dialog says that the operator may charge for it. Tests replace the `ask` class methods.
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

from simtool.gui.fixes import SmsBalanceRequest, VoucherEntry
from simtool.providers.database import SmsQuery, UssdCode

# What the modem accepts as a USSD string (actions.validate.ussd says the same).
_USSD = r"[0-9*#+]{0,182}"


def _ussd_field(text: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(_USSD), field))
    return field


def _readable_width(dialog: QDialog) -> None:
    """Wide enough that the explanations wrap into a few lines, not a narrow column."""
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 64)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class BalanceDialog(QDialog):
    """Which code to send: the operator's from the database, or one the user types."""

    def __init__(self, parent: QWidget | None, on_record: UssdCode | None,
                 provider: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the balance"))
        _readable_width(self)
        if on_record is not None:
            about = self.tr("simtool asks {provider} for the balance with the code on record. "
                            "The answer comes from the operator and may take a few seconds."
                            ).format(provider=provider or self.tr("your operator"))
        else:
            about = self.tr("Your operator has no balance code in the provider database. "
                            "Enter the code from your operator (often *100#); it is sent as "
                            "a USSD request.")
        info = QLabel(about)
        info.setWordWrap(True)
        self.code = _ussd_field(on_record.code if on_record else "")
        self.code.setAccessibleName(self.tr("Balance code"))
        self.code.setPlaceholderText("*100#")
        label = QLabel(self.tr("USSD &code:"))
        label.setBuddy(self.code)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        for widget in (info, label, self.code, self.buttons):
            layout.addWidget(widget)
        self.code.textChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(self.code.text().endswith("#"))

    @classmethod
    def ask(cls, parent: QWidget | None, on_record: UssdCode | None,
            provider: str | None) -> str | None:
        """The code to send, or None when the user cancelled."""
        dialog = cls(parent, on_record, provider)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.code.text()


class SmsBalanceDialog(QDialog):
    """Send the operator's balance SMS? Shows what is sent where, that it may be charged, and
    offers to delete the operator's answer afterwards (off by default: it stays a record)."""

    def __init__(self, parent: QWidget | None, query: SmsQuery, provider: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the balance by SMS"))
        _readable_width(self)
        info = QLabel(self.tr(
            "{provider} answers balance queries by SMS. simtool sends \"{text}\" to {number} "
            "and reads the answer (balance, data left, plan end) when it arrives, usually "
            "within a minute. This is a normal text message: the operator may charge for it. "
            "Other messages on the card are not opened.").format(
                provider=provider or self.tr("Your operator"), text=query.text,
                number=query.number))
        info.setWordWrap(True)
        self.query = query
        self.delete_reply = QCheckBox(self.tr("&Delete the operator's answer after reading it"))
        self.buttons = _buttons(self)
        send = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if send is not None:
            send.setText(self.tr("&Send SMS"))
        layout = QVBoxLayout(self)
        for widget in (info, self.delete_reply, self.buttons):
            layout.addWidget(widget)

    @classmethod
    def ask(cls, parent: QWidget | None, query: SmsQuery,
            provider: str | None) -> SmsBalanceRequest | None:
        """What to send, or None when the user cancelled (nothing is sent then)."""
        dialog = cls(parent, query, provider)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return SmsBalanceRequest(query.number, query.text, dialog.delete_reply.isChecked())


class TopUpDialog(QDialog):
    """A voucher and the operator's top-up code, with CODE where the voucher goes."""

    def __init__(self, parent: QWidget | None, on_record: UssdCode | None,
                 provider: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Top up with a voucher"))
        _readable_width(self)
        info = QLabel(self.tr("The voucher is used up when the operator accepts it, so type "
                              "it carefully. simtool sends it once and keeps it out of logs "
                              "and reports."))
        info.setWordWrap(True)
        self.voucher = QLineEdit()
        self.voucher.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,30}"),
                                                              self.voucher))
        self.voucher.setAccessibleName(self.tr("Voucher number"))
        template = on_record.code if on_record and on_record.replacement == "CODE" else ""
        self.template = QLineEdit(template)
        self.template.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[0-9*#+]*(CODE)?[0-9*#+]*"), self.template))
        self.template.setPlaceholderText("*101*CODE#")
        self.template.setAccessibleName(self.tr("Top-up code"))
        if template:
            where = self.tr("The code of {provider} on record; CODE stands for the voucher."
                            ).format(provider=provider or self.tr("your operator"))
        else:
            where = self.tr("Your operator has no top-up code in the provider database: enter "
                            "it with CODE where the voucher goes, e.g. *101*CODE#.")
        hint = QLabel(where)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Voucher number:"), self.voucher)
        form.addRow(self.tr("Top-up &code:"), self.template)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.voucher.textChanged.connect(self._update)
        self.template.textChanged.connect(self._update)
        self._update()

    @Slot()
    def _update(self) -> None:
        ok = 6 <= len(self.voucher.text()) <= 30 and "CODE" in self.template.text() \
            and self.template.text().endswith("#")
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if button is not None:
            button.setEnabled(ok)

    @classmethod
    def ask(cls, parent: QWidget | None, on_record: UssdCode | None,
            provider: str | None) -> VoucherEntry | None:
        dialog = cls(parent, on_record, provider)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return VoucherEntry(dialog.voucher.text(), dialog.template.text())
