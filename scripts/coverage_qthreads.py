"""Coverage of the app's worker thread (scripts/coverage.sh runs this at interpreter start).

coverage's `concurrency = ["thread"]` starts its tracer in threads made by `threading` only. The
app's modem worker lives on a QThread, which Qt starts: its slots would never be measured. Worse,
PySide6 gives a Qt thread a fresh Python thread state for each call into Python, so a trace
function set in one slot is gone by the next. This hook makes `simtool.gui.worker` use a QThread
whose `run()` is Python code: the thread keeps one Python thread state while its event loop
runs, and the tracer coverage gave `threading.settrace` is installed once at its start.

Only for measuring: scripts/coverage.sh writes a .pth file into the venv that runs this file
when SIMTOOL_COVERAGE_HOOK names it; nothing in simtool or the tests imports it.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import threading
from types import ModuleType
from typing import Any

TARGET = "simtool.gui.worker"


def _traced_thread_class(base: type) -> type:
    class TracedQThread(base):  # type: ignore[misc, valid-type]
        """A QThread whose event loop runs under coverage's thread tracer."""

        def run(self) -> None:
            hook = getattr(threading, "_trace_hook", None)   # set by threading.settrace
            if hook is not None:
                sys.settrace(hook)
            super().run()                                  # QThread.run: exec()

    TracedQThread.__name__ = TracedQThread.__qualname__ = "QThread"
    return TracedQThread


def _patch(module: ModuleType) -> None:
    base = getattr(module, "QThread", None)
    if base is not None:
        module.QThread = _traced_thread_class(base)  # type: ignore[attr-defined]
    worker = getattr(module, "ModemWorker", None)
    # `warm_up` runs on the thread's `started` signal, before run(): trace it by hand.
    original = getattr(worker, "warm_up", None)
    if worker is not None and original is not None:
        def warm_up(self: Any) -> None:
            hook = getattr(threading, "_trace_hook", None)
            if hook is not None and sys.gettrace() is None:
                sys.settrace(hook)
            original(self)
        warm_up.__doc__ = original.__doc__
        worker.warm_up = warm_up


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: importlib.abc.Loader) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> Any:          # get_source, get_code, ... as before
        return getattr(self._inner, name)

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType | None:
        return self._inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._inner.exec_module(module)
        _patch(module)


class _Finder(importlib.abc.MetaPathFinder):
    def __init__(self) -> None:
        self._looking = False           # other finders (the editable install's) search again

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != TARGET or self._looking:
            return None
        self._looking = True
        try:
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None and spec.loader is not None:
                    spec.loader = _Loader(spec.loader)
                    return spec
            return None
        finally:
            self._looking = False


if not any(isinstance(f, _Finder) for f in sys.meta_path):
    sys.meta_path.insert(0, _Finder())
