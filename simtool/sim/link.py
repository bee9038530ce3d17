"""One open connection to a simulated modem: the byte side of the interpreter.

Assembles command lines from written bytes, echoes like a modem (per byte, while echo is
on), and schedules each reply `latency` seconds after the command's CR arrived. Readers
wait on a condition variable with a deadline, never by sleeping in write() or polling.
Used by the sim:// URL handler and by the pty server alike.

A link may be given the modem itself or a factory that builds it: the sim:// handler passes
a factory, so opening a port costs next to nothing and the modem (a heavy import) is built
at the first write, inside that command's latency. This module therefore imports nothing
of the interpreter at run time.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable, Iterable

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    from simtool.sim.modem import Chunk, Modem


_CTRL_Z, _ESC = 0x1A, 0x1B


class Vanished(Exception):
    """The simulated device was unplugged while this link was open."""


class Link:
    def __init__(self, modem: Modem | Callable[[], Modem], latency: float = 0.0,
                 clock: Callable[[], float] = time.monotonic,
                 on_ready: Callable[[], None] | None = None) -> None:
        """`modem`: the modem, or a zero-argument factory run at the first feed()."""
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
        self._build_lock = threading.Lock()  # one build, even with writers on two threads
        self._opened_at = clock()
        self._modem: Modem | None = None
        self._factory: Callable[[], Modem] | None = None
        if callable(modem):  # a Modem is not callable: this is its factory
            self._factory = modem
        else:
            self._modem = modem
            modem.subscribe(self._unsolicited)

    @property
    def modem(self) -> Modem:
        """The modem on the other end (built now if no byte was written yet)."""
        return self._built()

    def _built(self) -> Modem:
        modem = self._modem
        if modem is not None:
            return modem
        with self._build_lock:
            if self._modem is None:
                assert self._factory is not None
                modem = self._factory()
                # Listening since the open: URCs due before the first command still come.
                if not self.closed:
                    modem.subscribe(self._unsolicited, since=self._opened_at)
                self._modem = modem
            return self._modem

    # -------------------------------------------------------------- host -> modem

    def feed(self, data: bytes) -> None:
        """Bytes the host wrote. Each CR ends a command line."""
        if self.vanished:
            raise Vanished
        now = self._clock()
        modem = self._built()  # after taking the time: building counts into the latency
        start = 0
        for index, byte in enumerate(data):
            if modem.awaiting_text:
                # After a +CMGS prompt: the message runs to Ctrl-Z (send) or ESC (cancel).
                if byte not in (_CTRL_Z, _ESC):
                    continue
                self._echo(data[start:index], now)
                text = bytes(self._partial) + data[start:index]
                self._partial.clear()
                start = index + 1
                reply = modem.text_input(text.decode("latin-1"), byte == _CTRL_Z)
            elif byte == 0x0D:
                self._echo(data[start:index + 1], now)
                line = bytes(self._partial) + data[start:index]
                self._partial.clear()
                start = index + 1
                reply = modem.command(line.decode("latin-1").lstrip("\n"))
            else:
                continue
            self._schedule(((c.delay, c.data) for c in reply.chunks), now + self.latency)
        tail = data[start:]
        if tail:
            self._echo(tail, now)
            self._partial.extend(tail)

    def _echo(self, data: bytes, now: float) -> None:
        if data and self._built().echo:
            self._schedule([(0.0, data)], now)

    def _unsolicited(self, chunks: list[Chunk]) -> None:
        if not chunks:  # the modem was unplugged
            with self._cond:
                self.vanished = True
                self._cond.notify_all()
            self._wake()
            return
        self._schedule(((c.delay, c.data) for c in chunks), self._clock())

    def _schedule(self, items: Iterable[tuple[float, bytes]], base: float) -> None:
        """Queue (delay, data) pairs: each `data` becomes readable at `base + delay`."""
        with self._cond:
            queued = False
            for delay, data in items:
                heapq.heappush(self._pending, (base + delay, next(self._sequence), data))
                queued = True
            if not queued:
                return
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
        with self._build_lock:  # a modem built from now on does not subscribe
            self.closed = True
            modem = self._modem
        if modem is not None:
            modem.unsubscribe(self._unsolicited)
        with self._cond:
            self.closed = True
            self._cond.notify_all()
