"""Imports done in the background while a check waits on its modem (or on ModemManager).

A check spends most of its wall time waiting for replies, and a good part of its CPU time
importing what it needs once they are in (the readers, the checklist, the report). One
background thread per process imports the modules asked for, in the order asked, while the
check's own thread waits on I/O; `import_in_background()` returns a `Pending` to wait on
before using them.

A caller never imports a module it requested before its Pending is done: two threads
importing the same package at once can hit Python's import deadlock (seen: _DeadlockError
on simtool.providers.database). Nothing here imports `typing` or `dataclasses` (see
simtool.log): the AT source's first byte waits for this module.
"""

from __future__ import annotations

import importlib
import sys
import threading
from collections.abc import Sequence

from simtool.log import get_logger

log = get_logger(__name__)

# The prefetch is CPU-bound while the check's thread only waits for replies: a 1 ms switch
# interval (Python's default is 5 ms) hands the interpreter back to the check within a
# millisecond of a reply arriving. Restored when the imports are done.
SWITCH_INTERVAL = 0.001


class Pending:
    """Modules being imported in the background; `join()` waits until they are (or until
    importing them failed: the caller's own import then reports the error)."""

    def __init__(self, modules: Sequence[str]) -> None:
        self.modules = tuple(modules)
        self._done = threading.Event()

    def join(self, timeout: float | None = None) -> None:
        self._done.wait(timeout)

    wait = join

    def is_done(self) -> bool:
        return self._done.is_set()

    def _finish(self) -> None:
        self._done.set()


_lock = threading.Lock()
_queue: list[Pending] = []
_thread: threading.Thread | None = None


def import_in_background(modules: Sequence[str]) -> Pending:
    """Import `modules` in the background, after everything requested before them."""
    global _thread
    pending = Pending(modules)
    with _lock:
        if not _queue and all(name in sys.modules for name in pending.modules):
            pending._finish()       # nothing to do: no thread
            return pending
        _queue.append(pending)
        if _thread is None:
            _thread = threading.Thread(target=_run, name="simtool-prefetch", daemon=True)
            _thread.start()
    return pending


def _run() -> None:
    global _thread
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, SWITCH_INTERVAL))
    while True:
        with _lock:
            if not _queue:
                # Under the lock: a thread started after this one keeps its own interval.
                sys.setswitchinterval(previous)
                _thread = None
                return
            pending = _queue[0]
        try:
            for name in pending.modules:
                importlib.import_module(name)
        except Exception:  # noqa: BLE001 - only a head start: the caller's import reports it
            log.debug("prefetch of %s failed", pending.modules, exc_info=True)
        finally:
            with _lock:
                _queue.pop(0)
            pending._finish()
