"""Base for ports that live in this process (sim://, replay://): no wires, so no baud rate
to set and no modem-control lines; the control lines read as a modem that is present and
ready (CTS, DSR on; RI, CD off)."""

from __future__ import annotations

from serial.serialutil import SerialBase


class VirtualPort(SerialBase):
    def _reconfigure_port(self, force_update: bool = False) -> None:
        pass

    def _update_rts_state(self) -> None:
        pass

    def _update_dtr_state(self) -> None:
        pass

    def _update_break_state(self) -> None:
        pass

    @property
    def cts(self) -> bool:
        return True

    @property
    def dsr(self) -> bool:
        return True

    @property
    def ri(self) -> bool:
        return False

    @property
    def cd(self) -> bool:
        return False
