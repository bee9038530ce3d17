"""The background imports a check makes while it waits (simtool.sources.prefetch): in the
order asked, one thread at a time, never a hang when a module fails to import. The modules
are real files in a temporary directory that note when they are imported."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from simtool.sources import prefetch
from simtool.sources.prefetch import import_in_background


@pytest.fixture
def modules(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    package = f"prefetch_probe_{id(tmp_path)}"
    root = tmp_path / package
    root.mkdir()
    (root / "__init__.py").write_text("ORDER = []\n")
    for name in ("first", "second", "third"):
        (root / f"{name}.py").write_text(
            "import threading\n"
            f"from {package} import ORDER\n"
            f"ORDER.append(('{name}', threading.current_thread().name))\n")
    (root / "broken.py").write_text("raise ImportError('broken on purpose')\n")
    sys.path.insert(0, str(tmp_path))
    try:
        import importlib

        order = importlib.import_module(package).ORDER
        yield package, order
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.startswith(package)]:
            del sys.modules[name]


def test_imports_in_the_order_asked_in_one_background_thread(
        modules: tuple[str, list[str]]) -> None:
    package, order = modules
    first = import_in_background([f"{package}.second", f"{package}.first"])
    later = import_in_background([f"{package}.third"])
    later.join(timeout=10)
    assert first.is_done() and later.is_done()
    assert [name for name, _thread in order] == ["second", "first", "third"]
    assert {thread for _name, thread in order} == {"simtool-prefetch"}


def test_what_is_imported_already_needs_no_thread(modules: tuple[str, list[str]]) -> None:
    package, _order = modules
    import_in_background([f"{package}.first"]).join(timeout=10)
    before = threading.active_count()
    pending = import_in_background([f"{package}.first", "sys"])
    assert pending.is_done() and threading.active_count() == before


def test_a_module_that_fails_does_not_hang_the_caller(modules: tuple[str, list[str]]) -> None:
    package, order = modules
    interval = sys.getswitchinterval()
    pending = import_in_background([f"{package}.broken", f"{package}.first"])
    pending.join(timeout=10)
    assert pending.is_done()
    assert f"{package}.broken" not in sys.modules
    # The caller's own import reports the error, as without the prefetch.
    with pytest.raises(ImportError, match="broken on purpose"):
        __import__(f"{package}.broken")
    # Later requests still run, and the switch interval is back to what it was.
    import_in_background([f"{package}.third"]).join(timeout=10)
    assert order[-1][0] == "third"
    thread = prefetch._thread
    if thread is not None:
        thread.join(timeout=10)
    assert sys.getswitchinterval() == interval
