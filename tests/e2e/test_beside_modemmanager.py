"""A port ModemManager holds is never opened beside it, even by root (root is not stopped by
ModemManager's exclusive lock). A process named ModemManager holds a pseudo-terminal here;
`simtool check --port` on it must refuse without writing a byte, and not hang."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import tty
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc to find the port's holder")


@pytest.fixture
def held_port(tmp_path: Path) -> Iterator[tuple[int, str]]:
    """(pty master, slave path) with the slave held open by a process named ModemManager
    (a copy of the Python interpreter under that name: /proc/PID/comm says ModemManager)."""
    master, slave = os.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)
    os.close(slave)
    fake = tmp_path / "ModemManager"
    shutil.copy(sys.executable, fake)
    holder = subprocess.Popen([str(fake), "-c", "import sys, time; f = open(sys.argv[1], 'rb');"
                               " print('held', flush=True); time.sleep(120)", path],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    try:
        yield master, path
    finally:
        holder.kill()
        holder.wait(5)
        holder.stdout.close()
        os.close(master)


def test_simtool_neither_opens_nor_hangs(held_port: tuple[int, str]) -> None:
    master, path = held_port
    # No ModemManager on any bus: simtool cannot read through it, so it must refuse.
    env = {**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/simtool-bus"}
    done = subprocess.run([sys.executable, "-m", "simtool", "check", "--port", path,
                           "--timeout", "2"], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "held by ModemManager" in done.stdout
    assert "Traceback" not in done.stderr
    ready, _, _ = select.select([master], [], [], 0.2)
    assert not ready, "simtool wrote to a port ModemManager holds"


def test_no_modemmanager_refuses_the_same(held_port: tuple[int, str]) -> None:
    master, path = held_port
    env = {**os.environ, "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/simtool-bus"}
    done = subprocess.run([sys.executable, "-m", "simtool", "check", "--port", path,
                           "--no-modemmanager", "--format", "json"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert '"kind"' not in done.stderr and "Traceback" not in done.stderr
    ready, _, _ = select.select([master], [], [], 0.2)
    assert not ready
