"""HTML export: one self-contained, printable page a user can mail to their operator.

No external links, scripts or fonts; every value is escaped. Order: verdict and next
steps, the checklist, the facts, the support details, then the AT transcript collapsed in
a <details> at the end. `qt=True` gives the simpler variant QTextDocument can lay out
(it knows tables and basic CSS but not <details> or flexbox), used for the PDF.
"""

from __future__ import annotations

import re
from html import escape

from simtool.i18n import language, tr
from simtool.report.model import Report
from simtool.report.redact import redact_report, scrub_secrets
from simtool.report.sections import (
    actions_taken,
    document_title,
    fact_sections,
    identity_rows,
    next_steps,
    operator_side,
    reader_notes,
    status_label,
    support_rows,
    unknown,
    verdict_label,
)
from simtool.report.text import MARKS, VERDICT_STATUS, code_segments

# Local font names only (nothing is downloaded); CJK families so Chinese never shows boxes.
FONT_STACK = ('system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", '
              '"Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif')
MONO_STACK = ('ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, "Noto Sans Mono CJK SC", '
              'monospace')

COLORS = {"pass": "#1b7f3b", "warn": "#9a6700", "fail": "#c62828", "skip": "#6b7280",
          "manual": "#0b62a4", "error": "#7b1fa2"}
BACKGROUNDS = {"pass": "#e9f6ee", "fail": "#fdecec", "manual": "#eef4fb"}

CSS = f"""
:root {{ color-scheme: light; }}
* {{ box-sizing: border-box; }}
body {{ font-family: {FONT_STACK}; font-size: 15px; line-height: 1.45; color: #1f2328;
  background: #f6f7f9; margin: 0; padding: 24px; }}
main {{ max-width: 860px; margin: 0 auto; background: #fff; padding: 28px 32px;
  border: 1px solid #d8dee4; border-radius: 8px; }}
h1 {{ font-size: 24px; margin: 0 0 6px; }}
h2 {{ font-size: 18px; margin: 28px 0 10px; padding-bottom: 4px;
  border-bottom: 1px solid #d8dee4; }}
h3 {{ font-size: 15px; margin: 0 0 6px; }}
.verdict {{ border-left: 6px solid; border-radius: 6px; padding: 14px 18px; }}
.verdict p {{ margin: 4px 0; }}
.verdict .summary {{ font-size: 16px; }}
.meta {{ color: #57606a; font-size: 13px; }}
.mark {{ display: inline-block; width: 1.4em; text-align: center; font-weight: bold; }}
.operator {{ background: #fff8e1; border: 1px solid #f0d58c; border-radius: 6px;
  padding: 8px 14px; margin-top: 12px; }}
ol.steps li {{ margin: 4px 0; }}
ul.checks {{ list-style: none; padding: 0; margin: 0; }}
ul.checks li {{ padding: 8px 0; border-bottom: 1px solid #eaeef2; display: flex; gap: 8px; }}
ul.checks li:last-child {{ border-bottom: none; }}
.check-body {{ flex: 1; min-width: 0; }}
.status {{ font-size: 12px; color: #57606a; margin-left: 6px; }}
.detail {{ margin: 2px 0 0; color: #333; overflow-wrap: anywhere; }}
.remedy {{ margin: 4px 0 0; white-space: pre-line; }}
.facts {{ display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr));
  gap: 16px 24px; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ text-align: left; vertical-align: top; padding: 3px 8px 3px 0;
  border-bottom: 1px solid #eaeef2; overflow-wrap: anywhere; }}
th {{ font-weight: 600; color: #57606a; width: 38%; }}
.unknown {{ color: #8c959f; }}
details {{ margin-top: 28px; }}
summary {{ cursor: pointer; font-weight: 600; font-size: 16px; }}
pre {{ font-family: {MONO_STACK}; font-size: 12.5px; background: #f6f8fa; padding: 10px 12px;
  border-radius: 6px; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }}
.tx {{ color: #0b62a4; }}
code {{ font-family: {MONO_STACK}; font-size: 0.9em; background: #f0f2f4; padding: 0 3px;
  border-radius: 4px; white-space: nowrap; }}
@media print {{
  body {{ background: #fff; padding: 0; font-size: 11pt; }}
  main {{ border: none; padding: 0; max-width: none; }}
  .verdict, .operator {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
  h2 {{ break-after: avoid; }}
  ul.checks li, table {{ break-inside: avoid; }}
  summary {{ list-style: none; }}
}}
"""

# QTextDocument's CSS subset: no grid, flex, border-radius or custom properties. The font
# family is the document's default font, chosen by the PDF writer for CJK coverage.
QT_CSS = f"""
body {{ font-size: 10pt; color: #1f2328; }}
h1 {{ font-size: 17pt; margin: 0; }}
h2 {{ font-size: 13pt; margin-top: 16px; margin-bottom: 6px; }}
h3 {{ font-size: 11pt; margin-top: 8px; margin-bottom: 2px; }}
.meta, .status {{ color: #57606a; font-size: 9pt; }}
.detail {{ color: #333333; }}
th {{ text-align: left; color: #57606a; font-weight: 600; }}
td, th {{ padding: 2px 6px 2px 0; }}
.unknown {{ color: #8c959f; }}
pre {{ font-family: {MONO_STACK}; font-size: 8pt; }}
code {{ font-family: {MONO_STACK}; font-size: 9pt; background-color: #f0f2f4; }}
"""

# U+2060 WORD JOINER: QTextDocument ignores white-space: nowrap on inline text (it only
# turns the spaces into no-break spaces, which a copied command would then carry) and
# breaks after every "-" and "/". Joiners between the characters of each word leave the
# real spaces as the only places a command can wrap; pdftotext and copying drop them.
_WORD_JOINER = "\u2060"
_INSIDE_A_WORD = re.compile(r"(?<=\S)(?=\S)")


def html_lang() -> str:
    return "zh-CN" if language() == "zh_CN" else "en"


def _e(text: str) -> str:
    return escape(text, quote=True)


def _e_code(text: str, qt: bool = False) -> str:
    """Escaped like _e(), but the `commands` quoted in a remedy or detail become <code>."""
    parts = []
    for piece, is_code in code_segments(text):
        if not is_code:
            parts.append(_e(piece))
        elif qt:
            parts.append(f"<code>{_e(_INSIDE_A_WORD.sub(_WORD_JOINER, piece))}</code>")
        else:
            parts.append(f"<code>{_e(piece)}</code>")
    return "".join(parts)


def _value_cell(value: str | None) -> str:
    if value is None or value == unknown():
        return f'<td class="unknown">{_e(unknown())}</td>'
    return f"<td>{_e(value)}</td>"


def _rows_table(rows: list[tuple[str, str | None]], qt: bool = False) -> str:
    # QTextDocument sizes columns per table; fixed widths keep the label columns aligned.
    th = '<th width="32%">' if qt else "<th>"
    table = '<table width="100%" cellspacing="0">' if qt else "<table>"
    body = "".join(f"<tr>{th}{_e(label)}</th>{_value_cell(value)}</tr>" for label, value in rows)
    return f"{table}{body}</table>"


def _verdict_block(report: Report, qt: bool) -> list[str]:
    verdict = report.verdict
    status = VERDICT_STATUS.get(verdict.status, "manual")
    color = COLORS[status]
    background = BACKGROUNDS.get(status, "#ffffff")
    port = report.facts.port.url or report.facts.port.device or unknown()
    meta = tr("Report", "simtool {version} · {created} · port {port}").format(
        version=report.tool_version, created=report.created, port=port)
    gap = "&nbsp;" if qt else ""  # Qt ignores the mark's CSS width
    heading = (f'<h1 style="color: {color}"><span class="mark">{MARKS[status]}</span>{gap}'
               f"{_e(verdict_label(verdict.status))}</h1>")
    inner = [heading, f'<p class="summary">{_e_code(verdict.summary, qt)}</p>',
             f'<p class="meta">{_e(meta)}</p>']
    if qt:  # a one-cell table is the only way to get a coloured box in QTextDocument
        return [f'<table width="100%" cellpadding="10" style="background-color: {background};'
                f' border-left: 6px solid {color}"><tr><td>{"".join(inner)}</td></tr></table>']
    return [f'<section class="verdict" style="border-color: {color}; background: {background}">',
            *inner, "</section>"]


def _steps_block(report: Report, qt: bool) -> list[str]:
    out = []
    steps = next_steps(report)
    if steps:
        out += [f"<h2>{_e(tr('Report', 'Next steps'))}</h2>", '<ol class="steps">',
                *[f"<li>{_e_code(step, qt)}</li>" for step in steps], "</ol>"]
    if operator_side(report):
        out.append('<p class="operator">' + _e(tr(
            "Report", "The cause is on the operator's side: give them the support details "
                      "below.")) + "</p>")
    return out


def _actions_block(report: Report) -> list[str]:
    lines = actions_taken(report)
    if not lines:
        return []
    return [f"<h2>{_e(tr('Report', 'Actions taken in the app'))}</h2>", "<ul>",
            *[f"<li>{_e(line)}</li>" for line in lines], "</ul>"]


def _notes_block(report: Report) -> list[str]:
    notes = reader_notes(report.facts)
    if not notes:
        return []
    return [f"<h2>{_e(tr('Report', 'Remarks from reading the modem'))}</h2>", "<ul>",
            *[f"<li>{_e(line)}</li>" for line in notes], "</ul>"]


def _identity_block(report: Report, qt: bool) -> list[str]:
    """The card's and modem's identifiers right under the verdict (the PDF's first page)."""
    return [f"<h2>{_e(tr('Report', 'Modem and card'))}</h2>",
            _rows_table(identity_rows(report), qt)]


def _checks_block(report: Report, qt: bool) -> list[str]:
    out = [f"<h2>{_e(tr('Report', 'Checks'))}</h2>"]
    if qt:
        rows = []
        for check in report.checks:
            color = COLORS.get(check.status, "#000000")
            detail = (f'<br/><span class="detail">{_e_code(check.detail, qt)}</span>'
                      if check.detail else "")
            rows.append(f'<tr><td width="24" style="color: {color}"><b>'
                        f"{MARKS.get(check.status, '?')}</b></td><td><b>{_e(check.title)}</b>"
                        f' <span class="status">{_e(status_label(check.status))}</span>'
                        f"{detail}</td></tr>")
        return [*out, f'<table width="100%" cellspacing="0" cellpadding="2">{"".join(rows)}'
                      "</table>"]
    out.append('<ul class="checks">')
    for check in report.checks:
        color = COLORS.get(check.status, "#000000")
        parts = [f'<li class="check check-{_e(check.status)}" data-id="{_e(check.id)}">',
                 f'<span class="mark" style="color: {color}">{MARKS.get(check.status, "?")}'
                 "</span>",
                 '<div class="check-body">', f"<strong>{_e(check.title)}</strong>",
                 f'<span class="status">{_e(status_label(check.status))}</span>']
        if check.detail:
            parts.append(f'<p class="detail">{_e_code(check.detail)}</p>')
        if check.remedy and check.status != "pass" and check.id != report.verdict.check:
            parts.append(f'<p class="remedy">{_e_code(check.remedy)}</p>')
        parts += ["</div>", "</li>"]
        out.append("".join(parts))
    out.append("</ul>")
    return out


def _facts_block(report: Report, qt: bool) -> list[str]:
    out = [f"<h2>{_e(tr('Report', 'Facts'))}</h2>"]
    blocks = [f"<div><h3>{_e(s.title)}</h3>{_rows_table(list(s.rows), qt)}</div>"
              for s in fact_sections(report)]
    if qt:
        return out + blocks
    return [*out, '<div class="facts">', *blocks, "</div>"]


def _transcript_lines(report: Report) -> str:
    lines = []
    for entry in report.transcript:
        css = "tx" if entry.dir == "tx" else "rx"
        lines.append(f'<span class="{css}">{entry.t:8.3f} {_e(entry.dir)}  {_e(entry.text)}'
                     "</span>")
    return "\n".join(lines)


def _transcript_block(report: Report, qt: bool) -> list[str]:
    if not report.transcript:
        return []
    title = tr("Report", "AT transcript ({count} lines)").format(count=len(report.transcript))
    pre = f"<pre>{_transcript_lines(report)}</pre>"
    if qt:
        return [f"<h2>{_e(title)}</h2>", pre]
    return [f"<details><summary>{_e(title)}</summary>", pre, "</details>"]


def html_document(report: Report, *, redact: bool = False, qt: bool = False) -> str:
    """The page; `qt=True` for the QTextDocument (PDF) variant."""
    report = redact_report(report) if redact else scrub_secrets(report)
    title = tr("Report", "simtool report: {verdict}").format(
        verdict=verdict_label(report.verdict.status))
    # Printed, the title and the identifiers come first: a support desk reads page one.
    printed = [f'<p class="doc-title"><b>{_e(document_title(report))}</b></p>'] if qt else []
    body = [
        *printed,
        *_verdict_block(report, qt),
        *(_identity_block(report, qt) if qt else []),
        *_steps_block(report, qt),
        *_actions_block(report),
        *_notes_block(report),
        *_checks_block(report, qt),
        *_facts_block(report, qt),
        f"<h2>{_e(tr('Report', 'Support details'))}</h2>",
        _rows_table(support_rows(report), qt),
        *_transcript_block(report, qt),
    ]
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{html_lang()}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="simtool">',
        f"<title>{_e(title)}</title>",
        f"<style>{QT_CSS if qt else CSS}</style>",
        "</head>",
        "<body>",
    ]
    if qt:
        return "\n".join([*head, *body, "</body>", "</html>"]) + "\n"
    return "\n".join([*head, "<main>", *body, "</main>", "</body>", "</html>"]) + "\n"


def to_html(report: Report, *, redact: bool = False) -> str:
    return html_document(report, redact=redact)
