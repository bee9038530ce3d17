"""A second process that holds a serial port open exclusively, under a process name of the
test's choice, as ModemManager or a terminal program would (for the busy-port tests)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

_HOLDER = textwrap.dedent("""
    import sys, serial
    with open("/proc/self/comm", "w") as comm:
        comm.write(sys.argv[2])            # the name the doctor should report
    port = serial.Serial(sys.argv[1], exclusive=True)
    print("holding", flush=True)
    sys.stdin.read()                       # until the test closes our stdin
""")


def hold(path: str, name: str) -> subprocess.Popen[str]:
    """A process named `name` holding `path`, once it holds it."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, path, name], text=True,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def release(holder: subprocess.Popen[str]) -> None:
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(timeout=30)
