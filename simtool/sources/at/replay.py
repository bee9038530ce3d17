"""Offline replay: a saved report's AT transcript, played back through the replay:// port,
so the checklist of today can judge the modem it recorded (`simtool check --replay`).

The runner reads the transcript like any AT port; `Recording.adopt` then puts back what the
saved report knew and the replay cannot: the recorded port, and the home network of a
redacted report (its IMSI is masked in the transcript).
"""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path
from typing import Any, NamedTuple

from simtool.errors import SimtoolError
from simtool.facts import Facts
from simtool.i18n import tr
from simtool.transport.urlhandler import register as register_replay_handler


class ReplayError(SimtoolError):
    pass


class Recording(NamedTuple):
    url: str                    # the replay:// port playing the transcript back
    saved: dict[str, Any]       # the saved report, as JSON

    @property
    def support(self) -> dict[str, Any]:
        """What the user said in the saved report (`support`), {} when absent."""
        support = self.saved.get("support")
        return support if isinstance(support, dict) else {}

    def adopt(self, facts: Facts) -> None:
        """Put the recorded port and home network into facts read from the replay."""
        if isinstance(self.saved.get("port"), dict):
            for key, value in self.saved["port"].items():
                if hasattr(facts.port, key):
                    setattr(facts.port, key, value)
        _adopt_recorded_home(facts, self.saved)


def load_recording(path: str | Path) -> Recording:
    """The saved report at `path`, ready to replay; ReplayError when it is not one."""
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
    register_replay_handler()
    return Recording("replay://" + urllib.parse.quote(str(file.resolve())), saved)


def _adopt_recorded_home(facts: Facts, saved: dict[str, Any]) -> None:
    """A redacted report masks the IMSI in its transcript, but keeps the home network
    (MCC/MNC) in `sim.home`: judge the APN by that instead of "no provider for ?/?"."""
    sim = saved.get("sim")
    home = sim.get("home") if isinstance(sim, dict) else None
    if facts.sim.home.mcc or not isinstance(home, dict):
        return
    mcc, mnc = home.get("mcc"), home.get("mnc")
    if not (isinstance(mcc, str) and isinstance(mnc, str) and mcc.isdigit() and mnc.isdigit()):
        return
    facts.sim.home.mcc, facts.sim.home.mnc = mcc, mnc
    facts.apn.expected, facts.apn.provider = [], None
