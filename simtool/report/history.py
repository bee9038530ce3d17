"""Reports saved from the app, kept under paths.reports_dir(), listed newest first, and the
card history: every check's card indexed by ICCID.

Each save keeps the JSON report (what "Open report..." reads back) and, when another
format was asked for, that export next to it under the same name stem:
    20261120T093000Z-dev-ttyUSB3.json
    20261120T093000Z-dev-ttyUSB3.pdf
Every file is written atomically, so a crash never leaves half a report in the list.

The card index (cards.json beside the reports) keeps, per ICCID, the devices (IMEIs) the
card was seen in and the last check that found no problem, from the checks run here (the
app's and the CLI's) and the saved reports (it is rebuilt from them when missing). It lets
a check say "this card last worked in another device" (IoT cards are often bound to their
first device) and fill in when it last worked. Identifiers masked by --redact are skipped.
`clear_history()` forgets it all.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from simtool import paths
from simtool.facts import CardDevice, CardHistory
from simtool.fileio import write_atomic
from simtool.i18n import tr
from simtool.log import get_logger
from simtool.report import EXTENSIONS, render
from simtool.report.model import Report

log = get_logger(__name__)


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


# --- the card index -------------------------------------------------------------------------

CARDS_FILE = "cards.json"
_CARDS_VERSION = 1
_lock = threading.Lock()        # checks of a fleet record their cards from several threads


def cards_path() -> Path:
    return paths.data_dir() / CARDS_FILE


def _known(value: str | None) -> bool:
    """A real identifier: not missing, not masked by --redact."""
    return bool(value) and "*" not in (value or "")


def _note(cards: dict[str, Any], iccid: str, imei: str | None, when: str,
          passed: bool) -> None:
    card = cards.setdefault(iccid, {"first_seen": when, "last_seen": when, "last_passed": None,
                                    "last_passed_imei": None, "devices": {}})
    card["first_seen"] = min(card["first_seen"], when)
    card["last_seen"] = max(card["last_seen"], when)
    device_key = imei if _known(imei) else ""
    device = card["devices"].setdefault(device_key, {"first_seen": when, "last_seen": when,
                                                     "last_passed": None})
    device["first_seen"] = min(device["first_seen"], when)
    device["last_seen"] = max(device["last_seen"], when)
    if passed:
        device["last_passed"] = max(device["last_passed"] or when, when)
        if card["last_passed"] is None or when >= card["last_passed"]:
            card["last_passed"], card["last_passed_imei"] = when, device_key or None


def _report_entry(data: dict[str, Any]) -> tuple[str, str | None, str, bool] | None:
    """(iccid, imei, created, passed) of a saved report's JSON, when it names a card."""
    iccid = (data.get("sim") or {}).get("iccid")
    created = data.get("created")
    if not _known(iccid) or not isinstance(created, str):
        return None
    imei = (data.get("modem") or {}).get("imei")
    passed = (data.get("verdict") or {}).get("status") == "ok"
    return str(iccid), imei if isinstance(imei, str) else None, created, passed


def _index_reports() -> dict[str, Any]:
    """The card index rebuilt from the saved reports."""
    cards: dict[str, Any] = {}
    folder = paths.reports_dir()
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        entry = _report_entry(data) if isinstance(data, dict) else None
        if entry is not None:
            _note(cards, *entry)
    return cards


def load_cards() -> dict[str, Any]:
    """{iccid: record} from cards.json; rebuilt from the saved reports when it is missing,
    empty when it cannot be read (a broken index never breaks a check)."""
    path = cards_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return _index_reports()
    except (OSError, ValueError):
        log.warning("the card history %s cannot be read; starting a new one", path)
        return {}
    cards = data.get("cards") if isinstance(data, dict) else None
    return cards if isinstance(cards, dict) else {}


def _save_cards(cards: dict[str, Any]) -> None:
    # No fsync: every check writes this index, and one lost to a crash is rebuilt from the
    # saved reports (or starts again); the rename still never leaves half a file.
    write_atomic(cards_path(), json.dumps({"version": _CARDS_VERSION, "cards": cards},
                                          ensure_ascii=False, indent=1, sort_keys=True),
                 sync=False)


def record_check(report: Report) -> None:
    """Add the card of `report` (ICCID, IMEI, when, whether it passed) to the index. A
    history that cannot be written is logged, never an error of the check."""
    facts = report.facts
    if not facts.reachable or not _known(facts.sim.iccid):
        return
    try:
        with _lock:
            cards = load_cards()
            _note(cards, str(facts.sim.iccid), facts.modem.imei, report.created,
                  report.verdict.status == "ok")
            _save_cards(cards)
    except OSError as error:
        log.warning("the card history could not be saved: %s", error)


def card_history(iccid: str | None, imei: str | None) -> CardHistory | None:
    """What earlier checks saw of card `iccid`, judged for a check in device `imei`; None
    when this card was never seen here."""
    if not _known(iccid):
        return None
    card = load_cards().get(str(iccid))
    if not isinstance(card, dict):
        return None
    devices = [CardDevice(imei=key or None, first_seen=value.get("first_seen"),
                          last_seen=value.get("last_seen"), last_passed=value.get("last_passed"))
               for key, value in (card.get("devices") or {}).items()]
    devices.sort(key=lambda d: d.last_seen or "", reverse=True)
    moved_from = None
    passed_in = card.get("last_passed_imei")
    if _known(imei):
        if passed_in and passed_in != imei:
            moved_from = passed_in
        elif not card.get("last_passed"):
            seen = next((d.imei for d in devices if d.imei), None)
            if seen and seen != imei:
                moved_from = seen
    return CardHistory(first_seen=card.get("first_seen"), last_seen=card.get("last_seen"),
                       last_passed=card.get("last_passed"), last_passed_imei=passed_in,
                       moved_from=moved_from, devices=devices)


def remember_device(iccid: str, imei: str, when: str, *, passed: bool = True) -> None:
    """Add one sighting of a card to the index (the device-bound scenario's fixture, and
    imports of records kept elsewhere)."""
    with _lock:
        cards = load_cards()
        _note(cards, iccid, imei, when, passed)
        _save_cards(cards)


def clear_history() -> tuple[int, int]:
    """Forget every card and delete every saved report (with its exports): (cards,
    reports) removed. The card index is not rebuilt from reports that are gone."""
    with _lock:
        cards = len(load_cards())
        removed = 0
        for item in list_history():
            for path in (item.path, *item.exports):
                try:
                    path.unlink()
                except FileNotFoundError:
                    continue
            removed += 1
        _save_cards({})
        return cards, removed


def worked_since(history: CardHistory) -> str | None:
    """When the card last passed a check here, as the support details print it."""
    if not history.last_passed:
        return None
    when = history.last_passed.replace("T", " ").replace("Z", " UTC")
    return tr("History", "{when} (simtool's last check without a problem)").format(when=when)
