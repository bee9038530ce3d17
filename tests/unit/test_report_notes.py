"""The reader's remarks (facts.notes) reach every report format, once each, and come back
from a saved JSON report; before, they were collected and then dropped everywhere."""

from __future__ import annotations

import json

from simtool.diagnosis.results import CheckResult, Verdict
from simtool.facts import Facts
from simtool.report.html import html_document
from simtool.report.json_export import to_json
from simtool.report.markdown import to_markdown
from simtool.report.model import Report
from simtool.report.text import to_text

DATA_TEST = ("Data test: context 1 was activated for the test and deactivated afterwards")
REFUSED = "AT+CEER failed: ERROR"
ICCID = "89860012345678901234"


def _report() -> Report:
    facts = Facts()
    facts.sim.iccid = ICCID
    facts.notes = [REFUSED, DATA_TEST, REFUSED, f"GetEID: the card {ICCID} answered 6A88"]
    return Report(facts=facts, checks=[CheckResult("port", "pass", "")],
                  verdict=Verdict("ok", None, "No problem found."))


def test_json_keeps_the_notes_and_reads_them_back() -> None:
    data = json.loads(to_json(_report()))
    assert data["notes"][:3] == [REFUSED, DATA_TEST, REFUSED]
    assert Report.from_dict(data).facts.notes == data["notes"]
    # A report saved before the key existed still opens.
    del data["notes"]
    assert Report.from_dict(data).facts.notes == []


def test_printed_formats_show_each_remark_once() -> None:
    text = to_text(_report(), width=200)
    assert "Remarks from reading the modem" in text
    assert text.count(REFUSED) == 1 and DATA_TEST in text
    markdown = to_markdown(_report())
    assert "### Remarks from reading the modem" in markdown
    assert markdown.count("AT+CEER failed") == 1
    html = html_document(_report())
    assert "<h2>Remarks from reading the modem</h2>" in html
    assert f"<li>{REFUSED}</li>" in html and html.count(REFUSED) == 1


def test_no_section_without_remarks() -> None:
    report = _report()
    report.facts.notes = []
    assert "Remarks" not in to_text(report) and "Remarks" not in to_markdown(report)
    assert "Remarks" not in html_document(report)


def test_redaction_reaches_the_remarks() -> None:
    data = json.loads(to_json(_report(), redact=True))
    assert ICCID not in json.dumps(data["notes"]) and "1234" in data["notes"][3]
    assert ICCID not in to_markdown(_report(), redact=True)
