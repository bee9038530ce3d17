"""Translations for the Qt-free core (CLI, checks, remedies, reports).

Mark strings with `tr("Context", "English text")`; the GUI uses Qt's own translator on the
same catalogues (resources/translations/*.ts -> simtool/data/translations/*.qm).
This module never imports Qt, so the CLI can print Chinese without it.
"""

from __future__ import annotations

import os
import sys

SUPPORTED = ("en", "zh_CN")

_language = "en"
_catalogues: dict[str, dict[tuple[str, str], str]] = {}


def normalise(lang: str | None) -> str | None:
    """Map 'zh', 'zh_CN.UTF-8', 'zh-Hans' to 'zh_CN'; 'en_GB' to 'en'; unknown to None."""
    if not lang:
        return None
    code = lang.split(".")[0].split("@")[0].replace("-", "_").lower()
    if code in ("c", "posix"):
        return "en"
    if code.startswith("zh"):
        return "zh_CN"
    if code.startswith("en"):
        return "en"
    return None


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var)
        if value:
            return normalise(value.split(":")[0]) or "en"
    return "en"


def app_settings_file() -> str:
    """Where the desktop app keeps its settings (gui/settings.py: config dir / gui.json).

    On Linux by the XDG rule platformdirs applies, without importing it: platformdirs costs
    ~7 ms, and the CLI asks for its language before a check's first byte. Elsewhere
    platformdirs decides (simtool.paths)."""
    from simtool import APP_NAME, SETTINGS_FILE  # noqa: PLC0415 - the package is loaded

    home = os.environ.get("SIMTOOL_HOME")
    if home:
        return os.path.join(home, "config", SETTINGS_FILE)
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CONFIG_HOME", "").strip() or os.path.expanduser("~/.config")
        return os.path.join(base, APP_NAME, SETTINGS_FILE)
    from simtool.paths import config_dir  # noqa: PLC0415 - slow import, not on Linux

    return os.path.join(config_dir(), SETTINGS_FILE)


def app_language() -> str | None:
    """The language chosen in the desktop app's settings; None when it follows the system."""
    path = app_settings_file()
    try:
        with open(path, encoding="utf-8") as settings:
            text = settings.read(65536)
    except OSError:
        return None
    # The file is JSON that simtool writes itself; one key is needed, not a JSON parser.
    import re  # noqa: PLC0415

    found = re.search(r'"language"\s*:\s*"([^"\\]*)"', text)
    return normalise(found.group(1)) if found else None


def set_language(lang: str | None) -> str:
    """Use `lang` (or the system locale when None); returns the language now in force."""
    global _language
    _language = normalise(lang) or system_language() if lang else system_language()
    return _language


def language() -> str:
    return _language


def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    if lang not in _catalogues:
        from simtool.i18n_catalog import load_catalogue  # noqa: PLC0415 - lazy, only when needed

        _catalogues[lang] = load_catalogue(lang)
    return _catalogues[lang]


def tr(context: str, text: str) -> str:
    """Translate `text` in `context` into the current language (English is the source)."""
    if _language == "en":
        return text
    return _catalogue(_language).get((context, text), text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's marker name
    """Mark a string for extraction without translating it now."""
    return text
