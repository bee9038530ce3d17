"""The real app starts under X11 (Xvfb, Qt's xcb platform plugin) as a user starts it, in
English and Chinese, at 100 % and 150 %: the libraries the quick start installs are enough
(issue 16, item 10: the app would not start without libxcb-cursor0 and friends)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb not installed")


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server (1366x768, 24 bit) for this module; stopped at its end."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()     # Xvfb writes its display number when ready
    try:
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.mark.slow
@pytest.mark.parametrize(("language", "scale"), [("en", "1"), ("zh_CN", "1.5")])
def test_the_app_starts_under_x11_and_shows_a_check(display: str, tmp_path: Path,
                                                    language: str, scale: str) -> None:
    shot = tmp_path / "window.png"
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb",
           "QT_SCALE_FACTOR": scale, "SIMTOOL_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "simtool.gui.app", "--lang", language,
         "--port", "sim://wrong-apn?latency=0", "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert "could not load the qt platform plugin" not in done.stderr.lower(), done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])      # the IHDR chunk
    # The window fits the 1366x768 screen: at 150 % it is fitted to 911x512 logical pixels.
    assert 0 < width <= 1366 and 0 < height <= 768
