"""Choose the network by hand: the networks a scan found (+COPS=?), or automatic selection.

For cards refused on the network the modem picked (roaming not allowed, network not
allowed) or a modem stuck searching. Only asks: the main window confirms and the worker
selects (simtool.actions.operator keeps the previous choice for Modem > Undo the last
network choice). Tests replace `ask`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from simtool.at.parsers.operator import NetworkEntry
from simtool.gui.fixes import NetworkChoice
from simtool.gui.sampling import rat_name


def status_words(status: int) -> str:
    words = {
        0: QCoreApplication.translate("NetworkDialog", "status unknown"),
        1: QCoreApplication.translate("NetworkDialog", "available"),
        2: QCoreApplication.translate("NetworkDialog", "in use now"),
        3: QCoreApplication.translate("NetworkDialog", "forbidden for this card"),
    }
    return words.get(status, str(status))


def network_label(entry: NetworkEntry, home: str | None) -> str:
    from simtool.providers.contacts import operator_contact

    contact = operator_contact(entry.numeric[:3], entry.numeric[3:])
    name = contact.name if contact else (entry.long_name or entry.short_name or entry.numeric)
    parts = [f"{name} ({entry.numeric})", rat_name(entry.act) or "", status_words(entry.status)]
    if home and entry.numeric == home:
        parts.append(QCoreApplication.translate("NetworkDialog", "your card's home network"))
    return " \u00b7 ".join(p for p in parts if p)


class NetworkDialog(QDialog):
    def __init__(self, parent: QWidget | None, networks: list[NetworkEntry],
                 home: str | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the network"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        info = QLabel(self.tr(
            "The networks the modem found here. Choosing one fixes the modem to it; "
            "\u201cAutomatic\u201d lets the modem choose again. Modem \u25b8 Undo the last "
            "network choice puts back what it had."))
        info.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Networks found"))
        self.list.setWordWrap(True)            # long names wrap instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        automatic = QListWidgetItem(self.tr("Automatic (the modem chooses)"))
        automatic.setData(Qt.ItemDataRole.UserRole, NetworkChoice(None))
        self.list.addItem(automatic)
        for entry in networks:
            item = QListWidgetItem(network_label(entry, home))
            item.setData(Qt.ItemDataRole.UserRole,
                         NetworkChoice(entry.numeric, entry.act,
                                       entry.long_name or entry.short_name))
            if entry.forbidden:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not networks:
            self.list.addItem(QListWidgetItem(self.tr("(the scan found no network here)")))
            self.list.item(1).setFlags(Qt.ItemFlag.NoItemFlags)
        label = QLabel(self.tr("&Networks:"))
        label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Use this network"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._update)
        self.list.itemActivated.connect(self._on_activated)
        home_row = next((i + 1 for i, e in enumerate(networks)
                         if home and e.numeric == home and not e.forbidden), 0)
        self.list.setCurrentRow(home_row)
        self._update()

    def choice(self) -> NetworkChoice | None:
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, NetworkChoice) else None

    @Slot()
    def _update(self) -> None:
        self.ok_button.setEnabled(self.choice() is not None)

    @Slot(QListWidgetItem)
    def _on_activated(self, _item: QListWidgetItem) -> None:
        if self.choice() is not None:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, networks: list[NetworkEntry],
            home: str | None) -> NetworkChoice | None:
        dialog = cls(parent, networks, home)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
