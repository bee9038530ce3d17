"""Reports saved from the app, kept under paths.reports_dir(), listed newest first.

Each save keeps the JSON report (what "Open report..." reads back) and, when another
format was asked for, that export next to it under the same name stem:
    20261120T093000Z-dev-ttyUSB3.json
    20261120T093000Z-dev-ttyUSB3.pdf
Every file is written atomically, so a crash never leaves half a report in the list.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from simtool import paths
from simtool.fileio import write_atomic
from simtool.report import EXTENSIONS, render
from simtool.report.model import Report


@dataclass
class HistoryItem:
    path: Path                     # the JSON report
    created: str | None            # ISO 8601 UTC, from the report
    verdict: str | None            # ok | problem | inconclusive
    summary: str | None            # the verdict sentence
    port: str | None
    exports: list[Path] = field(default_factory=list)   # other formats saved with it


def _slug(text: str | None) -> str:
    """A file-name-safe version of the port ('/dev/ttyUSB3' -> 'dev-ttyUSB3', 'COM7')."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text or "").strip("-")
    return slug[:40] or "modem"


def _stem(report: Report, folder: Path) -> str:
    stamp = re.sub(r"[^0-9TZ]", "", report.created) or "report"
    base = f"{stamp}-{_slug(report.facts.port.url or report.facts.port.device)}"
    stem, counter = base, 1
    while (folder / f"{stem}.json").exists():  # two checks in one second: keep both
        counter += 1
        stem = f"{base}-{counter}"
    return stem


def save_to_history(report: Report, fmt: str = "json", *,
                    same_as: Path | None = None) -> Path:
    """Save `report` (and its `fmt` export) in the history; returns the `fmt` file.
    `same_as`: the JSON of an earlier save of this same check (the app exporting it in a
    second format): its entry gets the new format instead of a second entry."""
    folder = paths.reports_dir()
    folder.mkdir(parents=True, exist_ok=True)
    if same_as is not None and same_as.parent == folder and same_as.exists():
        stem = same_as.stem
    else:
        stem = _stem(report, folder)
    json_path = folder / f"{stem}.json"
    write_atomic(json_path, render(report, "json"))
    if fmt == "json":
        return json_path
    export_path = folder / f"{stem}.{EXTENSIONS[fmt]}"
    write_atomic(export_path, render(report, fmt))
    return export_path


def _item(path: Path) -> HistoryItem | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # not ours, or unreadable: not listed rather than crashing the list
    if not isinstance(data, dict) or data.get("schema") != "simtool.report/1":
        return None
    verdict = data.get("verdict") or {}
    port = data.get("port") or {}
    exports = sorted(p for p in path.parent.glob(f"{path.stem}.*")
                     if p != path and not p.name.startswith("."))
    return HistoryItem(path=path, created=data.get("created"), verdict=verdict.get("status"),
                       summary=verdict.get("summary"),
                       port=port.get("url") or port.get("device"), exports=exports)


def delete_from_history(path: Path) -> list[Path]:
    """Remove a saved report (its JSON `path`) and the exports saved with it; returns what
    was removed. Only files of the history folder are touched."""
    folder = paths.reports_dir()
    if path.parent.resolve() != folder.resolve() or path.suffix != ".json":
        raise ValueError(f"{path} is not a report of the history folder")
    removed = []
    for item in sorted(folder.glob(f"{path.stem}.*")):
        if item.name.startswith(".") or item.stem != path.stem:
            continue
        item.unlink(missing_ok=True)
        removed.append(item)
    return removed


def list_history() -> list[HistoryItem]:
    """Every saved report, newest first (temporary files of unfinished writes are skipped)."""
    folder = paths.reports_dir()
    if not folder.is_dir():
        return []
    items = [item for path in folder.glob("*.json")
             if not path.name.startswith(".") and (item := _item(path)) is not None]
    return sorted(items, key=lambda i: (i.created or "", i.path.name), reverse=True)
