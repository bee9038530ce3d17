"""Offline replay: re-run the checklist on the AT transcript of a saved report."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path
from typing import Any

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
    if not isinstance(saved, dict) or not str(saved.get("schema", "")).startswith(
            "simtool.report/"):
        raise ReplayError(tr("Cli", "{path} is not a simtool report (expected the JSON that "
                             "'simtool check --format json' writes)").format(path=file))
    transcript = saved.get("transcript")
    if not transcript or not isinstance(transcript, list) or not all(
            isinstance(entry, dict) for entry in transcript):
        raise ReplayError(tr("Cli", "{path} has no AT transcript to replay").format(path=file))
    options = options or CheckOptions()
    if options.support is None and isinstance(saved.get("support"), dict):
        # Only the fields we know: a hand-edited or newer report must not break the replay.
        known = {name: saved["support"].get(name) for name in SupportInfo.__dataclass_fields__}
        options.support = SupportInfo(**known)
    register_replay_handler()
    url = "replay://" + urllib.parse.quote(str(file.resolve()))
    report = run_check(url, options)
    # Keep the recorded port's identity: the replay port is only a stand-in for it.
    if isinstance(saved.get("port"), dict):
        for key, value in saved["port"].items():
            if hasattr(report.facts.port, key):
                setattr(report.facts.port, key, value)
    return _with_recorded_home(report, saved, options)


def _with_recorded_home(report: Report, saved: dict[str, Any],
                        options: CheckOptions) -> Report:
    """A redacted report masks the IMSI in its transcript, but keeps the home network
    (MCC/MNC) in `sim.home`: judge the APN by that instead of "no provider for ?/?"."""
    sim = saved.get("sim")
    home = sim.get("home") if isinstance(sim, dict) else None
    if report.facts.sim.home.mcc or not isinstance(home, dict):
        return report
    mcc, mnc = home.get("mcc"), home.get("mnc")
    if not (isinstance(mcc, str) and isinstance(mnc, str) and mcc.isdigit() and mnc.isdigit()):
        return report
    from simtool.diagnosis.checklist import evaluate

    report.facts.sim.home.mcc, report.facts.sim.home.mnc = mcc, mnc
    report.facts.apn.expected, report.facts.apn.provider = [], None
    report.checks, report.verdict = evaluate(report.facts,
                                             manual_answers=options.manual_answers)
    return report
