"""Test setup shared by every test: headless Qt, and no test ever touches the real home."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before anything imports simtool.paths: every directory under one throw-away folder.
os.environ["SIMTOOL_HOME"] = tempfile.mkdtemp(prefix="simtool-test-home-")
# English output whatever the developer's locale (tests that want Chinese set LANG or --lang).
for _var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"
# Finding sticks and routers asks each default gateway of this machine: never in tests (a
# test names the simulated device it serves on 127.0.0.1 instead).
os.environ["SIMTOOL_GATEWAYS"] = "none"
