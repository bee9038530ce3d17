"""The zh_CN catalogue covers every string in the code, keeps placeholders, and is compiled.

When one of these fails after you added or changed a user-facing string, run
`.venv/bin/python scripts/update_translations.py` and translate the new entries in
resources/translations/simtool_zh_CN.ts (Qt Linguist: `.venv/bin/pyside6-linguist`).
"""

from __future__ import annotations

import filecmp
import importlib.util
import re
import string
import sys
from pathlib import Path
from types import ModuleType

import pytest

from simtool.i18n_catalog import TsMessage, parse_ts

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "simtool_zh_CN.ts"
QM = ROOT / "simtool" / "data" / "translations" / "simtool_zh_CN.qm"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


ut = _load_script()


@pytest.fixture(scope="module")
def messages() -> dict[tuple[str, str], TsMessage]:
    return {m.key: m for m in parse_ts(TS.read_bytes()).messages}


@pytest.fixture(scope="module")
def extracted() -> set[tuple[str, str]]:
    return set(ut.extract().messages)


def _show(keys: list[tuple[str, str]]) -> str:
    return "\n".join(f"  [{c}] {s!r}" for c, s in sorted(keys)[:40])


def test_every_string_in_the_code_is_in_the_catalogue(
        messages: dict[tuple[str, str], TsMessage], extracted: set[tuple[str, str]]) -> None:
    missing = sorted(k for k in extracted
                     if k not in messages or messages[k].kind in ("vanished", "obsolete"))
    assert not missing, (f"{len(missing)} strings are not in {TS.name}; run "
                         f"scripts/update_translations.py:\n{_show(missing)}")


def test_every_string_is_translated_into_chinese(
        messages: dict[tuple[str, str], TsMessage], extracted: set[tuple[str, str]]) -> None:
    untranslated = sorted(k for k in extracted if k in messages and not messages[k].finished)
    assert not untranslated, (f"{len(untranslated)} strings untranslated in zh_CN:\n"
                              f"{_show(untranslated)}")


def _fields(text: str) -> list[str]:
    """The str.format field names in `text` (sorted, with repeats)."""
    try:
        return sorted(name for _, name, _, _ in string.Formatter().parse(text)
                      if name is not None)
    except ValueError:  # not a format string (a stray brace): compare the raw {...} spans
        return sorted(re.findall(r"\{[^{}]*\}", text))


def test_translations_keep_the_placeholders(
        messages: dict[tuple[str, str], TsMessage]) -> None:
    wrong = [f"  [{m.context}] {m.source!r} -> {m.translation!r}"
             for m in messages.values()
             if m.translation and set(_fields(m.source)) != set(_fields(m.translation))]
    assert not wrong, "placeholders differ between source and translation:\n" + "\n".join(wrong)


def test_translations_keep_commands_and_at_strings_literal(
        messages: dict[tuple[str, str], TsMessage]) -> None:
    # `simtool apn set ...` and AT+COPS=0 are typed by the user: they must not be translated.
    wrong = []
    for m in messages.values():
        if not m.translation:
            continue
        for span in re.findall(r"`[^`]+`|AT\+[A-Z0-9]+", m.source):
            if span not in m.translation:
                wrong.append(f"  [{m.context}] {span!r} missing in {m.translation!r}")
    assert not wrong, "\n".join(wrong)


def test_the_catalogue_file_is_what_the_script_writes(
        messages: dict[tuple[str, str], TsMessage]) -> None:
    # Hand edits that break the layout or escaping would make noisy diffs on the next run.
    assert TS.read_text(encoding="utf-8") == ut.render_ts("zh_CN", messages.values())


@pytest.mark.skipif(ut.lrelease_command() is None, reason="pyside6-lrelease not installed")
def test_compiled_qm_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    ut.compile_qm(TS, fresh)
    assert filecmp.cmp(fresh, QM, shallow=False), (
        f"{QM.name} is older than {TS.name}: run scripts/update_translations.py")
