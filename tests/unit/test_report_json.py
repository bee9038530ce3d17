"""JSON export: the contract of DESIGN.md, as text."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from simtool.diagnosis.results import CheckResult, Verdict
from simtool.facts import Facts
from simtool.report import render
from simtool.report.json_export import to_json
from simtool.report.model import Report

SAMPLES_FILE = Path(__file__).parents[1] / "data" / "reports" / "samples.py"


def _samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_samples", SAMPLES_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLES


SAMPLES = _samples()

TOP_KEYS = ["schema", "tool", "created", "port", "modem", "sim", "radio", "signal",
            "registration", "operator", "packet", "apn", "checks", "verdict", "transcript",
            "support",
            # added within version 1, after the original keys
            "notices", "router", "actions", "data_path", "history", "notes"]


def test_top_level_keys_in_contract_order() -> None:
    data = json.loads(to_json(SAMPLES["healthy"]()))
    assert list(data) == TOP_KEYS
    assert data["schema"] == "simtool.report/1"


def test_unknown_values_are_null_not_missing() -> None:
    report = Report(facts=Facts(), checks=[CheckResult("port", "fail", "No modem")],
                    verdict=Verdict("problem", "port", "No modem."))
    data = json.loads(to_json(report))
    assert data["modem"] == {"manufacturer": None, "model": None, "revision": None,
                             "imei": None, "state": None, "failed_reason": None}
    assert data["sim"]["home"] == {"mcc": None, "mnc": None}
    assert data["registration"]["eps"] is None
    assert data["packet"]["last_error"] == {"text": None, "cause": None, "before_change": None}


def test_text_is_indented_and_keeps_chinese_readable() -> None:
    text = to_json(SAMPLES["healthy"]())
    assert text.startswith('{\n  "schema": "simtool.report/1",\n')
    assert '"name": "中国移动 CHINA MOBILE"' in text
    assert text.endswith("}\n")


def test_render_json_is_to_json() -> None:
    report = SAMPLES["data-refused"]()
    assert render(report, "json") == to_json(report)
    assert render(report, "json", redact=True) == to_json(report, redact=True)


def test_redacted_json_masks_identifiers_and_keeps_last_four() -> None:
    data = json.loads(to_json(SAMPLES["data-refused"](), redact=True))
    assert data["sim"]["iccid"] == "****************7890"
    assert data["sim"]["imsi"] == "***********7890"
    assert data["sim"]["msisdn"] == "+********4567"
    assert data["modem"]["imei"] == "***********4567"
    texts = [e["text"] for e in data["transcript"]]
    assert "+ICCID: ****************7890" in texts
    assert '+CNUM: "","+********4567",145' in texts


def test_pin_in_a_transcript_is_masked_in_json() -> None:
    report = SAMPLES["pin-locked"]()
    report.transcript[2].text = 'AT+CPIN="4711"'
    assert "4711" not in to_json(report)
    assert 'AT+CPIN=\\"****\\"' in to_json(report)
