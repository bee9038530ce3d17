"""Test setup shared by every test: headless Qt, and no test ever touches the real home."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before anything imports simtool.paths: every directory under one throw-away folder.
os.environ["SIMTOOL_HOME"] = tempfile.mkdtemp(prefix="simtool-test-home-")
