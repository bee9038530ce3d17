"""What every source offers the runner (simtool.runner.CheckRun).

A source package other than `at` exposes `open_source(url, *, timeout, progress)` returning
a `Source`; simtool.sources.SCHEMES maps its URL scheme to the package.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from simtool.at.transcript import TranscriptEntry
from simtool.facts import Facts

# progress(step, message): step is a check id ("sim-health", ...) or "port"/"read".
Progress = Callable[[str, str], None]


class Source(Protocol):
    via: str                              # port.via: at, modemmanager, hilink, zte
    transcript: list[TranscriptEntry]     # what was exchanged, for the report

    def read(self) -> Facts:
        """Every fact this source can reach (what it cannot stays None). Raises PortError
        when the modem cannot be reached (the report says why), Cancelled after cancel()."""
        ...

    def cancel(self) -> None:
        """Stop a read() running in another thread as soon as possible."""
        ...


class Credentials:
    """A device's admin login for sources that have one (HiLink, ZTE web API): from
    --password-env or the app's masked field. Never logged and never stored: the repr hides
    the password, and nothing here writes it anywhere."""

    __slots__ = ("username", "password")

    def __init__(self, password: str, username: str | None = None) -> None:
        self.password = password
        self.username = username

    def __repr__(self) -> str:
        return f"Credentials(username={self.username!r}, password='********')"


class TranscriptRecorder:
    """What a web-API source exchanged, as report transcript entries (t = seconds since the
    source started; text already masked by the source). Thread-safe: reads run in parallel."""

    def __init__(self) -> None:
        self._start = time.monotonic()
        self._lock = threading.Lock()
        self.entries: list[TranscriptEntry] = []

    def __call__(self, direction: str, text: str) -> None:
        entry = TranscriptEntry(round(time.monotonic() - self._start, 6), direction, text)
        with self._lock:
            self.entries.append(entry)

    def snapshot(self) -> list[TranscriptEntry]:
        with self._lock:
            return list(self.entries)


def is_service_sender(sender: str | None) -> bool:
    """Whether an SMS comes from an operator or service (a notice worth keeping as evidence)
    rather than a person: an alphanumeric sender, a short code (10086, 10010, 10000, 10001,
    10099, 5-6 digit codes elsewhere), or a Chinese service port (106...). A person's
    message never goes into a report."""
    text = (sender or "").strip().lstrip("+")
    if not text:
        return False
    if not text.isdigit():
        return any(c.isalpha() for c in text)
    return len(text) <= 6 or text.startswith("106")
