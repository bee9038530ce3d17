"""Fixtures shared by the unit tests: sessions on the simulated modem, English output,
a pseudo-terminal pair."""

from __future__ import annotations

import os
import pty
from collections.abc import Callable, Iterator

import pytest

from simtool import i18n
from simtool.at.session import AtSession
from simtool.transport.port import open_port


@pytest.fixture
def modem() -> Iterator[Callable[[str], AtSession]]:
    """modem(url) -> an AtSession on a freshly opened port (sim:// in process); every port
    opened is closed when the test ends."""
    opened: list[AtSession] = []

    def open_session(url: str) -> AtSession:
        session = AtSession(open_port(url), default_timeout=5.0)
        opened.append(session)
        return session

    yield open_session
    for session in opened:
        session.port.close()


@pytest.fixture
def english() -> Iterator[None]:
    """Output in English for the test, the language before restored after it."""
    before = i18n.language()
    i18n.set_language("en")
    yield
    i18n.set_language(before)


@pytest.fixture(autouse=True)
def _language_put_back() -> Iterator[None]:
    """A test that switches the language cannot leave it switched for the next test in the
    same worker (a Chinese message then fails an unrelated English assert)."""
    before = i18n.language()
    yield
    i18n.set_language(before)

@pytest.fixture
def pty_pair() -> Iterator[tuple[int, str]]:
    """A pseudo-terminal: (master fd, slave device path). The slave is closed, ready to open."""
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    yield master, path
    os.close(master)
