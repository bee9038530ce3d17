"""SIMTOOL_TEST_TIME_LIMIT (tests/conftest.py, set by scripts/mutation.sh): a test still
running after the limit fails, whether it sleeps, waits on an event, joins a thread that
never ends or catches Exception around its wait; a quick test passes; without the variable
nothing is limited. A small suite using the real conftest runs in its own pytest process."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).parents[1] / "conftest.py"

INNER_TESTS = '''
import threading
import time

FOREVER = threading.Event()          # never set


def test_sleeps():
    time.sleep(3600)


def test_waits_on_an_event():
    FOREVER.wait()


def test_joins_a_thread_that_never_ends():
    thread = threading.Thread(target=FOREVER.wait, daemon=True)
    thread.start()
    thread.join()


def test_catches_exception_around_its_wait():
    try:
        FOREVER.wait()
    except Exception:
        pass


def test_quick():
    assert True
'''


def test_a_test_past_the_limit_fails(pytester: pytest.Pytester,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(test_inner=INNER_TESTS)
    monkeypatch.setenv("SIMTOOL_TEST_TIME_LIMIT", "0.5")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA")
    result.assert_outcomes(passed=1, failed=4)
    result.stdout.fnmatch_lines(["*still running after SIMTOOL_TEST_TIME_LIMIT=0.5 s*"])
    result.stdout.fnmatch_lines(["PASSED test_inner.py::test_quick"])


def test_no_limit_without_the_variable(pytester: pytest.Pytester,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(test_inner='''
import signal


def test_no_timer_is_armed():
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
''')
    monkeypatch.delenv("SIMTOOL_TEST_TIME_LIMIT", raising=False)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA")
    result.assert_outcomes(passed=1)
