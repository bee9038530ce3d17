"""Status marks and colours shared by the widgets.

Everything else takes its colours from the palette (light and dark themes); only the status
colours are fixed, picked mid-tone so they read on both a white and a near-black background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QWidget

STATUS_MARKS = {
    "pass": "\u2714",     # heavy check mark
    "warn": "\u26a0",     # warning sign
    "fail": "\u2716",     # heavy multiplication x
    "skip": "\u2013",     # en dash
    "manual": "?",
    "error": "!",
    "pending": "\u2026",  # ellipsis
}

STATUS_COLOURS = {
    "pass": QColor("#2e9d4a"),
    "warn": QColor("#d08a00"),
    "fail": QColor("#d64545"),
    "error": QColor("#b04cc8"),
    "manual": QColor("#3b82d6"),
}


def status_colour(status: str, widget: QWidget | None = None) -> QColor:
    """Fixed colour for pass/warn/fail/error/manual; the palette's muted text otherwise."""
    colour = STATUS_COLOURS.get(status)
    if colour is not None:
        return QColor(colour)
    palette = widget.palette() if widget is not None else QPalette()
    return palette.color(QPalette.ColorRole.PlaceholderText)


def tint(status: str, alpha: int = 48) -> QColor:
    """A translucent status colour for backgrounds: readable on light and dark themes."""
    colour = QColor(STATUS_COLOURS.get(status, QColor("#808080")))
    colour.setAlpha(alpha)
    return colour


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font
