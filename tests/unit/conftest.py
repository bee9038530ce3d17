"""Fixtures for the unit tests of actions on the simulated modem."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

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
