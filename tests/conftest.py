"""Test setup shared by every test: headless Qt, and no test ever touches the real home."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before anything imports simtool.paths: every directory under one throw-away folder.
os.environ["SIMTOOL_HOME"] = tempfile.mkdtemp(prefix="simtool-test-home-")
# English output whatever the developer's locale (tests that want Chinese set LANG or --lang).
for _var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"
# Finding sticks and routers asks each default gateway of this machine: never in tests (a
# test names the simulated device it serves on 127.0.0.1 instead).
os.environ["SIMTOOL_GATEWAYS"] = "none"

# Hypothesis budgets, chosen by HYPOTHESIS_PROFILE: "ci" (the default) keeps the suite fast
# and has no per-example deadline, so a slow shared 2-core runner does not flake; "deep" is
# the nightly run (>= 100,000 examples per property over framing, parsers, the session and
# redaction). Tests that want more than the profile's count in CI write
# `max_examples=max(N, settings.default.max_examples)`, so "deep" still raises them.
from hypothesis import HealthCheck, Phase, settings  # noqa: E402

settings.register_profile("ci", max_examples=100, deadline=None, print_blob=True)
settings.register_profile(
    "deep", max_examples=100_000, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# "mutation" (scripts/mutation.sh): the ci budget, but a failing example is not shrunk (the
# run only needs to know that a test failed) and the seed is fixed, so two runs of the same
# code give the same score.
settings.register_profile(
    "mutation", parent=settings.get_profile("ci"), derandomize=True, database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# SIMTOOL_TEST_TIME_LIMIT=S (scripts/mutation.sh sets it): a test still running after S
# seconds fails. Under mutation a changed wait or a lost final result makes tests wait out
# 30 s timeouts, or forever, and mutmut's own limit only ends such a run after minutes; the
# slowest test takes ~4 s, so a limit of several times that never cuts a sound run short.
# SIGALRM interrupts the waits of the main thread (sleep, select, Event.wait, join) and
# pytest's Failed is a BaseException, so no `except Exception` in the code swallows it.
import signal  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from types import FrameType  # noqa: E402

import pytest  # noqa: E402

_TIME_LIMIT = float(os.environ.get("SIMTOOL_TEST_TIME_LIMIT", "0") or 0)


def _over_time(signum: int, frame: FrameType | None) -> None:
    pytest.fail(f"still running after SIMTOOL_TEST_TIME_LIMIT={_TIME_LIMIT:g} s",
                pytrace=False)


@pytest.fixture(autouse=True)
def _time_limit() -> Iterator[None]:
    if not _TIME_LIMIT or not hasattr(signal, "setitimer"):
        yield
        return
    previous = signal.signal(signal.SIGALRM, _over_time)
    signal.setitimer(signal.ITIMER_REAL, _TIME_LIMIT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
