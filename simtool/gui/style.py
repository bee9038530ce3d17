"""Status marks and colours shared by the widgets.

Everything else takes its colours from the palette (light and dark themes). The status
colours come in two sets, one for light and one for dark backgrounds, each chosen so that
status text reaches WCAG AA (4.5:1) on the palette's base and window colours and on the
status tints the app paints behind it (tests/gui/test_contrast.py measures them).
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

# On light backgrounds (white, #efefef, and the light tints below).
LIGHT_STATUS_COLOURS = {
    "pass": QColor("#13612f"),
    "warn": QColor("#7a4f00"),
    "fail": QColor("#a3211a"),
    "error": QColor("#7b1fa2"),
    "manual": QColor("#0a5299"),
    "skip": QColor("#525252"),        # muted, but still readable (the palette's
}                                     # placeholder grey is 3.9:1 on white)
# On dark backgrounds (#1e1e1e to #3c3c3c, and the dark tints).
DARK_STATUS_COLOURS = {
    "pass": QColor("#7be29a"),
    "warn": QColor("#f5c85c"),
    "fail": QColor("#ffb4ae"),
    "error": QColor("#ecc2ff"),
    "manual": QColor("#a8d3ff"),
    "skip": QColor("#c4c4c4"),
}
# Kept for drawings that are not text (signal bars, the graph line): mid-tones.
STATUS_COLOURS = {
    "pass": QColor("#2e9d4a"),
    "warn": QColor("#d08a00"),
    "fail": QColor("#d64545"),
    "error": QColor("#b04cc8"),
    "manual": QColor("#3b82d6"),
}

TINT_ALPHA = 48


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def status_colour(status: str, widget: QWidget | None = None) -> QColor:
    """Text colour for a status (pass, warn, fail, error, manual, skip) that reads on the
    widget's palette; the palette's muted text for any other."""
    palette = widget.palette() if widget is not None else QPalette()
    colours = DARK_STATUS_COLOURS if is_dark(palette) else LIGHT_STATUS_COLOURS
    colour = colours.get(status)
    if colour is not None:
        return QColor(colour)
    return palette.color(QPalette.ColorRole.PlaceholderText)


def tint(status: str, alpha: int = TINT_ALPHA) -> QColor:
    """A translucent status colour for backgrounds: readable on light and dark themes."""
    colour = QColor(STATUS_COLOURS.get(status, QColor("#808080")))
    colour.setAlpha(alpha)
    return colour


def blend(over: QColor, under: QColor) -> QColor:
    """`over` (translucent) painted on `under` (opaque): the colour the eye sees."""
    a = over.alphaF()
    return QColor.fromRgbF(over.redF() * a + under.redF() * (1 - a),
                           over.greenF() * a + under.greenF() * (1 - a),
                           over.blueF() * a + under.blueF() * (1 - a))


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def scaled_font(widget: QWidget, factor: float, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    font.setBold(bold)
    return font
