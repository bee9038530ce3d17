"""Check results and the verdict: what the checklist concludes from the facts."""

from __future__ import annotations

from dataclasses import dataclass

STATUSES = ("pass", "warn", "fail", "skip", "manual", "error")
VERDICT_STATUSES = ("ok", "problem", "inconclusive")

# Check ids in checklist order (DESIGN.md, "The checklist"). Contract: never rename.
CHECK_IDS = (
    "port", "radio", "sim-present", "sim-health", "sim-lock", "signal",
    "registration", "roaming", "apn", "data-attach", "data-session", "data-path", "account",
)
# Manual items the user confirms (ids are contract too).
MANUAL_IDS = ("other-device", "power", "firmware", "host-data")


@dataclass
class CheckResult:
    id: str
    status: str          # one of STATUSES
    title: str
    detail: str = ""
    remedy: str | None = None


@dataclass
class Verdict:
    status: str          # one of VERDICT_STATUSES
    check: str | None    # id of the first failing check (root cause), None when ok
    summary: str
