"""Fixtures for the desktop-app tests: a main window on real sim:// ports, no modal dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from simtool.gui.dialogs import ErrorDialog
from simtool.gui.main_window import MainWindow
from simtool.gui.settings import Settings
from simtool.report.model import Report

CHECK_TIMEOUT_MS = 60_000


CRASH_MARKER = "crash_dialog_expected"
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """An uncaught exception in a thread of a GUI test fails the test, as a crash: pytest
    only warns about one by default (the app's own hook, which would show the crash dialog,
    is not installed in tests)."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.filterwarnings(
                "error::pytest.PytestUnhandledThreadExceptionWarning"))


@pytest.fixture(autouse=True)
def no_error_dialogs(request: pytest.FixtureRequest,
                     monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    """A crash dialog would block the test: record what it would have shown instead, and fail
    the test at teardown if anything was recorded (a crash the user would have seen is a bug,
    even when the rest of the test passed). A test that provokes a crash on purpose says so
    with `@pytest.mark.crash_dialog_expected` and checks the record itself."""
    shown: list[tuple[str, str]] = []

    def record(_parent: object, summary: str, details: str) -> None:
        shown.append((summary, details))

    monkeypatch.setattr(ErrorDialog, "show_error", classmethod(
        lambda cls, parent, summary, details: record(parent, summary, details)))
    yield shown
    if shown and request.node.get_closest_marker(CRASH_MARKER) is None:
        listing = "\n".join(f"- {summary}\n{details}" for summary, details in shown)
        pytest.fail(f"the app showed {len(shown)} crash dialog(s) during this test "
                    f"(mark it @pytest.mark.{CRASH_MARKER} if that is the point):\n{listing}",
                    pytrace=False)


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


@pytest.fixture
def settle(qtbot):  # type: ignore[no-untyped-def]
    """settle(window) -> the replies that came meanwhile: let whatever the last user action
    set in motion run to its end, without sleeping. A harmless console command ("AT") goes
    into the worker's queue behind anything that action queued, and its reply comes back
    through the GUI thread's queue behind theirs; a test that checks that *nothing* happened
    calls this first instead of waiting some milliseconds and hoping."""

    def run(window: MainWindow) -> list[tuple[str, str, bool]]:
        replies: list[tuple[str, str, bool]] = []

        def record(shown: str, text: str, ok: bool) -> None:
            replies.append((shown, text, ok))

        window.controller.reply.connect(record)
        try:
            with qtbot.waitSignal(window.controller.reply, timeout=CHECK_TIMEOUT_MS,
                                  check_params_cb=lambda shown, *_: shown == "AT"):
                window.controller.send("AT", "AT")
        finally:
            window.controller.reply.disconnect(record)
        return replies

    return run
