"""What every source offers the runner (simtool.runner.CheckRun).

A source package other than `at` exposes `open_source(url, *, timeout, progress)` returning
a `Source`; simtool.sources.SCHEMES maps its URL scheme to the package.
"""

from __future__ import annotations

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
