"""The exporters on what the real checklist produces (not only on hand-written samples)."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from simtool.diagnosis.checklist import evaluate
from simtool.report import render
from simtool.report.model import Report
from simtool.report.schema import validate
from simtool.report.text import display_width, to_text

SAMPLES_FILE = Path(__file__).parents[1] / "data" / "reports" / "samples.py"


def _samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_samples", SAMPLES_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLES


SAMPLES = _samples()


def judged(name: str) -> Report:
    """A sample's facts and transcript, judged by simtool's own checklist."""
    sample = SAMPLES[name]()
    checks, verdict = evaluate(sample.facts)
    return Report(facts=sample.facts, checks=checks, verdict=verdict,
                  transcript=sample.transcript, support=sample.support,
                  created=sample.created, tool_version=sample.tool_version)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_checklist_output_follows_the_schema(name: str) -> None:
    assert validate(json.loads(render(judged(name), "json"))) == []


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_checklist_output_fits_80_columns(name: str) -> None:
    for line in to_text(judged(name), unicode_marks=True).splitlines():
        assert display_width(line) <= 80, line


def test_verdict_label_is_not_repeated() -> None:
    first = to_text(judged("healthy"), unicode_marks=True).splitlines()[0]
    assert first.startswith("✔ No problem found")
    assert first.count("No problem found") == 1


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "html"])
def test_checklist_remedies_are_redacted_too(fmt: str) -> None:
    out = render(judged("data-refused"), fmt, redact=True)
    assert isinstance(out, str)
    assert not re.findall(r"\d{12,}", out)
