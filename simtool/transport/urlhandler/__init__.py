"""pyserial URL handlers of the transport layer (replay://). The simulator's sim:// lives in
simtool/sim/urlhandler/."""

from __future__ import annotations

import serial

PACKAGE = "simtool.transport.urlhandler"


def register() -> None:
    """Make serial.serial_for_url know replay:// (idempotent; imports explicitly so a broken
    handler fails loudly instead of becoming 'protocol not known')."""
    from simtool.transport.urlhandler import protocol_replay  # noqa: F401

    if PACKAGE not in serial.protocol_handler_packages:
        serial.protocol_handler_packages.append(PACKAGE)
