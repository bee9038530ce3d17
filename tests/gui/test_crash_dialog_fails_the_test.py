"""A crash dialog during a GUI test fails that test (tests/gui/conftest.py, no_error_dialogs).

The fixture replaces the dialog with a record so no modal window blocks the run; before,
nothing looked at the record and a test during which the app crashed still passed. Here a
small GUI suite using the real conftest runs in its own pytest process: a test whose
background thread dies with an uncaught exception (the app's crash hook, ExceptionRelay,
turns it into the crash dialog) must fail; the same test marked `crash_dialog_expected`
passes, and so does a test without a crash. A thread that dies where the app's hook is not
installed fails its test too (pytest would only warn).
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py")

INNER_TESTS = '''
import threading

import pytest

from simtool.gui.app import ExceptionRelay


def crash_in_a_thread(qtbot, monkeypatch):
    """What the app does with an uncaught exception in a worker thread: its hook hands it to
    the GUI thread, which opens the crash dialog (the fixture's record, here)."""
    relay = ExceptionRelay()
    monkeypatch.setattr("sys.excepthook", relay.hook)
    monkeypatch.setattr("threading.excepthook", relay.thread_hook)

    def worker():
        raise RuntimeError("worker exploded")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: relay.last is not None, timeout=10_000)
    return relay.last


def test_a_crash_nobody_expected(qtbot, monkeypatch):
    summary, _details = crash_in_a_thread(qtbot, monkeypatch)
    assert "worker exploded" in summary          # the test body itself passes


@pytest.mark.crash_dialog_expected
def test_a_crash_on_purpose(qtbot, monkeypatch, no_error_dialogs):
    crash_in_a_thread(qtbot, monkeypatch)
    assert [summary for summary, _ in no_error_dialogs] == ["RuntimeError: worker exploded"]


def test_no_crash(qtbot, window):
    assert window.isVisible()


def test_a_thread_that_dies_without_the_apps_hook(qtbot):
    def worker():
        raise RuntimeError("thread exploded")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
'''


def test_a_crash_dialog_fails_the_gui_test_unless_it_is_expected(
        pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makeini("""
        [pytest]
        qt_api = pyside6
        markers =
            crash_dialog_expected: a GUI test that provokes the app's crash dialog on purpose
        """)
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "--strict-markers", "-rA")
    result.assert_outcomes(passed=3, errors=1, failed=1)
    result.stdout.fnmatch_lines([
        "*ERROR at teardown of test_a_crash_nobody_expected*",
        "*the app showed 1 crash dialog(s) during this test*",
        "*RuntimeError: worker exploded*",
    ])
    result.stdout.fnmatch_lines([
        "FAILED test_inner.py::test_a_thread_that_dies_without_the_apps_hook - pytest*"])
    result.stdout.fnmatch_lines(["*RuntimeError: thread exploded*"])
    result.stdout.fnmatch_lines(["*PytestUnhandledThreadExceptionWarning*"])
    result.stdout.fnmatch_lines(["PASSED test_inner.py::test_a_crash_on_purpose",
                                 "PASSED test_inner.py::test_no_crash"], consecutive=False)
