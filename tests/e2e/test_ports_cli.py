"""`simtool ports` end to end: a real simtool process probing real pseudo-terminals."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

CONTRACT_KEYS = {"device", "at", "vid", "pid", "serial_number", "manufacturer", "product",
                 "interface", "description", "role"}


class Modem:
    """The far end of a pty answering AT with echo and OK (V.250 power-on defaults)."""

    def __init__(self, answers: bool) -> None:
        self.master, slave = pty.openpty()
        self.path = os.ttyname(slave)
        os.close(slave)
        self.received = bytearray()
        self._answers = answers
        self._stop_r, self._stop_w = os.pipe()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            ready, _, _ = select.select([self.master, self._stop_r], [], [])
            if self._stop_r in ready:
                return
            try:
                data = os.read(self.master, 1024)
            except OSError:
                data = b""
            if not data:
                select.select([self._stop_r], [], [], 0.01)
                continue
            self.received += data
            if self._answers and data.endswith(b"\r"):
                os.write(self.master, data + b"\r\nOK\r\n")

    def close(self) -> None:
        os.write(self._stop_w, b"x")
        self._thread.join(5)
        for fd in (self.master, self._stop_r, self._stop_w):
            os.close(fd)


@pytest.fixture
def five_ports() -> Iterator[list[Modem]]:
    ports = [Modem(answers=(n == 3)) for n in range(5)]
    yield ports
    for port in ports:
        port.close()


def simtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simtool", "ports", *args], text=True,
                          capture_output=True, timeout=60)


def test_probe_json_marks_the_one_at_port(five_ports: list[Modem]) -> None:
    result = simtool("--probe", *(p.path for p in five_ports), "--timeout", "1", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["device"] for row in rows] == [p.path for p in five_ports]
    assert [row["at"] for row in rows] == [False, False, False, True, False]
    for row in rows:
        assert CONTRACT_KEYS <= row.keys()
    assert [row["likely_at"] for row in rows] == [False, False, False, True, False]
    assert {row["error"]["kind"] for row in rows if not row["at"]} == {"silent"}
    for port in five_ports:
        assert bytes(port.received) == b"AT\r"        # nothing else was ever sent


def test_probe_text_says_which_port_to_use(five_ports: list[Modem]) -> None:
    result = simtool("--probe", *(p.path for p in five_ports), "--timeout", "0.5")
    assert result.returncode == 0, result.stderr
    answering = five_ports[3].path
    lines = result.stdout.splitlines()
    assert any(line.startswith("* " + answering) and line.rstrip().endswith("yes")
               for line in lines), result.stdout
    assert f"use --port {answering}" in result.stdout


def test_probe_with_no_answer_exits_unreachable() -> None:
    port = Modem(answers=False)
    try:
        result = simtool("--probe", port.path, "--timeout", "0.3")
    finally:
        port.close()
    assert result.returncode == 2
    assert "No port answered AT." in result.stdout


def test_probe_explains_a_port_held_by_another_program() -> None:
    port = Modem(answers=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import serial, sys; p = serial.Serial(sys.argv[1], "
         "exclusive=True); print('holding', flush=True); sys.stdin.read()", port.path],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        result = simtool("--probe", port.path, "--timeout", "0.3")
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
        port.close()
    assert result.returncode == 2
    assert "no (busy)" in result.stdout
    assert "is in use by python" in result.stdout and f"(pid {holder.pid})" in result.stdout


def test_listing_without_probe_has_at_null() -> None:
    result = simtool("--json")
    rows = json.loads(result.stdout)
    assert isinstance(rows, list)
    for row in rows:
        assert CONTRACT_KEYS <= row.keys()
        assert row["at"] is None
    if not rows:
        assert result.returncode == 2
        assert "simtool check --port sim://healthy" in result.stderr


def test_bad_timeout_is_a_usage_error() -> None:
    assert simtool("--probe", "--timeout", "0").returncode == 64
