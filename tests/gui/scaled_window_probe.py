"""Run by tests/gui/test_scaling.py in a process of its own: Qt's scale factor and screen
size are fixed when the QApplication starts (QT_SCALE_FACTOR, the offscreen platform's
screen from a config file), so each screen size needs a fresh process.

Opens the main window as a user would (with a saved geometry taller than the screen),
checks simulated modems, visits every step, the contact page, every tab and every dialog
the window opens, and prints as JSON every problem it finds:
- a button (or the status bar) not entirely on the screen;
- a step page wider than its viewport (it would scroll sideways or cut text off);
- a field of the contact form narrower than 12 average characters.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QWidget,
)

SCENARIOS = ("wrong-apn", "pin-locked", "registration-denied", "not-subscribed", "radio-off",
             "roaming-not-allowed", "auth-failed")


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _on_screen(widget: QWidget, screen: QRect) -> bool:
    """On the screen, or in a scroll area that is on the screen and can scroll down to it
    (never sideways: the widget must fit the viewport's width)."""
    area = _scroll_area_of(widget)
    if area is None:
        return screen.contains(_global_rect(widget))
    viewport = _global_rect(area.viewport())
    rect = _global_rect(widget)
    return screen.contains(viewport) and viewport.left() <= rect.left() and \
        rect.right() <= viewport.right()


def main() -> int:
    app = QApplication(sys.argv[:1])
    from simtool.gui.app import install_translators
    from simtool.gui.main_window import MainWindow
    from simtool.gui.settings import Settings
    from simtool.gui.wizard import CONTACT_ID, StepPage

    install_translators(app, sys.argv[1] if len(sys.argv) > 1 else "en")
    screen = app.primaryScreen().availableGeometry()
    problems: list[str] = []

    # A geometry saved on a big screen at 100 %: 1100 x 900 at (200, 150).
    big = MainWindow(Settings(), poll_interval_ms=3_600_000)
    big.setGeometry(200, 150, 1100, 900)
    saved = bytes(big.saveGeometry().toBase64().data()).decode("ascii")
    big.controller.shutdown()
    big.deleteLater()

    window = MainWindow(Settings(geometry=saved), poll_interval_ms=3_600_000)
    window.show()
    settle = QTimer()
    settle.setSingleShot(True)
    settle.start(600)             # the window fits itself and shares its width after show
    while settle.isActive():
        app.processEvents()
    if not screen.contains(window.frameGeometry()):
        problems.append(f"window {window.frameGeometry().getRect()} is not inside the "
                        f"screen {screen.getRect()}")

    def check_buttons(where: str) -> None:
        app.processEvents()
        for button in window.findChildren(QAbstractButton):
            if button.isVisible() and not _on_screen(button, screen):
                problems.append(f"{where}: button {button.text()!r} is off the screen")
        if not _on_screen(window.statusBar(), screen):
            problems.append(f"{where}: the status bar is off the screen")

    def check_page(where: str) -> None:
        for _ in range(3):            # posted layout requests settle in a few passes
            app.processEvents()
        page = window.wizard.current_page()
        if isinstance(page, StepPage) or hasattr(page, "content_fits_across"):
            bar = page.horizontalScrollBar()
            if bar.maximum() > 0 or not page.content_fits_across():
                problems.append(f"{where}: the page scrolls sideways (content "
                                f"{page.widget().minimumSizeHint().width()} px in "
                                f"{page.viewport().width()} px)")

    check_buttons("first screen")
    for scenario in SCENARIOS:
        done: list[object] = []
        window.report_shown.connect(done.append)
        window.check_url(f"sim://{scenario}")
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(60_000)
        while not done and deadline.isActive():
            app.processEvents()
        window.report_shown.disconnect(done.append)
        if not done:
            problems.append(f"{scenario}: no report within 60 s")
            continue
        for check_id in window.wizard.step_ids():
            window.wizard.select_step(check_id)
            check_page(f"{scenario}/{check_id}")
            check_buttons(f"{scenario}/{check_id}")
        # The status panel's values: a word (an ICCID, an IMEI) that does not fit is cut.
        for key, label in window.status_panel.labels.items():
            widest = max((label.fontMetrics().horizontalAdvance(word)
                          for word in label.text().split()), default=0)
            if label.isVisible() and widest > label.width():
                problems.append(f"{scenario}: status panel {key} {label.text()!r} is cut "
                                f"({widest} px in {label.width()} px)")
        window.wizard.select_step(CONTACT_ID)
        app.processEvents()
        contact = window.wizard.contact_page
        minimum = contact.fontMetrics().averageCharWidth() * 12
        for field in contact.findChildren(QLineEdit):
            if field.isVisible() and field.width() < minimum:
                problems.append(f"{scenario}/contact: field {field.accessibleName()!r} is "
                                f"{field.width()} px wide")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        check_buttons(f"tab {index}")
    window.controller.shutdown()
    print(json.dumps({"screen": screen.getRect(), "problems": problems}))
    return 0


if __name__ == "__main__":
    sys.exit(main())



