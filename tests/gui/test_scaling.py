"""150 % scaling on small screens: the window fits, every button can be reached, no page
scrolls sideways, the contact form's fields keep a usable width (issue 16, item 5).

Qt fixes the scale factor and the screen when the application starts, so each case runs
tests/gui/scaled_window_probe.py in a process of its own: QT_SCALE_FACTOR=1.5 and the
offscreen platform with a screen of the given size (its config file), as a 1366x768 or a
1280x720 laptop at 150 % gives the app 911x512 or 853x480 logical pixels.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("scaled_window_probe.py")
ROOT = Path(__file__).parents[2]


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "language"), [
    (1366, 768, "en"), (1280, 720, "en"), (1366, 768, "zh_CN"), (1280, 720, "zh_CN")])
def test_window_at_150_percent_fits_the_screen(tmp_path: Path, width: int, height: int,
                                               language: str) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5",
           "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "SIMTOOL_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(PROBE), language], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # 150 % of the screen: the app sees two thirds of its pixels.
    assert result["screen"][2:] == [round(width / 1.5), round(height / 1.5)] or \
        result["screen"][2:] == [width * 2 // 3, height * 2 // 3]
    assert result["problems"] == []
