"""End to end: `python -m simtool simulate ... --pty` in a subprocess, talked to over the
pseudo-terminal like a real modem's serial port."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
import serial

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

FINAL = re.compile(rb"(OK|ERROR|\+CME ERROR: [^\r]*)\r\n$")


def ask(port: serial.SerialBase, command: str) -> bytes:
    port.write(command.encode() + b"\r")
    data = b""
    while not FINAL.search(data):
        chunk = port.read(1)
        assert chunk, f"no final result code for {command!r}; got {data!r}"
        data += chunk
    return data


def start(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-m", "simtool", "simulate", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    path = process.stdout.readline().strip()
    return process, path


@pytest.fixture
def healthy() -> Iterator[tuple[subprocess.Popen[str], str]]:
    process, path = start("healthy", "--pty")
    yield process, path
    if process.poll() is None:
        process.kill()
        process.wait(10)


def test_first_line_is_the_device_path(healthy: tuple[subprocess.Popen[str], str]) -> None:
    _process, path = healthy
    assert path.startswith("/dev/")
    assert os.path.exists(path)


def test_state_survives_close_and_reopen_and_sigterm_exits_0(
        healthy: tuple[subprocess.Popen[str], str]) -> None:
    process, path = healthy
    port = serial.serial_for_url(path, timeout=5)
    assert ask(port, "AT") == b"AT\r\r\nOK\r\n"  # echo on after power-up
    assert ask(port, "ATE0") == b"ATE0\r\r\nOK\r\n"
    assert ask(port, 'AT+CGDCONT=1,"IP","mine"') == b"\r\nOK\r\n"
    port.close()

    again = serial.serial_for_url(path, timeout=5)
    try:
        # Same modem: echo still off, the written APN still there.
        assert ask(again, "AT+CGDCONT?") == \
            b'\r\n+CGDCONT: 1,"IP","mine","0.0.0.0",0,0\r\n\r\nOK\r\n'
    finally:
        again.close()
    process.terminate()
    assert process.wait(10) == 0


def test_pin_locked_counts_down_across_clients() -> None:
    process, path = start("pin-locked", "--vendor", "quectel", "--pty")
    try:
        for left in (2, 1):
            port = serial.serial_for_url(path, timeout=5)
            ask(port, "ATE0")
            ask(port, "AT+CMEE=1")
            assert ask(port, "AT+CPIN=0000") == b"\r\n+CME ERROR: 16\r\n"
            assert ask(port, "AT+QPINC?").startswith(f'\r\n+QPINC: "SC",{left},10'.encode())
            port.close()
    finally:
        process.send_signal(2)  # SIGINT, like Ctrl+C
        assert process.wait(10) == 0


def test_without_pty_it_explains_and_exits_64() -> None:
    result = subprocess.run([sys.executable, "-m", "simtool", "simulate", "healthy"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 64
    assert "--pty" in result.stderr


def test_list_names_every_scenario() -> None:
    result = subprocess.run([sys.executable, "-m", "simtool", "simulate", "--list"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "roaming-not-allowed" in result.stdout and "cinterion" in result.stdout
