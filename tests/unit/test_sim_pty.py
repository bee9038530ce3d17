"""The pty server in-process: clients may close and reopen the device; with or without the
server's own handle on the slave (without it the master reports EIO between clients)."""

from __future__ import annotations

import sys
import threading

import pytest
import serial

from simtool.sim.modem import Config, Modem
from simtool.sim.pty import PtyServer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")


@pytest.mark.parametrize("hold_slave", [True, False])
def test_clients_reopen_and_see_one_modem(hold_slave: bool) -> None:
    server = PtyServer(Modem(Config(scenario="pin-locked")), hold_slave=hold_slave)
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        for left in (2, 1):
            port = serial.serial_for_url(server.path, timeout=5)
            port.write(b"ATE0;+CMEE=1\r")
            # Echo is on only for the first client: the modem keeps ATE0 across opens.
            echo = b"ATE0;+CMEE=1\r" if left == 2 else b""
            assert port.read(len(echo) + 6) == echo + b"\r\nOK\r\n"
            port.write(b"AT+CPIN=0000\r")
            assert port.read(len(b"\r\n+CME ERROR: 16\r\n")) == b"\r\n+CME ERROR: 16\r\n"
            expected = f"\r\n+CPINR: SIM PIN,{left},3\r\n".encode()
            port.write(b'AT+CPINR="SIM PIN"\r')
            assert port.read(len(expected)) == expected
            port.close()
    finally:
        server.stop()
        thread.join(timeout=5)
        server.close()
    assert not thread.is_alive()
