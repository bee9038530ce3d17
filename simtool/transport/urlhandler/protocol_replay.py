"""replay://PATH: a port that answers like the modem recorded in a saved JSON report.

Each command the session sends gets the bytes the real modem sent after the same command in
the recorded transcript (in recorded order; the last answer repeats when the recording runs
out; an unrecorded command gets ERROR, and a chained line that extends a recorded one gets
the recorded answers, then ERROR for the part never recorded, so a report saved by an older
simtool still replays). The checklist then re-runs on exactly what the user's modem said,
without the modem: support desks re-diagnose a user's report this way.
"""

from __future__ import annotations

import json
import queue
import threading
import urllib.parse
from collections import defaultdict, deque
from collections.abc import Iterable
from typing import Any

from serial.serialutil import PortNotOpenError, SerialException

from simtool.transport.virtual import VirtualPort


def exchanges(transcript: Iterable[dict[str, Any]]) -> dict[str, deque[bytes]]:
    """Map each sent command line to the replies that followed it, in recorded order."""
    replies: dict[str, deque[bytes]] = defaultdict(deque)
    command: str | None = None
    pending = bytearray()
    sent = bytearray()
    for entry in transcript:
        data = str(entry.get("text", "")).encode("utf-8", errors="replace")
        if entry.get("dir") == "tx":
            sent.extend(data)
            if b"\r" not in sent:
                continue
            if command is not None:
                replies[command].append(bytes(pending))
            line, _, rest = bytes(sent).partition(b"\r")
            command = line.decode("utf-8", errors="replace").strip().upper()
            sent = bytearray(rest)
            pending = bytearray()
        elif command is not None:
            pending.extend(data)
    if command is not None:
        replies[command].append(bytes(pending))
    return replies


class Serial(VirtualPort):
    """pyserial port class for replay:// URLs."""

    is_open: bool

    def open(self) -> None:
        if self._port is None:
            raise SerialException("Port must be configured before it can be used.")
        if self.is_open:
            raise SerialException("Port is already open.")
        parsed = urllib.parse.urlsplit(self._port)
        path = urllib.parse.unquote(parsed.netloc + parsed.path)
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except (OSError, ValueError) as error:
            raise SerialException(f"cannot read the report {path}: {error}") from error
        self._replies = exchanges(data.get("transcript") or [])
        self._last: dict[str, bytes] = {}
        self._rx: queue.Queue[bytes | None] = queue.Queue()
        self._tx = bytearray()
        self._buffer = bytearray()
        self._lock = threading.Lock()
        self.is_open = True

    def close(self) -> None:
        if self.is_open:
            self.is_open = False
            self._rx.put(None)

    @property
    def in_waiting(self) -> int:
        return len(self._buffer) + sum(len(b) for b in list(self._rx.queue) if b)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if not self.is_open:
            raise PortNotOpenError()
        with self._lock:
            self._tx.extend(bytes(data))
            while b"\r" in self._tx:
                line, _, rest = bytes(self._tx).partition(b"\r")
                self._tx = bytearray(rest)
                self._rx.put(self._answer(line.decode("utf-8", errors="replace").strip().upper()))
        return len(data)

    def _answer(self, command: str) -> bytes:
        recorded = self._replies.get(command)
        if recorded:
            self._last[command] = recorded.popleft()
        if command not in self._last and (extended := self._extended(command)) is not None:
            return extended
        return self._last.get(command, b"\r\nERROR\r\n")

    def _extended(self, command: str) -> bytes | None:
        """A chained line that a recorded line starts (a newer simtool appends a command):
        the recorded commands answer as recorded, the part never recorded fails."""
        for known in sorted(self._replies, key=len, reverse=True):
            if not command.startswith(known + ";") or not (self._replies[known]
                                                           or known in self._last):
                continue
            reply = self._last.get(known) or self._replies[known][0]
            text = reply.decode("utf-8", errors="replace")
            head, ok, tail = text.rpartition("\r\nOK\r\n")
            if not ok:
                return None
            if head.upper().startswith(known):       # the echo: of the line as sent now
                head = command + head[len(known):]
            return (head + "\r\nERROR\r\n" + tail).encode("utf-8")
        return None

    def read(self, size: int = 1) -> bytes:
        if not self.is_open:
            raise PortNotOpenError()
        while len(self._buffer) < size:
            try:
                chunk = self._rx.get(timeout=self._timeout) if self._timeout != 0 else \
                    self._rx.get_nowait()
            except queue.Empty:
                break
            if chunk is None:   # close() or cancel_read()
                break
            self._buffer.extend(chunk)
            if self._buffer:
                break
        out = bytes(self._buffer[:size])
        del self._buffer[:size]
        return out

    def cancel_read(self) -> None:
        self._rx.put(None)

    def reset_input_buffer(self) -> None:
        self._buffer.clear()

    def reset_output_buffer(self) -> None:
        pass
