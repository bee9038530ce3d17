"""Walk the app as a user would, for tests that look at every screen: every scenario's every
step, the contact page, every tab, the banners, and every dialog the app opens.

`window_states(qtbot, window)` yields a description of each state once it is on screen;
`dialogs()` builds each dialog (not shown modally: tests look at its widgets).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

from simtool import i18n
from simtool.at.parsers.operator import NetworkEntry
from simtool.facts import Facts
from simtool.gui.ports import SCENARIOS
from simtool.providers.database import UssdCode

CHECK_TIMEOUT_MS = 60_000


@contextmanager
def language(name: str) -> Iterator[None]:
    """The app's catalogues (and Qt's own) for `name`, as at start-up; English after."""
    from simtool.gui.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = set(app.findChildren(QTranslator))
    install_translators(app, name)
    try:
        yield
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
            translator.deleteLater()
        i18n.set_language("en")
        QLocale.setDefault(QLocale("en_US"))


def run(qtbot, window, url: str):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        window.check_url(url)
    return blocker.args[0]


def window_states(qtbot, window, scenarios: tuple[str, ...] = SCENARIOS  # type: ignore[no-untyped-def]
                  ) -> Iterator[str]:
    """Yield once per screen state, named "scenario/step" or "tab N"."""
    window.tabs.setCurrentIndex(0)
    yield "first screen"
    for scenario in scenarios:
        run(qtbot, window, f"sim://{scenario}?latency=0")
        window.tabs.setCurrentIndex(0)
        for check_id in window.wizard.step_ids():
            window.wizard.select_step(check_id)
            yield f"{scenario}/{check_id}"
    window._on_port_lost("/dev/ttyUSB2")                 # the lost-modem banner
    yield "modem lost"
    window.lost_banner.hide()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        yield f"tab {index}"
    window.tabs.setCurrentIndex(0)


def dialogs(parent: QWidget | None = None) -> Iterator[tuple[str, QDialog]]:
    """Every dialog of the app, built with typical content."""
    from simtool.gui.account import BalanceDialog, TopUpDialog
    from simtool.gui.apn_editor import ApnEditor
    from simtool.gui.dialogs import ErrorDialog, ExportDialog, HelpDialog
    from simtool.gui.fixes import PinDialog, confirm_box
    from simtool.gui.network_dialog import NetworkDialog
    from simtool.gui.unlock import PukDialog

    facts = Facts()
    facts.sim.imsi = "460001357924680"
    facts.apn.configured = "internet"
    builders: list[tuple[str, Callable[[], QDialog]]] = [
        ("pin", lambda: PinDialog(parent, 1)),
        ("puk", lambda: PukDialog(parent, 1)),
        ("balance", lambda: BalanceDialog(parent, UssdCode("*100#"), "China Mobile")),
        ("top-up", lambda: TopUpDialog(parent, UssdCode("*101*CODE#", "CODE"), "Vodafone")),
        ("export", lambda: ExportDialog(parent, False)),
        ("error", lambda: ErrorDialog(parent, "RuntimeError: boom", "Traceback ...")),
        ("apn editor", lambda: ApnEditor(parent, facts)),
        ("network", lambda: NetworkDialog(parent, [
            NetworkEntry(2, "CHINA MOBILE", "CMCC", "46000", 7),
            NetworkEntry(3, "CHN-UNICOM", "UNICOM", "46001", 7)], "46000")),
        ("guide", lambda: HelpDialog(parent, "guide")),
        ("keys", lambda: HelpDialog(parent, "keys")),
        ("confirm", lambda: confirm_box(
            parent, translate("ConfirmFix", "Change the modem?"),
            translate("MainWindow", "Restore the APN the modem had before simtool's last "
                      "change?"), translate("MainWindow", "Restart the modem"))),
    ]
    for name, build in builders:
        yield name, build()


_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The accelerator letter of a label ("Chec&k" -> "K", "检查(&C)" -> "C"), or None."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def visible_mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, where) for every accelerator a user can press in `top` right now: visible
    buttons, labels with a buddy, group boxes, tab titles, and a main window's menu titles."""
    found: list[tuple[str, str]] = []

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            found.append((letter, f"{what} {text!r}"))

    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), "tab")
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            add(action.text(), "menu")
    return found


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
