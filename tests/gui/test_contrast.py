"""The status colours reach WCAG AA (4.5:1) as text, in light and dark palettes, on every
background the app puts them on (issue 16, item 9: pass was 3.5:1 and warn 2.9:1 on white,
fail 3.8:1 on dark). Contrast is WCAG 2's: (L1 + 0.05) / (L2 + 0.05) of relative
luminances; the formula is checked against WCAG's own examples first."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from simtool.gui.style import TINT_ALPHA, blend, contrast, is_dark, status_colour, tint

STATUSES = ("pass", "warn", "fail", "error", "manual", "skip")
AA = 4.5


def palette(window: str, base: str, text: str) -> QPalette:
    result = QPalette(QApplication.palette())
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(group, QPalette.ColorRole.Window, QColor(window))
        result.setColor(group, QPalette.ColorRole.Base, QColor(base))
        result.setColor(group, QPalette.ColorRole.WindowText, QColor(text))
        result.setColor(group, QPalette.ColorRole.Text, QColor(text))
    return result


PALETTES = {
    "fusion light": ("#efefef", "#ffffff", "#000000"),
    "white": ("#ffffff", "#ffffff", "#1f1f1f"),
    "gnome light": ("#fafafa", "#ffffff", "#2e3436"),
    "fusion dark": ("#353535", "#2a2a2a", "#ffffff"),
    "dark": ("#2d2d2d", "#1e1e1e", "#ededed"),
    "near black": ("#202020", "#191919", "#e0e0e0"),
    "gnome dark": ("#242424", "#1e1e1e", "#ffffff"),
}
# The tints the app paints behind text: verdict summary 50, step-list cause 56, banner 55,
# verdict banner 60, notice 40, default 48.
TINT_ALPHAS = (40, TINT_ALPHA, 50, 55, 56, 60)


def test_contrast_formula_matches_wcag_examples():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)
    # WCAG's own note: #767676 is the lightest grey with 4.5:1 on white.
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", list(PALETTES))
def test_status_text_reaches_aa_on_every_background(qapp, name: str):
    label = QLabel()
    label.setPalette(palette(*PALETTES[name]))
    colours = label.palette()
    backgrounds = {"base": colours.color(QPalette.ColorRole.Base),
                   "window": colours.color(QPalette.ColorRole.Window)}
    for under_name, under in list(backgrounds.items()):
        for status in STATUSES:
            for alpha in TINT_ALPHAS:
                backgrounds[f"{status} tint {alpha} on {under_name}"] = blend(
                    tint(status, alpha), under)
    low = {}
    for status in STATUSES:
        text = status_colour(status, label)
        for where, background in backgrounds.items():
            ratio = contrast(text, background)
            if ratio < AA:
                low[f"{status} on {where}"] = round(ratio, 2)
    assert low == {}, f"{name}: {low}"


@pytest.mark.parametrize("name", list(PALETTES))
def test_plain_text_on_the_status_tints_reaches_aa(qapp, name: str):
    """The verdict summary, banners and notices: the palette's text on a status tint."""
    colours = palette(*PALETTES[name])
    text = colours.color(QPalette.ColorRole.WindowText)
    low = {}
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        for status in STATUSES:
            for alpha in TINT_ALPHAS:
                ratio = contrast(text, blend(tint(status, alpha), colours.color(role)))
                if ratio < AA:
                    low[f"{status} {alpha} on {role.name}"] = round(ratio, 2)
    assert low == {}, f"{name}: {low}"


def test_dark_palettes_get_the_dark_set(qapp):
    label = QLabel()
    label.setPalette(palette(*PALETTES["dark"]))
    assert is_dark(label.palette())
    label.setPalette(palette(*PALETTES["fusion light"]))
    assert not is_dark(label.palette())
