"""Fixtures for the desktop-app tests: a main window on real sim:// ports, no modal dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from simtool.gui.dialogs import ErrorDialog
from simtool.gui.main_window import MainWindow
from simtool.gui.settings import Settings
from simtool.report.model import Report

CHECK_TIMEOUT_MS = 60_000


@pytest.fixture(autouse=True)
def no_error_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A crash dialog would block the test: record what it would have shown instead."""
    shown: list[tuple[str, str]] = []

    def record(_parent: object, summary: str, details: str) -> None:
        shown.append((summary, details))

    monkeypatch.setattr(ErrorDialog, "show_error", classmethod(
        lambda cls, parent, summary, details: record(parent, summary, details)))
    return shown


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    # Polling is switched off here; the graph test starts it with a short interval.
    win = MainWindow(Settings(), poll_interval_ms=3_600_000)
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    yield win
    win.close()


@pytest.fixture
def run_check(qtbot):  # type: ignore[no-untyped-def]
    """run_check(window, url): check `url` in the app and return the report the wizard shows
    (waits on the GUI-thread signal, never on the worker's)."""

    def run(window: MainWindow, url: str) -> Report:
        with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
            window.check_url(url)
        report = blocker.args[0]
        assert isinstance(report, Report)
        return report

    return run
