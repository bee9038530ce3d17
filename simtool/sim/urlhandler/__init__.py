"""pyserial URL handler package of the simulated modem (sim://)."""

from __future__ import annotations

import serial

PACKAGE = "simtool.sim.urlhandler"


def register() -> None:
    """Make serial.serial_for_url know sim:// (idempotent). The explicit import makes a
    broken handler fail loudly instead of pyserial's vague 'protocol not known'."""
    from simtool.sim.urlhandler import protocol_sim  # noqa: F401

    if PACKAGE not in serial.protocol_handler_packages:
        serial.protocol_handler_packages.append(PACKAGE)
