"""The APN editor: the APN, its IP type and login (user name, masked password, PAP/CHAP),
picked from the provider database's list for the SIM's network or typed by hand.

It only asks; the main window confirms and the worker writes (simtool.actions.apn, which
keeps the old value for Modem > Undo the last APN change). Every value is checked with the
same rules the modem-side code enforces (simtool.actions.validate) before OK is enabled.
Tests replace `ask`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from simtool.errors import ValidationError
from simtool.facts import Facts
from simtool.gui.fixes import ApnSettings

AUTH_BY_NAME = {"pap": 1, "chap": 2}


@dataclass(frozen=True)
class ApnPreset:
    """One APN the provider database lists for the SIM's network."""

    label: str                 # "China Mobile: cmnet"
    apn: str
    user: str = ""
    password: str = ""
    auth: int = 0


def presets_for(facts: Facts) -> list[ApnPreset]:
    """The provider database's internet APNs for the SIM's home network (no modem I/O)."""
    from simtool.providers.database import lookup, lookup_imsi

    home = facts.sim.home
    if home.mcc and home.mnc:
        providers = lookup(home.mcc, home.mnc)
    elif facts.sim.imsi:
        providers = lookup_imsi(facts.sim.imsi)
    else:
        providers = []
    presets: list[ApnPreset] = []
    seen: set[tuple[str, str]] = set()
    for provider in providers:
        for apn in provider.apns:
            if not apn.is_internet or (provider.name, apn.name) in seen:
                continue
            seen.add((provider.name, apn.name))
            auth = AUTH_BY_NAME.get((apn.auth or "").lower(),
                                    1 if apn.username or apn.password else 0)
            presets.append(ApnPreset(f"{provider.name}: {apn.name}", apn.name,
                                     apn.username or "", apn.password or "", auth))
    return presets


class ApnEditor(QDialog):
    def __init__(self, parent: QWidget | None, facts: Facts) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the APN"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.presets = presets_for(facts)
        cid = 1
        context = next((c for c in facts.packet.contexts if c.cid == cid), None)
        info = QLabel(self.tr(
            "The APN tells the network which data service to use. Pick your operator's from "
            "the list, or type the one your contract names (company and IoT cards often have "
            "their own). The old settings are kept: Modem \u25b8 Undo the last APN change "
            "puts them back."))
        info.setWordWrap(True)
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("APN from the provider list"))
        self.preset.addItem(self.tr("Custom (type it below)"), None)
        for index, preset in enumerate(self.presets):
            self.preset.addItem(preset.label, index)
        self.apn = QLineEdit(facts.apn.configured or "")
        self.apn.setAccessibleName(self.tr("APN"))
        self.apn.setPlaceholderText(self.tr("e.g. cmnet, internet"))
        self.pdp_type = QComboBox()
        self.pdp_type.setAccessibleName(self.tr("IP type"))
        for label, value in ((self.tr("IPv4"), "IP"), (self.tr("IPv6"), "IPV6"),
                             (self.tr("IPv4 and IPv6"), "IPV4V6")):
            self.pdp_type.addItem(label, value)
        current_type = (context.pdp_type if context and context.pdp_type else "IP").upper()
        self.pdp_type.setCurrentIndex(max(self.pdp_type.findData(current_type), 0))
        self.auth = QComboBox()
        self.auth.setAccessibleName(self.tr("Authentication"))
        for auth_label, auth in ((self.tr("None"), 0), ("PAP", 1), ("CHAP", 2)):
            self.auth.addItem(auth_label, auth)
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.show_password = QCheckBox(self.tr("Sho&w the password"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&From the list:"), self.preset)
        form.addRow(self.tr("&APN:"), self.apn)
        form.addRow(self.tr("&IP type:"), self.pdp_type)
        form.addRow(self.tr("Au&thentication:"), self.auth)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.show_password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Set the APN"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.show_password.toggled.connect(self._on_show_password)
        for field in (self.apn, self.user, self.password):
            field.textChanged.connect(self._update)
        self.auth.currentIndexChanged.connect(self._update)
        matching = next((i for i, p in enumerate(self.presets)
                         if p.apn == (facts.apn.configured or "")), None)
        if matching is not None:
            self.preset.setCurrentIndex(matching + 1)
        self._update()

    @Slot(int)
    def _on_preset(self, index: int) -> None:
        chosen = self.preset.itemData(index)
        if chosen is None:
            return
        preset = self.presets[int(chosen)]
        self.apn.setText(preset.apn)
        self.user.setText(preset.user)
        self.password.setText(preset.password)
        self.auth.setCurrentIndex(max(self.auth.findData(preset.auth), 0))

    @Slot(bool)
    def _on_show_password(self, shown: bool) -> None:
        self.password.setEchoMode(QLineEdit.EchoMode.Normal if shown
                                  else QLineEdit.EchoMode.Password)

    def settings(self) -> ApnSettings:
        return ApnSettings(apn=self.apn.text().strip(), pdp_type=str(self.pdp_type.currentData()),
                           auth=int(self.auth.currentData()), user=self.user.text(),
                           password=self.password.text())

    def problem_text(self) -> str | None:
        """Why the values cannot be sent as they are, or None."""
        from simtool.actions import validate

        settings = self.settings()
        try:
            validate.apn(settings.apn)
            validate.credential(settings.user, self.tr("The user name"))
            validate.credential(settings.password, self.tr("The password"))
        except ValidationError as error:
            return str(error)
        if settings.auth and not settings.user:
            return self.tr("PAP and CHAP need a user name (ask your operator), or choose "
                           "None.")
        return None

    @Slot()
    def _update(self) -> None:
        has_login = int(self.auth.currentData()) != 0
        self.user.setEnabled(has_login)
        self.password.setEnabled(has_login)
        problem = self.problem_text()
        self.problem.setText(problem or "")
        self.problem.setVisible(bool(problem))
        self.ok_button.setEnabled(problem is None)

    @classmethod
    def ask(cls, parent: QWidget | None, facts: Facts) -> ApnSettings | None:
        dialog = cls(parent, facts)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.settings()
