"""Open any port by URL: one code path for hardware, ser2net, RFC 2217 and the simulator.

Everything goes through `serial.serial_for_url`, so `/dev/ttyUSB2`, `COM7`, `/dev/pts/5`,
`socket://host:port`, `rfc2217://host:port`, `sim://healthy` and `replay://...` behave
alike above this module. Failures become the typed errors of `transport.errors`, with the
port doctor (`transport.doctor`) explaining what is wrong and how to fix it.
"""

from __future__ import annotations

import importlib
import os
import threading

import serial

from simtool.transport.errors import PortError

# URL schemes served by simtool's own pyserial handlers: scheme -> package with register().
# They are registered on first use, not at import: the simulator weighs more than pyserial
# itself, and a check on real hardware should not pay for it before its first byte.
_OWN_HANDLERS = {"sim": "simtool.sim.urlhandler", "replay": "simtool.transport.urlhandler"}
_registered: set[str] = set()
_registry_lock = threading.Lock()


def register_handlers(scheme: str) -> None:
    """Register simtool's handler for `scheme` with pyserial (idempotent, thread-safe).

    The handler is imported explicitly, so an error inside it propagates instead of turning
    into pyserial's misleading "protocol 'sim' not known". Only the simulator package itself
    being absent gets its own clear ImportError.
    """
    package = _OWN_HANDLERS.get(scheme)
    if package is None or scheme in _registered:
        return
    with _registry_lock:
        if scheme in _registered:
            return
        try:
            module = importlib.import_module(package)
        except ModuleNotFoundError as error:
            if error.name not in (package, package.rsplit(".", 1)[0]):
                raise
            raise ImportError(f"{scheme}:// needs {package}, which is not installed in this "
                              "copy of simtool") from error
        module.register()
        _registered.add(scheme)


def url_scheme(url: str) -> str | None:
    """'sim' for 'sim://healthy'; None for a device path such as /dev/ttyUSB2 or COM7."""
    if "://" not in url:
        return None
    return url.split("://", 1)[0].lower()


def is_local_device(url: str) -> bool:
    """True for a device node or COM name (no URL scheme): the ports the doctor can examine."""
    return url_scheme(url) is None


def open_port(url: str, *, baudrate: int = 115200, timeout: float = 0.05,
              write_timeout: float = 2.0, exclusive: bool = True) -> serial.SerialBase:
    """Open `url` and return the open pyserial port.

    `exclusive` takes an advisory lock on local POSIX device nodes (pyserial's flock), so two
    programs that both lock never talk over each other; it is ignored for URL handlers and
    on Windows, where COM ports are exclusive anyway.
    Raises a `PortError` subclass whose message and `remedy` the user can act on.
    """
    scheme = url_scheme(url)
    if scheme is not None:
        register_handlers(scheme)
    lock = exclusive and os.name == "posix" and is_local_device(url)
    try:
        port = serial.serial_for_url(url, do_not_open=True)
        port.baudrate = baudrate
        port.timeout = timeout
        port.write_timeout = write_timeout
        if lock:
            port.exclusive = True
    except (ValueError, serial.SerialException) as error:
        # Unknown URL scheme or a malformed URL/setting: nothing was opened yet.
        from simtool.transport.doctor import diagnose_open_error

        raise diagnose_open_error(url, error) from error
    try:
        port.open()
    except (OSError, ValueError, serial.SerialException) as error:
        from simtool.transport.doctor import diagnose_open_error

        raise diagnose_open_error(url, error) from error
    return port


def port_error_from_io(url: str, error: BaseException) -> PortError:
    """The typed error for a read/write that failed on an open port (usually: unplugged).

    For the AT session: `except (OSError, serial.SerialException) as e: raise
    port_error_from_io(url, e) from e`.
    """
    from simtool.transport.doctor import diagnose_io_error

    return diagnose_io_error(url, error)
