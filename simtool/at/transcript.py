"""Timestamped record of every byte sent to and received from the modem.

PIN and PUK digits are masked before anything is stored, so a transcript can go straight into
a report, a log pane or a test fixture.

It is bounded: a port that floods (a log port, endless lines) must not make a report of
hundreds of megabytes. The first HEAD_CHARS and the last TAIL_CHARS of text are kept, with
one marked entry between them saying how much was left out; one entry holds at most
ENTRY_CHARS (its middle is left out, marked).
"""

from __future__ import annotations

import threading
import time
from collections import deque
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

HEAD_CHARS = 192 * 1024
TAIL_CHARS = 64 * 1024
ENTRY_CHARS = 16 * 1024


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    keep = limit // 2
    return (f"{text[:keep]}[... simtool: {len(text) - 2 * keep} characters left out "
            f"...]{text[-keep:]}")


class Transcript:
    """Thread-safe, append-only list of TranscriptEntry (t = seconds since creation),
    bounded as the module docstring says."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic,
                 head_chars: int = HEAD_CHARS, tail_chars: int = TAIL_CHARS) -> None:
        self._clock = clock
        self._start = clock()
        self._entries: list[TranscriptEntry] = []
        self._head_left = head_chars
        self._tail: deque[TranscriptEntry] = deque()
        self._tail_chars = 0
        self._tail_limit = tail_chars
        self._left_out = 0            # characters dropped between head and tail
        self._left_out_at: float | None = None
        self._lock = threading.Lock()

    def record(self, direction: str, data: bytes, *, secret: bool = False) -> None:
        """Store `data` as sent ("tx") or received ("rx"); CR/LF are kept as they came."""
        if not data:
            return
        text = data.decode("utf-8", errors="backslashreplace")
        text = mask_arguments(text) if secret else mask_secrets(text)
        entry = TranscriptEntry(t=round(self._clock() - self._start, 6), dir=direction,
                                text=_cut(text, ENTRY_CHARS))
        with self._lock:
            if self._head_left > 0 and not self._tail:
                self._entries.append(entry)
                self._head_left -= len(entry.text)
                return
            self._tail.append(entry)
            self._tail_chars += len(entry.text)
            while self._tail_chars > self._tail_limit and len(self._tail) > 1:
                dropped = self._tail.popleft()
                self._tail_chars -= len(dropped.text)
                self._left_out += len(dropped.text)
                if self._left_out_at is None:
                    self._left_out_at = dropped.t

    def entries(self) -> list[TranscriptEntry]:
        with self._lock:
            marker: list[TranscriptEntry] = []
            if self._left_out:
                marker = [TranscriptEntry(
                    t=self._left_out_at or 0.0, dir=RX,
                    text=f"[... simtool: {self._left_out} characters left out of the "
                         f"transcript ...]")]
            return [*self._entries, *marker, *self._tail]

    @property
    def left_out(self) -> int:
        """Characters not kept (the transcript overflowed)."""
        with self._lock:
            return self._left_out

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries) + len(self._tail) + (1 if self._left_out else 0)
