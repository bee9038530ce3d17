"""PDF export: the report's HTML laid out by Qt's QTextDocument, printed by QPdfWriter.

Text stays real text (selectable, searchable, extractable with pdftotext). The font is a
family that covers Chinese when the system has one, so operator names and translated
remedies never come out as boxes. Qt is imported inside the functions (DESIGN.md: the core
runs without Qt; only the PDF format needs it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from simtool.report.html import html_document
from simtool.report.model import Report

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QGuiApplication

# Preferred families, best first; any other family that can write Chinese comes next.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC",
                "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK JP", "Droid Sans Fallback")
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Helvetica Neue",
                  "Arial")
RESOLUTION = 300       # dpi of the PDF device: fine enough that layout rounding never shows
MARGIN_MM = 15.0


def _ensure_gui_application() -> None:
    """QTextDocument needs a QGuiApplication (fonts); the CLI has none, so make one."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept alive on the module: Qt must not see it collected while documents exist.
        global _app
        _app = QGuiApplication([])


_app: QGuiApplication | None = None


def _cjk_family(families: list[str]) -> str | None:
    from PySide6.QtGui import QFontDatabase

    for name in CJK_FAMILIES:
        if name in families:
            return name
    for name in families:
        if QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(name):
            return name
    return None


def report_font() -> QFont:
    """Latin text in a Latin sans font, Chinese in a CJK family, whichever the system has.

    Latin comes first on purpose: with Noto Sans CJK alone, Qt's PDF text layer loses the
    digits (pdftotext shows "cause #" for "cause #33"), and an ICCID must be searchable.
    """
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families()
    latin = [name for name in LATIN_FAMILIES if name in families]
    cjk = _cjk_family(families)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    chosen = latin[:1] + ([cjk] if cjk else [])
    if chosen:
        font.setFamilies(chosen)
    return font


def to_pdf(report: Report, *, redact: bool = False) -> bytes:
    """The report as an A4 PDF document."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    _ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)

    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter))
    from simtool.report.sections import document_title

    writer.setTitle(document_title(report))
    writer.setCreator("simtool")

    document = QTextDocument()
    font = report_font()
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(html_document(report, redact=redact, qt=True))
    # No page size of our own: print_() lays the text out for the writer's page and dpi.
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())
