"""App settings (last port, window geometry, language) in a JSON file under the config dir.

JSON rather than QSettings so the file sits where simtool.paths says (SIMTOOL_HOME moves it)
and is written atomically like every other file simtool writes.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from simtool import SETTINGS_FILE
from simtool.fileio import write_atomic
from simtool.paths import config_dir

log = logging.getLogger(__name__)

FILE_NAME = SETTINGS_FILE


@dataclass
class Settings:
    last_port: str | None = None
    geometry: str | None = None       # QWidget.saveGeometry(), base64
    language: str | None = None       # None = system locale
    redact_exports: bool = False
    export_dir: str | None = None     # where the last export or bundle went
    # Not a field, so never saved: an instance set to False (a --screenshot run) leaves the
    # user's file alone.
    persistent = True

    @staticmethod
    def path() -> Path:
        return config_dir() / FILE_NAME

    @classmethod
    def load(cls) -> Settings:
        try:
            data = json.loads(cls.path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as error:
            log.warning("ignoring unreadable settings %s: %s", cls.path(), error)
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known}) if isinstance(data, dict) \
            else cls()

    def save(self) -> None:
        if not self.persistent:
            return
        try:
            write_atomic(self.path(), json.dumps(asdict(self), indent=2) + "\n")
        except OSError as error:
            log.warning("could not save settings to %s: %s", self.path(), error)
