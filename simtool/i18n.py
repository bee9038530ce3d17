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


def system_language(environ: dict[str, str] | None = None,
                    platform: str | None = None) -> str:
    """The locale variables (POSIX order: LC_ALL, LC_MESSAGES, LANG, LANGUAGE); where none
    is set, the language of the OS's user interface on Windows and macOS; else English."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(var)
        if value:
            return normalise(value.split(":")[0]) or "en"
    return normalise(os_ui_language(sys.platform if platform is None else platform)) or "en"


def os_ui_language(platform: str) -> str | None:
    """The user's interface language as the OS has it (Windows, macOS); None elsewhere or
    when it cannot be read. Only asked when no locale variable is set."""
    try:
        if platform == "win32":
            return _windows_ui_language()
        if platform == "darwin":
            return _macos_ui_language()
    except Exception:  # noqa: BLE001 - an unreadable setting means "no preference"
        return None
    return None


def windows_language_name(langid: int) -> str | None:
    """A Windows LANGID (GetUserDefaultUILanguage) as a locale name: 0x0804 -> 'zh_CN'."""
    import locale  # noqa: PLC0415 - only without locale variables, on Windows

    return locale.windows_locale.get(langid)


def _windows_ui_language() -> str | None:
    import ctypes  # noqa: PLC0415

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return None
    return windows_language_name(int(windll.kernel32.GetUserDefaultUILanguage()))


def macos_language(preferences: dict[str, object]) -> str | None:
    """The first of the user's preferred languages (AppleLanguages, e.g. 'zh-Hans-CN'), else
    the region's locale (AppleLocale, e.g. 'zh_CN'), from the global preferences."""
    languages = preferences.get("AppleLanguages")
    if isinstance(languages, list) and languages and isinstance(languages[0], str):
        return languages[0]
    apple_locale = preferences.get("AppleLocale")
    return apple_locale if isinstance(apple_locale, str) else None


def _macos_ui_language() -> str | None:
    import plistlib  # noqa: PLC0415 - only without locale variables, on macOS

    path = os.path.expanduser("~/Library/Preferences/.GlobalPreferences.plist")
    with open(path, "rb") as handle:
        preferences = plistlib.load(handle)
    return macos_language(preferences) if isinstance(preferences, dict) else None


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
