"""JSON export: the report contract exactly as Report.to_dict() defines it."""

from __future__ import annotations

import json

from simtool.report.model import Report
from simtool.report.redact import redact_report, scrub_secrets


def to_json(report: Report, *, redact: bool = False) -> str:
    """One JSON object, indent=2; non-ASCII text (operator names in Chinese) kept readable."""
    safe = redact_report(report) if redact else scrub_secrets(report)
    return json.dumps(safe.to_dict(), indent=2, ensure_ascii=False) + "\n"
