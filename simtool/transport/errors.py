"""Typed port errors. Each carries a `kind` (the `port` check keys on it) and a message
that tells the user what to do. The port doctor (transport/doctor.py) fills in specifics
such as the process holding the port or the exact command to fix permissions."""

from __future__ import annotations

from simtool.errors import SimtoolError

PORT_ERROR_KINDS = ("not-found", "permission", "busy", "silent", "vanished", "driver", "login",
                    "other", "not-at", "stalled", "deadline")


class PortError(SimtoolError):
    kind = "other"

    def __init__(self, message: str, *, url: str | None = None, remedy: str | None = None):
        super().__init__(message)
        self.url = url
        self.remedy = remedy


class PortNotFound(PortError):
    kind = "not-found"


class PortPermissionDenied(PortError):
    kind = "permission"


class PortBusy(PortError):
    kind = "busy"

    def __init__(self, message: str, *, url: str | None = None, remedy: str | None = None,
                 holder: str | None = None):
        super().__init__(message, url=url, remedy=remedy)
        self.holder = holder      # e.g. "ModemManager (pid 812)" when it can be found


class PortSilent(PortError):
    """The port opened but nothing answered AT: probably not the AT port."""

    kind = "silent"


class PortVanished(PortError):
    """The port went away mid-command (modem unplugged or reset)."""

    kind = "vanished"


class DriverMissing(PortError):
    """A modem is present but exposes no serial port (storage/HiLink mode, no driver)."""

    kind = "driver"


class LoginRequired(PortError):
    """A stick or router answers on its web API but shows the facts asked only after its
    admin login, and none was made: no password given, a wrong one, a locked login, or one
    attempt left (never spent by simtool)."""

    kind = "login"


class PortNotAt(PortError):
    """The port sends something, but not AT: binary noise (the wrong baud rate, another
    protocol), NMEA, a diagnostic protocol, or results of a port in data mode."""

    kind = "not-at"

    def __init__(self, message: str, *, url: str | None = None, remedy: str | None = None,
                 heard: str | None = None):
        super().__init__(message, url=url, remedy=remedy)
        self.heard = heard        # what came instead: binary, nmea, diag, text, a result code


class PortStalled(PortError):
    """The modem answered, then stopped: no byte back, or only endless data, for commands
    in a row (hung, resetting, or flooding the port)."""

    kind = "stalled"


class DeadlineReached(PortError):
    """The check's overall deadline passed before the modem had answered everything."""

    kind = "deadline"
