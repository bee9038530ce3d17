"""One open connection to a simulated modem: the byte side of the interpreter.

Assembles command lines from written bytes, echoes like a modem (per byte, while echo is
on), and schedules each reply `latency` seconds after the command's CR arrived. Readers
wait on a condition variable with a deadline, never by sleeping in write() or polling.
Used by the sim:// URL handler and by the pty server alike.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable

from simtool.sim.modem import Chunk, Modem


class Vanished(Exception):
    """The simulated device was unplugged while this link was open."""


class Link:
    def __init__(self, modem: Modem, latency: float = 0.0,
                 clock: Callable[[], float] = time.monotonic,
                 on_ready: Callable[[], None] | None = None) -> None:
        self.modem = modem
        self.latency = latency
        self._clock = clock
        self._on_ready = on_ready  # lets a select() loop wake when URCs get queued
        self._cond = threading.Condition()
        self._pending: list[tuple[float, int, bytes]] = []  # (due, sequence, data)
        self._sequence = itertools.count()
        self._ready = bytearray()
        self._partial = bytearray()
        self._cancelled = False
        self.closed = False
        self.vanished = False
        modem.subscribe(self._unsolicited)

    # -------------------------------------------------------------- host -> modem

    def feed(self, data: bytes) -> None:
        """Bytes the host wrote. Each CR ends a command line."""
        if self.vanished:
            raise Vanished
        now = self._clock()
        start = 0
        for index, byte in enumerate(data):
            if byte != 0x0D:
                continue
            self._echo(data[start:index + 1], now)
            line = bytes(self._partial) + data[start:index]
            self._partial.clear()
            start = index + 1
            reply = self.modem.command(line.decode("latin-1").lstrip("\n"))
            self._schedule(reply.chunks, now + self.latency)
        tail = data[start:]
        if tail:
            self._echo(tail, now)
            self._partial.extend(tail)

    def _echo(self, data: bytes, now: float) -> None:
        if self.modem.echo and data:
            self._schedule([Chunk(0.0, data)], now)

    def _unsolicited(self, chunks: list[Chunk]) -> None:
        if not chunks:  # the modem was unplugged
            with self._cond:
                self.vanished = True
                self._cond.notify_all()
            self._wake()
            return
        self._schedule(chunks, self._clock())

    def _schedule(self, chunks: list[Chunk], base: float) -> None:
        if not chunks:
            return
        with self._cond:
            for chunk in chunks:
                heapq.heappush(self._pending, (base + chunk.delay, next(self._sequence),
                                               chunk.data))
            self._cond.notify_all()
        self._wake()

    def _wake(self) -> None:
        if self._on_ready is not None:
            self._on_ready()

    # -------------------------------------------------------------- modem -> host

    def _collect(self, now: float) -> None:
        while self._pending and self._pending[0][0] <= now:
            self._ready.extend(heapq.heappop(self._pending)[2])

    def next_due(self) -> float | None:
        """When the next queued bytes become readable (clock time), or None."""
        with self._cond:
            return self._pending[0][0] if self._pending else None

    def in_waiting(self) -> int:
        with self._cond:
            self._collect(self._clock())
            return len(self._ready)

    def take_ready(self) -> bytes:
        """Everything readable now, without waiting (for the pty server)."""
        with self._cond:
            self._collect(self._clock())
            data = bytes(self._ready)
            self._ready.clear()
            return data

    def read(self, size: int, timeout: float | None) -> bytes:
        """Up to `size` bytes: waits until `size` are there, the timeout passes, the read
        is cancelled or the link closes (pyserial semantics)."""
        deadline = None if timeout is None else self._clock() + timeout
        with self._cond:
            while True:
                if self.vanished:
                    raise Vanished
                now = self._clock()
                self._collect(now)
                if (len(self._ready) >= size or self._cancelled or self.closed
                        or (deadline is not None and now >= deadline)):
                    break
                waits = [t - now for t in (deadline,) if t is not None]
                if self._pending:
                    waits.append(self._pending[0][0] - now)
                self._cond.wait(max(0.0, min(waits)) if waits else None)
            self._cancelled = False
            data = bytes(self._ready[:size])
            del self._ready[:size]
            return data

    def cancel_read(self) -> None:
        with self._cond:
            self._cancelled = True
            self._cond.notify_all()

    def reset_input(self) -> None:
        with self._cond:
            self._collect(self._clock())
            self._ready.clear()

    def close(self) -> None:
        self.modem.unsubscribe(self._unsolicited)
        with self._cond:
            self.closed = True
            self._cond.notify_all()
