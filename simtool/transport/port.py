"""Open any port by URL: one code path for hardware, ser2net, RFC 2217 and the simulator.

Everything goes through `serial.serial_for_url`, so `/dev/ttyUSB2`, `COM7`, `/dev/pts/5`,
`socket://host:port`, `rfc2217://host:port`, `sim://healthy` and `replay://...` behave
alike above this module. Failures become the typed errors of `transport.errors`, with the
port doctor (`transport.doctor`) explaining what is wrong and how to fix it.
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

import serial

from simtool.transport import urlhandler as transport_urlhandlers
from simtool.transport.errors import PortError

_SIM_HANDLER_MODULE = "simtool.sim.urlhandler"


def _load_sim_handler() -> tuple[ModuleType | None, ImportError | None]:
    """Import and register the simulator's sim:// handler.

    Only the simulator package itself being absent is tolerated (it is written in parallel
    and may not have landed yet); any other import error inside it propagates, because
    pyserial would otherwise turn it into a misleading "protocol 'sim' not known".
    """
    try:
        module = importlib.import_module(_SIM_HANDLER_MODULE)
    except ModuleNotFoundError as error:
        if error.name not in (_SIM_HANDLER_MODULE, "simtool.sim"):
            raise
        return None, error
    module.register()
    return module, None


transport_urlhandlers.register()
_sim_handler, _sim_handler_missing = _load_sim_handler()


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
    if url_scheme(url) == "sim" and _sim_handler is None:
        raise ImportError(
            f"sim:// needs the simulated modem ({_SIM_HANDLER_MODULE}), which is not "
            "installed in this copy of simtool") from _sim_handler_missing
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
