"""Named simulated modems that outlive a port: `sim://healthy?instance=lab1` opened twice
sees the same modem, and tests or the GUI act on its world through `get("lab1")`."""

from __future__ import annotations

import threading
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (mypy knows the name)
if TYPE_CHECKING:
    # Annotation only: the sim:// handler imports this module on the way to a port's first
    # byte, before any modem is built.
    from simtool.sim.modem import Modem

_lock = threading.Lock()
_modems: dict[str, Modem] = {}


def get(name: str) -> Modem:
    """The live modem called `name`; KeyError when no port created it yet."""
    with _lock:
        return _modems[name]


def get_or_create(name: str, factory: Callable[[], Modem]) -> Modem:
    """The modem called `name`, made by `factory` on first use."""
    with _lock:
        if name not in _modems:
            _modems[name] = factory()
        return _modems[name]


def put(name: str, modem: Modem) -> None:
    with _lock:
        _modems[name] = modem


def discard(name: str) -> None:
    """Forget `name` (the next open starts a fresh modem)."""
    with _lock:
        _modems.pop(name, None)


def names() -> list[str]:
    with _lock:
        return sorted(_modems)
