"""Offline replay: re-run the checklist on the AT transcript of a saved report."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

from simtool.diagnosis.runner import CheckOptions, run_check
from simtool.errors import SimtoolError
from simtool.i18n import tr
from simtool.report.model import Report, SupportInfo
from simtool.transport.urlhandler import register as register_replay_handler


class ReplayError(SimtoolError):
    pass


def replay_report(path: str | Path, options: CheckOptions | None = None) -> Report:
    """The report the checklist gives today for the modem recorded in `path`."""
    file = Path(path)
    try:
        saved = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ReplayError(tr("Cli", "cannot read {path}: {error}").format(
            path=file, error=error)) from error
    if not saved.get("transcript"):
        raise ReplayError(tr("Cli", "{path} has no AT transcript to replay").format(path=file))
    options = options or CheckOptions()
    if options.support is None and isinstance(saved.get("support"), dict):
        options.support = SupportInfo(**saved["support"])
    register_replay_handler()
    url = "replay://" + urllib.parse.quote(str(file.resolve()))
    report = run_check(url, options)
    # Keep the recorded port's identity: the replay port is only a stand-in for it.
    if isinstance(saved.get("port"), dict):
        for key, value in saved["port"].items():
            if hasattr(report.facts.port, key):
                setattr(report.facts.port, key, value)
    return report
