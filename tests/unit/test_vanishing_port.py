"""The modem vanishing mid-command (issue 21, hole 5): a port whose write fails and one whose
read fails, at points all through a check and inside one command.

The port is tests/vanishing_port.py's `vanish://` URL handler: the simulated modem's own
serial class, failing after a given number of bytes as a USB serial port does when its
device leaves (pyserial's SerialException, or a bare OSError EIO). The result must be a
clear error: a report saying the port went away (`run_check`), PortVanished (the session),
exit code 2 without a traceback (the CLI); never an exception escaping, never a hang.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
import vanishing_port  # noqa: E402

from simtool.at.session import AtSession  # noqa: E402
from simtool.report.model import Report  # noqa: E402
from simtool.runner import CheckOptions, diagnose, run_check  # noqa: E402
from simtool.transport.errors import PortVanished  # noqa: E402
from simtool.transport.port import open_port  # noqa: E402

T = TypeVar("T")
# Far past any check on a vanished port, which ends at once (seconds). The mutation run
# (scripts/mutation.sh) sets 10: a mutant that hangs is caught in seconds, not a
# minute; the longest real wait in these tests is 2 s.
HANG_GUARD = float(os.environ.get("SIMTOOL_HANG_GUARD", "60"))


@pytest.fixture(autouse=True, scope="module")
def handler() -> None:
    vanishing_port.register()


def finishes(work: Callable[[], T]) -> T:
    """work() in a thread; fails the test (instead of hanging it) if it never returns."""
    outcome: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as error:  # noqa: BLE001 - handed to the test below
            errors.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(HANG_GUARD)
    assert not thread.is_alive(), "hung on a vanished port"
    if errors:
        raise errors[0]
    return outcome[0]


@pytest.fixture(scope="module")
def totals() -> dict[str, int]:
    """Bytes written and read by a whole check of a healthy modem (nothing fails)."""
    vanishing_port.register()
    report = run_check("vanish://healthy")
    assert report.verdict.status == "ok"
    port = vanishing_port.LAST[0]
    return {"write": port.written, "read": port.read_bytes}


FRACTIONS = (0.0, 0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.999)


@pytest.mark.parametrize("error", ["serial", "eio"])
@pytest.mark.parametrize("fail", ["write", "read"])
@pytest.mark.parametrize("fraction", FRACTIONS, ids=[f"{f:.0%}" for f in FRACTIONS])
def test_run_check_reports_a_vanished_port(totals: dict[str, int], fail: str, error: str,
                                           fraction: float) -> None:
    after = int(totals[fail] * fraction)
    url = f"vanish://healthy?fail={fail}&after={after}&error={error}"
    report: Report = finishes(lambda: run_check(url, CheckOptions(timeout=5.0)))
    port = vanishing_port.LAST[0]
    assert port.gone                                  # it did fail, where it was told
    assert report.facts.reachable is False
    assert report.facts.port_error_kind == "vanished"
    assert report.verdict.status == "problem" and report.verdict.check == "port"
    assert url in (report.facts.port_error or "")
    assert "went away" in (report.facts.port_error or "")
    # Nothing after the failure was judged as if the modem had answered it.
    assert {c.status for c in report.checks if c.id not in ("port",)} <= {"skip", "manual"}


@pytest.mark.parametrize("fail", ["write", "read"])
@pytest.mark.parametrize("fraction", (0.1, 0.5, 0.9), ids=["10%", "50%", "90%"])
def test_the_apps_check_on_an_open_session_reports_a_vanished_port(
        totals: dict[str, int], fail: str, fraction: float) -> None:
    # The app's worker keeps its session open and checks on it with diagnose().
    after = int(totals[fail] * fraction)
    url = f"vanish://healthy?fail={fail}&after={after}&error=eio"
    session = AtSession(open_port(url), default_timeout=5.0)
    try:
        report = finishes(lambda: diagnose(session, port=None, url=url))
    finally:
        session.port.close()
    assert report.facts.reachable is False
    assert report.facts.port_error_kind == "vanished"
    assert report.verdict.check == "port"
    assert session.deadline is None          # the session lives on, without the deadline


@pytest.fixture
def sessions() -> Iterator[list[AtSession]]:
    opened: list[AtSession] = []
    yield opened
    for session in opened:
        session.port.close()


def session_on(sessions: list[AtSession], url: str) -> AtSession:
    session = AtSession(open_port(url), default_timeout=5.0)
    sessions.append(session)
    return session


@pytest.mark.parametrize("error", ["serial", "eio"])
def test_a_command_whose_write_fails_raises_port_vanished(sessions: list[AtSession],
                                                          error: str) -> None:
    # The first command goes out; the second fails half-way through its bytes.
    url = f"vanish://healthy?fail=write&after=8&error={error}"
    session = session_on(sessions, url)
    assert session.command("AT").ok
    with pytest.raises(PortVanished) as raised:
        finishes(lambda: session.command("AT+CSQ"))
    assert raised.value.kind == "vanished" and raised.value.url == url
    assert str(raised.value).startswith(f"Port {url} went away") and raised.value.remedy
    # Gone for good: the next command fails at once too (no wait for a timeout).
    with pytest.raises(PortVanished):
        finishes(lambda: session.command("AT+CGMI", timeout=30.0))


@pytest.mark.parametrize("error", ["serial", "eio"])
@pytest.mark.parametrize("cut", [0, 1, 8, -1], ids=["before", "1", "8", "inside-OK"])
def test_a_reply_cut_off_by_a_failing_read_raises_port_vanished(
        sessions: list[AtSession], error: str, cut: int) -> None:
    # The reply to AT+CSQ is read once whole, to know its size; the second time the port
    # fails `cut` bytes into it (-1: inside its final result, before the K of OK).
    session = session_on(sessions, "vanish://healthy")
    assert session.command("ATE0").ok
    port = vanishing_port.LAST[0]
    before = port.read_bytes
    assert session.command("AT+CSQ").ok
    size = port.read_bytes - before
    port.fail, port.error = "read", error
    port.after = port.read_bytes + (size - 3 if cut == -1 else cut)
    with pytest.raises(PortVanished) as raised:
        finishes(lambda: session.command("AT+CSQ", timeout=30.0))
    assert raised.value.kind == "vanished"
    with pytest.raises(PortVanished):
        finishes(lambda: session.command("AT", timeout=30.0))


@pytest.mark.parametrize("error", ["serial", "eio"])
def test_reading_urcs_from_a_port_that_vanished_says_so(sessions: list[AtSession],
                                                        error: str) -> None:
    # What `simtool watch` and the app do between commands: take what came unprompted.
    session = session_on(sessions, f"vanish://healthy?fail=read&after=0&error={error}")
    with pytest.raises(PortVanished):
        finishes(lambda: session.drain_urcs())        # only what is waiting: no read
    with pytest.raises(PortVanished):
        finishes(lambda: session.wait_until(lambda: False, timeout=30.0))


def test_restore_on_a_port_that_vanished_gives_up_at_once(sessions: list[AtSession]) -> None:
    session = session_on(sessions, "vanish://healthy?fail=write&after=0")
    assert finishes(lambda: session.restore("AT+CMGF=0", "AT+COPS=3,0")) is False


def test_check_on_the_command_line_exits_2_without_a_traceback() -> None:
    url = "vanish://healthy?fail=read&after=300&error=eio"
    # The child registers the handler as this process did, then runs simtool's own entry.
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import vanishing_port; "
            "vanishing_port.register(); from simtool.cli import run; "
            "sys.argv = ['simtool', *sys.argv[2:]]; run()")
    done = subprocess.run(
        [sys.executable, "-c", code, str(Path(__file__).parents[1]), "check", "--port", url],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
        env={**os.environ, "NO_COLOR": "1"})
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "went away" in done.stdout
    assert done.stdout.splitlines()[0].split(" ", 1)[1].startswith("Problem found")
