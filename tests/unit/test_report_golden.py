"""Golden files: Markdown and HTML of the fixed reports, byte for byte.

After an intended change, regenerate with `UPDATE_GOLDEN=1 pytest tests/unit/test_report_golden.py`,
then read the diff (and open the HTML) before committing.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from simtool.report.html import to_html
from simtool.report.markdown import to_markdown
from simtool.report.model import Report

pytestmark = pytest.mark.usefixtures("english")   # report texts in English

DATA = Path(__file__).parents[1] / "data" / "reports"


def _samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_samples", DATA / "samples.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLES


SAMPLES = _samples()
EXPORTERS: dict[str, tuple[str, Callable[..., str]]] = {
    "markdown": ("md", to_markdown), "html": ("html", to_html)}
CASES = [(name, fmt, redact) for name in sorted(SAMPLES) for fmt in EXPORTERS
         for redact in (False, True) if not redact or name in ("data-refused", "data-blocked")]


@pytest.mark.parametrize(("name", "fmt", "redact"), CASES)
def test_matches_golden(name: str, fmt: str, redact: bool) -> None:
    extension, export = EXPORTERS[fmt]
    report: Report = SAMPLES[name]()
    golden = DATA / f"{name}{'.redacted' if redact else ''}.{extension}"
    produced = export(report, redact=redact)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        # Regenerating compares nothing (the output would be compared with itself): the run
        # says so and skips, it never passes.
        changed = not golden.exists() or golden.read_text(encoding="utf-8") != produced
        golden.write_text(produced, encoding="utf-8", newline="\n")
        pytest.skip(f"UPDATE_GOLDEN=1 wrote {golden.name} ({'CHANGED' if changed else 'same'})"
                    ": nothing was compared; read the diff, then run without UPDATE_GOLDEN")
    assert golden.exists(), f"no golden file {golden.name}: run with UPDATE_GOLDEN=1"
    assert produced == golden.read_text(encoding="utf-8")
