"""Timestamped record of every byte sent to and received from the modem.

PIN and PUK digits are masked before anything is stored, so a transcript can go straight into
a report, a log pane or a test fixture.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from simtool.at.masking import mask_arguments, mask_secrets

__all__ = ["Transcript", "TranscriptEntry", "TX", "RX"]


class TranscriptEntry:
    """One chunk on the wire; the report's `transcript` items have exactly these keys.

    A plain class, not a dataclass: the session imports it before a check's first byte,
    and importing `dataclasses` costs ~6 ms there."""

    __slots__ = ("t", "dir", "text")

    def __init__(self, t: float, dir: str, text: str) -> None:  # noqa: A002 - report key
        self.t = t           # seconds since the session opened
        self.dir = dir       # "tx" | "rx"
        self.text = text     # PIN and PUK digits already masked

    def to_dict(self) -> dict[str, float | str]:
        return {"t": self.t, "dir": self.dir, "text": self.text}

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TranscriptEntry):
            return NotImplemented
        return (self.t, self.dir, self.text) == (other.t, other.dir, other.text)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaced

    def __repr__(self) -> str:
        return f"TranscriptEntry(t={self.t!r}, dir={self.dir!r}, text={self.text!r})"


TX = "tx"
RX = "rx"


class Transcript:
    """Thread-safe, append-only list of TranscriptEntry (t = seconds since creation)."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._start = clock()
        self._entries: list[TranscriptEntry] = []
        self._lock = threading.Lock()

    def record(self, direction: str, data: bytes, *, secret: bool = False) -> None:
        """Store `data` as sent ("tx") or received ("rx"); CR/LF are kept as they came."""
        if not data:
            return
        text = data.decode("utf-8", errors="backslashreplace")
        text = mask_arguments(text) if secret else mask_secrets(text)
        entry = TranscriptEntry(t=round(self._clock() - self._start, 6), dir=direction,
                                text=text)
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[TranscriptEntry]:
        with self._lock:
            return list(self._entries)

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)
