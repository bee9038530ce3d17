"""Strings of Qt's own dialogs that Qt's zh_CN catalogue misses: Qt 6 gave the file dialog's
labels accelerators ("&Look in:", "Files of &type:") and the shipped catalogue still has
them without. Marked here, they go into simtool's catalogue; simtool's translator is
installed after Qt's, so Qt finds them there (gui/app.py, install_translators)."""

from __future__ import annotations

from simtool.i18n import QT_TRANSLATE_NOOP

QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
