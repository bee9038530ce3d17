"""The support bundle: one zip a user sends to their operator or a support desk.

Inside: the report as PDF (to read) and JSON (for tools), the AT transcript as text, the
signal history as CSV, the AT console's log, and a README that says what each file is and
how to reach the operator (hotline, website) when simtool knows it. Named by date and the
last digits of the card's ICCID, so several bundles of several cards stay apart:
`simtool-support-20261120-0930-1234.zip`. PIN and PUK digits never get in; `redact=True`
masks IMEI, IMSI, ICCID and phone number in every file, as the report exports do.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from datetime import datetime

from simtool.i18n import tr
from simtool.providers.contacts import OperatorContact, contact_for_imsi
from simtool.report import render
from simtool.report.model import Report
from simtool.report.redact import mask_secrets, redactor
from simtool.report.sections import document_title, operator_rows, verdict_line

FILES = ("README.txt", "report.pdf", "report.json", "transcript.txt", "signal.csv",
         "console.txt")


def bundle_name(report: Report, now: datetime | None = None) -> str:
    """simtool-support-<local date>-<time>-<ICCID's last 4 digits>.zip"""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    digits = re.sub(r"\D", "", report.facts.sim.iccid or "")
    tail = f"-{digits[-4:]}" if len(digits) >= 4 else ""
    return f"simtool-support-{stamp}{tail}.zip"


def transcript_text(report: Report) -> str:
    return "".join(f"{entry.t:9.3f} {entry.dir}  {entry.text}\n" for entry in report.transcript)


def readme(report: Report, contact: OperatorContact | None) -> str:
    lines = [document_title(report), "",
             verdict_line(report.verdict.status, report.verdict.summary), ""]
    if contact is not None:
        lines.append(tr("Bundle", "Your operator: {name}").format(name=contact.name))
        if contact.hotline:
            hotline = contact.hotline + (f" ({contact.note})" if contact.note else "")
            lines.append(tr("Bundle", "Hotline: {number}").format(number=hotline))
        if contact.website:
            lines.append(tr("Bundle", "Website: {url}").format(url=contact.website))
        lines.append("")
    rows = operator_rows(report)
    if rows:
        lines.append(tr("Bundle", "What to tell them:"))
        lines += [f"  {label}: {value}" for label, value in rows]
        lines.append("")
    lines.append(tr("Bundle", "Files in this bundle:"))
    about = {
        "report.pdf": tr("Bundle", "the report to read or print"),
        "report.json": tr("Bundle", "the same report for support tools (simtool.report/1)"),
        "transcript.txt": tr("Bundle", "every AT command of the check and the modem's answer"),
        "signal.csv": tr("Bundle", "the signal history while simtool was open"),
        "console.txt": tr("Bundle", "what was typed in the AT console, with the answers"),
    }
    lines += [f"  {name}: {text}" for name, text in about.items()]
    return "\n".join(lines) + "\n"


def build_bundle(report: Report, *, signal_csv: str = "", console_log: str = "",
                 redact: bool = False, pdf: bytes | None = None) -> bytes:
    """The zip's bytes. `pdf`: the report already rendered (the PDF exporter needs Qt; it
    is rendered here when not given)."""
    hide: Callable[[str], str] = redactor(report) if redact else mask_secrets
    contact = contact_for_imsi(report.facts.sim.imsi)
    if pdf is None:
        rendered = render(report, "pdf", redact=redact)
        pdf = rendered if isinstance(rendered, bytes) else rendered.encode("utf-8")
    files: dict[str, bytes] = {
        "README.txt": hide(readme(report, contact)).encode("utf-8"),
        "report.pdf": pdf,
        "report.json": str(render(report, "json", redact=redact)).encode("utf-8"),
        "transcript.txt": hide(transcript_text(report)).encode("utf-8"),
        "signal.csv": hide(signal_csv).encode("utf-8"),
        "console.txt": hide(console_log).encode("utf-8"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in FILES:
            archive.writestr(name, files[name])
    return buffer.getvalue()
