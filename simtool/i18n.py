"""Translations for the Qt-free core (CLI, checks, remedies, reports).

Mark strings with `tr("Context", "English text")`; the GUI uses Qt's own translator on the
same catalogues (resources/translations/*.ts -> simtool/data/translations/*.qm).
This module never imports Qt, so the CLI can print Chinese without it.
"""

from __future__ import annotations

import os

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
