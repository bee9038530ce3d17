"""Markdown export: pastes cleanly into a ticket or a chat.

Verdict and next steps first, the checklist as a list, facts and support details as
two-column tables, the AT transcript in a fenced block. Every value from the modem or the
user is escaped, so a `|` or `*` in an operator name cannot break the layout.
"""

from __future__ import annotations

import re

from simtool.i18n import tr
from simtool.report.model import Report
from simtool.report.redact import redact_report, scrub_secrets
from simtool.report.sections import (
    actions_taken,
    fact_sections,
    next_steps,
    operator_side,
    reader_notes,
    status_label,
    support_rows,
    unknown,
    verdict_label,
)
from simtool.report.text import MARKS, VERDICT_STATUS, code_segments

# "- -" would open a nested list: skipped checks get an en dash in Markdown.
MD_MARKS = {**MARKS, "skip": "–"}
_SPECIAL = re.compile(r"([\\`*_\[\]<|~])")
# Only meaningful at the start of a line (heading, quote, list): escaped there alone.
_LEADING = re.compile(r"^([#>+-]|\d+[.)])")


def md(text: str, *, line_start: bool = False) -> str:
    """Inline-safe Markdown: specials backslash-escaped, newlines folded into spaces."""
    escaped = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    if not line_start:
        return escaped
    return _LEADING.sub(lambda m: "\\" + m.group(0) if m.group(0)[0] in "#>+-"
                        else m.group(0)[:-1] + "\\" + m.group(0)[-1], escaped)


def md_with_code(text: str, *, line_start: bool = False) -> str:
    """Like md(), but the `commands` a remedy or detail quotes stay inline code.

    A code span shows its content literally, so it is left unescaped: escaping would
    print the backslashes and turn the code back into plain text.
    """
    parts = []
    for index, (piece, is_code) in enumerate(code_segments(" ".join(text.split()))):
        if is_code:
            parts.append(f"`{piece}`")
        else:  # keep the spaces around a command that md() would fold away
            lead = " " if piece[:1] == " " else ""
            trail = " " if piece[-1:] == " " and piece.strip() else ""
            parts.append(lead + md(piece, line_start=line_start and index == 0) + trail)
    return "".join(parts)


def _table(rows: list[tuple[str, str]], head: tuple[str, str]) -> list[str]:
    lines = [f"| {md(head[0])} | {md(head[1])} |", "| --- | --- |"]
    lines += [f"| {md(label)} | {md(value)} |" for label, value in rows]
    return lines


def _fence(body: str) -> str:
    """A backtick fence longer than any run of backticks inside the block."""
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    return "`" * max(3, longest + 1)


def transcript_block(report: Report) -> list[str]:
    body = "\n".join(f"{e.t:8.3f} {e.dir}  {e.text}" for e in report.transcript)
    fence = _fence(body)
    return [f"{fence}text", body, fence]


def to_markdown(report: Report, *, redact: bool = False) -> str:
    report = redact_report(report) if redact else scrub_secrets(report)
    verdict = report.verdict
    mark = MARKS[VERDICT_STATUS.get(verdict.status, "manual")]
    port = report.facts.port.url or report.facts.port.device or unknown()
    out = [
        f"## {mark} {md(verdict_label(verdict.status))}",
        "",
        md_with_code(verdict.summary, line_start=True),
        "",
        "_" + md(tr("Report", "simtool {version} · {created} · port {port}").format(
            version=report.tool_version, created=report.created, port=port)) + "_",
    ]

    steps = next_steps(report)
    if steps:
        out += ["", f"### {md(tr('Report', 'Next steps'))}", ""]
        out += [f"{n}. {md_with_code(step, line_start=True)}"
                for n, step in enumerate(steps, start=1)]
    if operator_side(report):
        out += ["", "> " + md(tr("Report", "The cause is on the operator's side: give them "
                                  "the support details below."))]

    if actions := actions_taken(report):
        out += ["", f"### {md(tr('Report', 'Actions taken in the app'))}", ""]
        out += [f"- {md(line)}" for line in actions]
    if notes := reader_notes(report.facts):
        out += ["", f"### {md(tr('Report', 'Remarks from reading the modem'))}", ""]
        out += [f"- {md_with_code(line)}" for line in notes]

    out += ["", f"### {md(tr('Report', 'Checks'))}", ""]
    for check in report.checks:
        line = (f"- {MD_MARKS.get(check.status, '?')} **{md(check.title)}** "
                f"({md(status_label(check.status))})")
        if check.detail:
            line += f": {md_with_code(check.detail)}"
        out.append(line)

    out += ["", f"### {md(tr('Report', 'Support details'))}", ""]
    rows = [(label, value or unknown()) for label, value in support_rows(report)]
    out += _table(rows, (tr("Report", "Detail"), tr("Report", "Value")))

    out += ["", f"### {md(tr('Report', 'Facts'))}"]
    for section in fact_sections(report):
        out += ["", f"**{md(section.title)}**", ""]
        out += _table(section.rows, (tr("Report", "Fact"), tr("Report", "Value")))

    if report.transcript:
        out += ["", f"### {md(tr('Report', 'AT transcript'))}", ""]
        out += transcript_block(report)
    return "\n".join(out) + "\n"
