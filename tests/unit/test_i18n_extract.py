"""scripts/update_translations.py: extraction by ast, merge into .ts, and the .ts writer."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.i18n_catalog import Location, TsMessage, parse_ts

ROOT = Path(__file__).resolve().parents[2]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


ut = _load_script()

CORE = '''
from simtool.i18n import QT_TRANSLATE_NOOP, tr

CTX = "Checks"
TITLE = QT_TRANSLATE_NOOP("Checks", "SIM card")


def _t(text):
    """Translate in this module's context."""
    return tr(CTX, text)


def _m(text: str) -> str:
    return QT_TRANSLATE_NOOP("Causes", text)


MEANINGS = {8: _m("the line is barred"), 33: _m("no data plan")}


def detail(value, rat, key):
    a = tr("Checks", "RSRP {value} dBm on {rat}").format(value=value, rat=rat)
    b = tr("Checks", "two literals "
                     "joined")
    c = _t("via the wrapper")
    d = tr(CTX, "context from a constant")
    e = tr("Checks", key)          # not literal: flagged
    f = _t(TITLE)                  # not literal: flagged
    g = tr("Checks", "SIM card")   # same message twice
    return a, b, c, d, e, f, g
'''

GUI = '''
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


class StatusPanel(QWidget):
    def __init__(self):
        super().__init__()
        self.setWindowTitle(self.tr("Modem status"))

    class Inner(QWidget):
        def label(self):
            return self.tr("inner label")

    def later(self):
        return QCoreApplication.translate("Wizard", "Next")


def outside(parent):
    return parent.tr("context unknown")   # flagged: context is parent's class at run time
'''


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "simtool"
    (source / "gui").mkdir(parents=True)
    (source / "core.py").write_text(textwrap.dedent(CORE), encoding="utf-8")
    (source / "gui" / "panel.py").write_text(textwrap.dedent(GUI), encoding="utf-8")
    ts_dir = tmp_path / "resources" / "translations"
    ts_dir.mkdir(parents=True)
    return source, ts_dir


def test_extracts_every_marker_form(tree: tuple[Path, Path]) -> None:
    found = ut.extract(*tree).messages
    assert set(found) == {
        ("Checks", "SIM card"),
        ("Checks", "RSRP {value} dBm on {rat}"),
        ("Checks", "two literals joined"),
        ("Checks", "via the wrapper"),
        ("Checks", "context from a constant"),
        ("Causes", "the line is barred"),
        ("Causes", "no data plan"),
        ("StatusPanel", "Modem status"),
        ("Inner", "inner label"),
        ("Wizard", "Next"),
    }


def test_locations_are_relative_to_the_ts_folder(tree: tuple[Path, Path]) -> None:
    found = ut.extract(*tree).messages
    assert found[("Checks", "SIM card")] == [Location("../../simtool/core.py", 5),
                                             Location("../../simtool/core.py", 28)]
    assert found[("Wizard", "Next")] == [Location("../../simtool/gui/panel.py", 16)]


def test_non_literal_calls_are_flagged_not_guessed(tree: tuple[Path, Path]) -> None:
    flags = ut.extract(*tree).flags
    assert [(f.path, f.line) for f in flags] == [
        ("simtool/core.py", 26), ("simtool/core.py", 27), ("simtool/gui/panel.py", 20)]
    assert "run time" in flags[2].why
    # the wrappers' own bodies are not flagged: they are how the context gets attached
    assert all(f.line not in (10, 14) for f in flags)


def test_symlinked_folders_are_not_walked_twice(tree: tuple[Path, Path]) -> None:
    source, ts_dir = tree
    (source / "resources").symlink_to(source / "gui")
    assert len(ut.extract(source, ts_dir).messages) == 10


def _extraction(*keys: tuple[str, str]) -> object:
    extraction = ut.Extraction()
    for number, key in enumerate(keys, start=1):
        extraction.add(key[0], key[1], Location("../../simtool/x.py", number))
    return extraction


def test_merge_keeps_translations_adds_new_and_retires_vanished() -> None:
    existing = [
        TsMessage("Checks", "kept", "保留", locations=(Location("old.py", 1),)),
        TsMessage("Checks", "gone, translated", "已翻译"),
        TsMessage("Checks", "gone, never translated", "", "unfinished"),
        TsMessage("Checks", "back again", "回来了", "vanished"),
    ]
    result = ut.merge(existing, _extraction(("Checks", "kept"), ("Checks", "new"),
                                            ("Checks", "back again")))
    by_source = {m.source: m for m in result.messages}
    assert by_source["kept"].translation == "保留"
    assert by_source["kept"].kind == ""
    assert by_source["kept"].locations == (Location("../../simtool/x.py", 1),)
    assert by_source["new"].kind == "unfinished"
    assert by_source["back again"].kind == ""
    assert by_source["gone, translated"].kind == "vanished"
    assert "gone, never translated" not in by_source
    assert (result.added, result.vanished, result.dropped) == (1, 1, 1)


def test_apply_fills_translations_and_reports_strays() -> None:
    messages = [TsMessage("Checks", "Signal", "", "unfinished")]
    updated, unused = ut.apply_translations(messages, [
        {"context": "Checks", "source": "Signal", "translation": "信号"},
        {"context": "Checks", "source": "Not here", "translation": "不在"},
    ])
    assert updated[0].translation == "信号" and updated[0].finished
    assert unused == [{"context": "Checks", "source": "Not here", "translation": "不在"}]


XML_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"),
                   max_size=40)


@given(st.lists(st.tuples(XML_TEXT, XML_TEXT.filter(bool), XML_TEXT), max_size=8,
                unique_by=lambda t: (t[0], t[1])))
def test_rendered_ts_reads_back_the_same(rows: list[tuple[str, str, str]]) -> None:
    messages = [TsMessage(c, s, t, "" if t else "unfinished",
                          locations=(Location("../../simtool/a&b.py", 3),))
                for c, s, t in rows]
    back = parse_ts(ut.render_ts("zh_CN", messages)).messages
    assert sorted(back, key=lambda m: m.key) == sorted(messages, key=lambda m: m.key)


LRELEASE = ut.lrelease_command()


@pytest.mark.skipif(LRELEASE is None, reason="pyside6-lrelease not installed")
def test_lrelease_accepts_the_rendered_ts(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(ut.render_ts("zh_CN", [
        TsMessage("Checks", 'The SIM says "SIM PIN" & <waits>', "SIM 卡要求 PIN 码"),
        TsMessage("Checks", "todo", "", "unfinished"),
    ]), encoding="utf-8")
    qm = tmp_path / "x.qm"
    ut.compile_qm(ts, qm)
    assert qm.stat().st_size > 16


LUPDATE = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))


@pytest.mark.skipif(LUPDATE is None, reason="pyside6-lupdate not installed")
def test_agrees_with_qt_lupdate_on_the_gui(tmp_path: Path) -> None:
    # Qt's own extractor reads self.tr()/translate() in simtool/gui; ours must find all of
    # them. (lupdate misreads the core's two-argument tr(), so compare GUI classes only.)
    gui = sorted(str(p) for p in (ROOT / "simtool" / "gui").glob("*.py"))
    assert gui, "simtool/gui has no modules"      # the app landed long ago: never skip here
    ts = tmp_path / "gui.ts"
    subprocess.run([str(LUPDATE), "-silent", *gui, "-ts", str(ts)], check=True)
    ours = set(ut.extract().messages)
    gui_classes = {name for p in gui for name in _class_names(Path(p))}
    theirs = {m.key for m in parse_ts(ts.read_bytes()).messages if m.context in gui_classes}
    assert theirs - ours == set()


def _class_names(path: Path) -> set[str]:
    import ast

    return {n.name for n in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(n, ast.ClassDef)}
