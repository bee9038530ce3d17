"""The status bar keeps saying which check is on screen when a port scan ends late."""

from __future__ import annotations

from simtool.gui.main_window import MainWindow
from simtool.gui.ports import PortChoice


def test_a_scan_ending_after_the_check_does_not_replace_its_message(qtbot, window, run_check,
                                                                    monkeypatch):
    monkeypatch.setattr(MainWindow, "PORTS_MESSAGE_MS", 100)
    run_check(window, "sim://healthy")
    finished = window.statusBar().currentMessage()
    assert finished.startswith("Check of sim://healthy finished at ")
    # `simtool gui --port URL` checks at once and scans beside it: the scan may end later.
    window._on_ports_found([PortChoice("/dev/ttyS0", "/dev/ttyS0", False, False)])
    assert window.statusBar().currentMessage() == "1 serial port(s), none of them a modem's."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == finished, timeout=5_000)
    # A second scan while the first one's message shows still comes back to the check's.
    window.refresh_ports()
    window._on_ports_found([PortChoice("/dev/ttyS0", "/dev/ttyS0", False, False)])
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == finished, timeout=5_000)


def test_without_a_check_the_scan_message_stays(qtbot, window):
    window._on_ports_found([])
    qtbot.wait(50)
    assert window.statusBar().currentMessage() == "No serial ports."
