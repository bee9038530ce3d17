"""Saved-report history as the app lists it: newest first.

The report layer owns the history folder (simtool.report.history); this adapter gives the
app one small shape to list, and falls back to plain JSON files in paths.reports_dir() while
that module is not there.
"""

from __future__ import annotations

import importlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from simtool.report.model import Report

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HistoryEntry:
    path: Path
    label: str


def _history_module() -> Any:
    try:
        return importlib.import_module("simtool.report.history")
    except ImportError:
        return None


def save_to_history(report: Report, *, redact: bool = False) -> Path:
    history = _history_module()
    if history is None:
        return _save_fallback(report, redact)
    return Path(history.save_to_history(report, redact=redact))


def list_history() -> list[HistoryEntry]:
    history = _history_module()
    if history is None:
        paths = _list_fallback()
    else:
        paths = [Path(getattr(p, "path", p)) for p in history.list_history()]
    return [HistoryEntry(path, _label(path)) for path in paths]


def _label(path: Path) -> str:
    """'2026-11-22 04:10 UTC — problem: No SIM card …' from the file's own contents."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        verdict = data.get("verdict") or {}
        created = str(data.get("created", "")).replace("T", " ").replace("Z", " UTC")
        return f"{created} \u2014 {verdict.get('status', '?')}: {verdict.get('summary', '')}"
    except (OSError, ValueError, AttributeError):
        return path.name


def _save_fallback(report: Report, redact: bool) -> Path:
    from simtool.fileio import write_atomic
    from simtool.paths import reports_dir
    from simtool.report import render

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = reports_dir() / f"report-{stamp}.json"
    write_atomic(path, render(report, "json", redact=redact))
    return path


def _list_fallback() -> list[Path]:
    from simtool.paths import reports_dir

    folder = reports_dir()
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
