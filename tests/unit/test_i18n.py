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
