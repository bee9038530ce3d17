"""Guard against the PySide6 6.12.0 bug that excluded it in pyproject.toml: SignalInstance.emit()
returned True without taking a reference, so each emit from Python lowered True's reference
count by one and the app aborted ("bool_dealloc: deallocating True or False") after about a
thousand signals, i.e. minutes after start."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    changed = Signal(int)


def test_emitting_a_signal_does_not_eat_references_to_true(qapp):
    emitter = Emitter()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit(1)
    # Other threads may hold or drop a few references meanwhile; the bug costs exactly 200.
    assert sys.getrefcount(True) - before > -50
