"""Keyboard use and accessibility, the menu paths to export and open, the crash dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

import simtool.gui.main_window as main_window_module
from simtool.gui.dialogs import ErrorDialog, ExportChoice, ExportDialog

CHECK_TIMEOUT_MS = 60_000


def test_shortcuts(window):
    assert window.check_action.shortcut() == QKeySequence(Qt.Key.Key_F5)
    assert window.cancel_action.shortcut() == QKeySequence(Qt.Key.Key_Escape)
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert window.open_action.shortcut() == QKeySequence("Ctrl+O")


def test_every_control_has_a_name_for_screen_readers(qtbot, window, run_check):
    run_check(window, "sim://wrong-apn")      # every kind of page has been built and shown
    nameless = []
    kinds = (QAbstractButton, QLineEdit, QComboBox, QListWidget, QPlainTextEdit)
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or type(widget).__name__.startswith("Q") and \
                widget.objectName().startswith("qt_"):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            nameless.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert not nameless


def test_tab_moves_from_the_port_to_the_buttons(qtbot, window):
    window.port_combo.setFocus()
    order = [window.port_combo]
    widget = window.port_combo.lineEdit()     # the editable combo's own text field
    for _ in range(3):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[1:] == [window.refresh_button, window.check_button, window.cancel_button]


def test_ctrl_e_exports_in_the_chosen_format(qtbot, window, run_check, monkeypatch,
                                             tmp_path: Path):
    run_check(window, "sim://no-sim")
    target = tmp_path / "report.html"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, parent, redact: ExportChoice("html", True)))
    monkeypatch.setattr(main_window_module, "ask_save_path",
                        lambda *args: str(target))
    window.export_action.trigger()
    html = target.read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert window.settings.redact_exports is True


def test_ctrl_o_opens_a_saved_report(qtbot, window, run_check, monkeypatch, tmp_path: Path):
    report = run_check(window, "sim://no-signal")
    saved = tmp_path / "r.json"
    window.export_report(saved, "json", redact=False)
    monkeypatch.setattr(main_window_module, "ask_open_path", lambda *args: str(saved))
    with qtbot.waitSignal(window.report_shown, timeout=5_000) as blocker:
        window.open_action.trigger()
    assert blocker.args[0].verdict == report.verdict
    assert window.replaying
    # F5 leaves the replay and checks the port again, live.
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS):
        window.check_action.trigger()
    assert not window.replaying and window.wizard.again_button.isEnabled()


def test_opening_something_else_says_so(qtbot, window, monkeypatch, tmp_path: Path):
    bogus = tmp_path / "not-a-report.json"
    bogus.write_text('{"hello": 1}', encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(main_window_module.QMessageBox, "warning",
                        lambda parent, title, text: warnings.append(text))
    assert not window.open_report(bogus)
    assert warnings and "not a simtool JSON report" in warnings[0]
    assert window.report is None


def test_error_dialog_saves_its_details(qtbot, monkeypatch, tmp_path: Path):
    target = tmp_path / "error.txt"
    monkeypatch.setattr("simtool.gui.dialogs.ask_save_path", lambda *args: str(target))
    dialog = ErrorDialog(None, "RuntimeError: boom", "Traceback (most recent call last): ...")
    qtbot.addWidget(dialog)
    dialog.save()
    assert target.read_text(encoding="utf-8").startswith("Traceback")


@pytest.mark.parametrize("fmt", ["pdf", "html", "markdown", "json", "text"])
def test_export_dialog_offers_every_format(qtbot, fmt):
    dialog = ExportDialog(None, redact=False)
    qtbot.addWidget(dialog)
    assert dialog.format.findData(fmt) >= 0
    assert not dialog.redact.isChecked()
