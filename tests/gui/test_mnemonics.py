"""No two controls a user can reach at the same time share an accelerator (Alt+letter), in
any window or dialog, in English and in Chinese (issue 16, item 6: Alt+H was Help, Signal
history and Device changed at once). Qt gives a shortcut only to visible widgets, so each
screen state is judged by what is visible in it; menus are judged one by one."""

from __future__ import annotations

from collections import defaultdict

import pytest
from app_walk import dialogs, language, mnemonic, visible_mnemonics, window_states
from PySide6.QtWidgets import QMenu


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, where in found:
        by_letter[letter].append(where)
    return {letter: places for letter, places in by_letter.items() if len(places) > 1}


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    with language(request.param):
        yield request.param


@pytest.mark.slow
def test_no_window_state_has_two_controls_with_one_accelerator(qtbot, lang):
    from simtool.gui.main_window import MainWindow
    from simtool.gui.settings import Settings

    window = MainWindow(Settings(), poll_interval_ms=3_600_000)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    problems = {}
    for state in window_states(qtbot, window):
        found = clashes(visible_mnemonics(window))
        if found:
            problems[state] = found
    assert problems == {}
    for menu in window.menuBar().findChildren(QMenu):
        letters = [(mnemonic(a.text()), a.text()) for a in menu.actions() if a.text()]
        found = clashes([(letter, text) for letter, text in letters if letter])
        assert found == {}, f"menu {menu.title()!r}"
    window.close()


def test_every_dialog_has_distinct_accelerators(qtbot, lang):
    for name, dialog in dialogs():
        qtbot.addWidget(dialog)
        dialog.show()
        assert clashes(visible_mnemonics(dialog)) == {}, name
        dialog.close()


def test_mnemonic_reads_both_styles():
    assert mnemonic("Chec&k the balance") == "K"
    assert mnemonic("检查余额(&K)") == "K"
    assert mnemonic("Save && quit") is None
    assert mnemonic("No accelerator") is None
