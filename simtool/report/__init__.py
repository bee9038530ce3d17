"""report layer of simtool (see DESIGN: layers): the report model and its exporters.

`render(report, fmt)` is the one entry point the CLI and the app use; each format lives in
its own module and is imported only when asked for (the PDF one needs Qt). Every format but
JSON gets the report without control characters (redact.for_display).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simtool.report.model import Report

FORMATS = ("json", "text", "markdown", "html", "pdf")
EXTENSIONS = {"json": "json", "text": "txt", "markdown": "md", "html": "html", "pdf": "pdf"}


def render(report: Report, fmt: str, *, redact: bool = False,
           color: bool = False) -> str | bytes:
    """The report in `fmt` (json|text|markdown|html|pdf); PDF comes back as bytes."""
    if fmt == "json":
        from simtool.report.json_export import to_json

        return to_json(report, redact=redact)   # JSON escapes control characters itself
    if fmt in ("text", "markdown", "html", "pdf"):
        from simtool.report.redact import for_display

        report = for_display(report)      # nothing a modem said may drive a terminal
    if fmt == "text":
        from simtool.report.redact import redact_report
        from simtool.report.text import to_text

        return to_text(redact_report(report) if redact else report, color=color)
    if fmt == "markdown":
        from simtool.report.markdown import to_markdown

        return to_markdown(report, redact=redact)
    if fmt == "html":
        from simtool.report.html import to_html

        return to_html(report, redact=redact)
    if fmt == "pdf":
        from simtool.report.pdf import to_pdf

        return to_pdf(report, redact=redact)
    raise ValueError(f"unknown report format {fmt!r} (one of {', '.join(FORMATS)})")
