"""Language choice and tr() in the Qt-free core: --lang, then the app's setting, then locale."""

from __future__ import annotations

import subprocess
import sys

import pytest

from simtool import i18n

LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def clean_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No locale variables, and the module's language restored after the test."""
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(i18n, "_language", i18n.language())
    return monkeypatch


@pytest.mark.parametrize(("given", "expected"), [
    ("zh_CN", "zh_CN"),
    ("zh_CN.UTF-8", "zh_CN"),
    ("zh-Hans", "zh_CN"),
    ("zh", "zh_CN"),
    ("zh_TW.Big5", "zh_CN"),  # the only Chinese catalogue; better than English for most
    ("en_GB.UTF-8", "en"),
    ("en", "en"),
    ("C", "en"),
    ("C.UTF-8", "en"),
    ("POSIX", "en"),
    ("de_DE@euro", None),
    ("", None),
    (None, None),
])
def test_normalise_maps_locale_names(given: str | None, expected: str | None) -> None:
    assert i18n.normalise(given) == expected


def test_system_language_reads_lang(clean_locale: pytest.MonkeyPatch) -> None:
    clean_locale.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"


def test_lc_all_wins_over_lang(clean_locale: pytest.MonkeyPatch) -> None:
    clean_locale.setenv("LANG", "zh_CN.UTF-8")
    clean_locale.setenv("LC_ALL", "C")
    assert i18n.system_language() == "en"


def test_language_list_takes_its_first_entry(clean_locale: pytest.MonkeyPatch) -> None:
    clean_locale.setenv("LANGUAGE", "zh_CN:en_US")
    assert i18n.system_language() == "zh_CN"


def test_no_locale_at_all_means_english(clean_locale: pytest.MonkeyPatch) -> None:
    assert i18n.system_language() == "en"


def test_explicit_language_beats_the_locale(clean_locale: pytest.MonkeyPatch) -> None:
    clean_locale.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.set_language("en") == "en"
    clean_locale.setenv("LANG", "en_US.UTF-8")
    assert i18n.set_language("zh_CN") == "zh_CN"


def test_no_choice_follows_the_locale(clean_locale: pytest.MonkeyPatch) -> None:
    clean_locale.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.set_language(None) == "zh_CN"
    assert i18n.language() == "zh_CN"


def test_unsupported_choice_falls_back_to_the_locale(clean_locale: pytest.MonkeyPatch) -> None:
    clean_locale.setenv("LANG", "zh_CN.UTF-8")
    assert i18n.set_language("fr_FR") == "zh_CN"


@pytest.mark.parametrize(("cli", "setting", "locale", "expected"), [
    ("en", "zh_CN", "zh_CN.UTF-8", "en"),   # --lang first
    (None, "zh_CN", "en_US.UTF-8", "zh_CN"),  # then the app's setting
    (None, "en", "zh_CN.UTF-8", "en"),
    (None, None, "zh_CN.UTF-8", "zh_CN"),   # then the system locale
    (None, "system", "zh_CN.UTF-8", "zh_CN"),  # a "follow the system" setting
])
def test_order_cli_then_setting_then_locale(clean_locale: pytest.MonkeyPatch, cli: str | None,
                                            setting: str | None, locale: str,
                                            expected: str) -> None:
    # The app passes `--lang or its setting`; set_language falls back to the locale.
    clean_locale.setenv("LANG", locale)
    assert i18n.set_language(cli or setting) == expected


def test_english_is_the_source_text(clean_locale: pytest.MonkeyPatch) -> None:
    i18n.set_language("en")
    assert i18n.tr("Report", "Verdict") == "Verdict"


def test_chinese_comes_from_the_shipped_catalogue(clean_locale: pytest.MonkeyPatch) -> None:
    # "Verdict" is a report label (simtool/report/sections.py); it must stay translated.
    i18n.set_language("zh_CN")
    translated = i18n.tr("Report", "Verdict")
    assert translated != "Verdict"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in translated)


def test_unknown_string_passes_through(clean_locale: pytest.MonkeyPatch) -> None:
    i18n.set_language("zh_CN")
    assert i18n.tr("Nowhere", "not a catalogued sentence") == "not a catalogued sentence"


def test_noop_marker_returns_the_source() -> None:
    assert i18n.QT_TRANSLATE_NOOP("Checks", "SIM card") == "SIM card"


def test_translating_never_imports_qt() -> None:
    # The CLI prints Chinese without Qt: load and use the catalogue in a fresh interpreter.
    code = ("import sys; from simtool import i18n; i18n.set_language('zh_CN'); "
            "print(i18n.tr('Report', 'Verdict')); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, encoding="utf-8").stdout.split()
    assert out[-1] == "False"
    assert out[0] != "Verdict"


# -- the OS's language where no locale variable is set (Windows, macOS) -------------------
# The decision logic runs here with the OS readers fed what those systems return.

@pytest.mark.parametrize(("langid", "expected"), [
    (0x0804, "zh_CN"),      # Chinese (Simplified, PRC)
    (0x1004, "zh_CN"),      # Chinese (Singapore)
    (0x0404, "zh_CN"),      # Chinese (Taiwan): the only Chinese catalogue
    (0x0409, "en"),         # English (United States)
    (0x0407, None),         # German: not translated
])
def test_windows_ui_language(langid: int, expected: str | None) -> None:
    assert i18n.normalise(i18n.windows_language_name(langid)) == expected


def test_windows_without_locale_variables_asks_the_os(
        clean_locale: pytest.MonkeyPatch) -> None:
    clean_locale.setattr(i18n, "_windows_ui_language", lambda: "zh_CN")
    assert i18n.system_language(platform="win32") == "zh_CN"
    # A locale variable (Git Bash, MSYS2) still wins.
    assert i18n.system_language({"LANG": "en_US.UTF-8"}, platform="win32") == "en"


def test_a_failing_os_reader_means_english(clean_locale: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise OSError("no such API")

    clean_locale.setattr(i18n, "_windows_ui_language", broken)
    assert i18n.system_language(platform="win32") == "en"


@pytest.mark.parametrize(("preferences", "expected"), [
    ({"AppleLanguages": ["zh-Hans-CN", "en-CN"], "AppleLocale": "en_CN"}, "zh_CN"),
    ({"AppleLanguages": ["en-CN", "zh-Hans-CN"], "AppleLocale": "zh_CN"}, "en"),
    ({"AppleLocale": "zh_CN"}, "zh_CN"),
    ({}, None),
])
def test_macos_language_from_global_preferences(preferences: dict[str, object],
                                                expected: str | None) -> None:
    assert i18n.normalise(i18n.macos_language(preferences)) == expected


def test_macos_reads_the_binary_preferences_file(clean_locale: pytest.MonkeyPatch,
                                                 tmp_path: object) -> None:
    import plistlib
    from pathlib import Path

    home = Path(str(tmp_path))
    prefs = home / "Library" / "Preferences" / ".GlobalPreferences.plist"
    prefs.parent.mkdir(parents=True)
    prefs.write_bytes(plistlib.dumps({"AppleLanguages": ["zh-Hans-CN", "en"]},
                                     fmt=plistlib.FMT_BINARY))
    clean_locale.setenv("HOME", str(home))
    assert i18n.system_language(platform="darwin") == "zh_CN"
    prefs.unlink()
    assert i18n.system_language(platform="darwin") == "en"      # unreadable: English
    assert i18n.system_language(platform="linux") == "en"       # Linux: variables only
