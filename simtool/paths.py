"""Every directory simtool writes to, from platformdirs, movable as a whole.

Set SIMTOOL_HOME to keep config, data, state and cache under one folder (tests do this,
and so can a portable install).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from simtool import APP_NAME


def _base() -> Path | None:
    home = os.environ.get("SIMTOOL_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    base = _base()
    return base / "config" if base else platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    base = _base()
    return base / "data" if base else platformdirs.user_data_path(APP_NAME, appauthor=False)


def state_dir() -> Path:
    base = _base()
    return base / "state" if base else platformdirs.user_state_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    base = _base()
    return base / "log" if base else platformdirs.user_log_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    base = _base()
    return base / "cache" if base else platformdirs.user_cache_path(APP_NAME, appauthor=False)


def reports_dir() -> Path:
    """History of reports saved from the app, newest listed first."""
    return data_dir() / "reports"
