"""The shipped JSON Schema: real reports pass, broken ones fail, enums match the code."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path

import pytest

from simtool.diagnosis.results import CHECK_IDS, MANUAL_IDS, STATUSES, VERDICT_STATUSES
from simtool.facts import REG_STATES, SIGNAL_QUALITIES, SIM_STATES
from simtool.report.json_export import to_json
from simtool.report.model import Report
from simtool.report.schema import load_schema, validate

SAMPLES_FILE = Path(__file__).parents[1] / "data" / "reports" / "samples.py"


def _samples():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("report_samples", SAMPLES_FILE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SAMPLES


SAMPLES = _samples()


@pytest.fixture(params=sorted(SAMPLES))
def report_dict(request: pytest.FixtureRequest) -> dict:
    return json.loads(to_json(SAMPLES[request.param]()))


def test_every_sample_report_is_valid(report_dict: dict) -> None:
    assert validate(report_dict) == []


def test_empty_facts_report_is_valid() -> None:
    """An unreachable modem: almost everything null, still the full contract."""
    from simtool.diagnosis.results import CheckResult, Verdict
    from simtool.facts import Facts

    report = Report(facts=Facts(), checks=[CheckResult("port", "fail", "No modem", "", "Plug")],
                    verdict=Verdict("problem", "port", "No modem on the port."))
    data = report.to_dict()
    assert validate(data) == []
    assert data["registration"] == {"cs": None, "ps": None, "eps": None, "nr5g": None,
                                    "overall": None}


@pytest.mark.parametrize("path", [
    ("schema",), ("sim", "iccid"), ("sim", "home", "mnc"), ("registration", "nr5g"),
    ("packet", "last_error", "cause"), ("support", "host_os"), ("verdict", "check"),
    ("checks", 0, "remedy"), ("transcript", 0, "t"), ("tool", "version"),
])
def test_a_missing_key_fails(report_dict: dict, path: tuple) -> None:
    broken = copy.deepcopy(report_dict)
    *parents, last = path
    target = broken
    for key in parents:
        target = target[key]
    del target[last]
    errors = validate(broken)
    assert errors and any(repr(last) in e for e in errors)


@pytest.mark.parametrize(("path", "value"), [
    (("sim", "state"), "locked"),
    (("signal", "quality"), "great"),
    (("checks", 0, "status"), "ok"),
    (("checks", 0, "id"), "sim"),
    (("verdict", "status"), "fine"),
    (("transcript", 0, "dir"), "in"),
    (("registration", "overall"), "registered"),
    (("registration", "eps", "state"), "registered"),
    (("registration", "eps", "stat"), 12),
    (("registration", "eps", "tac"), "0x2a5f"),
    (("schema",), "simtool.report/2"),
])
def test_a_wrong_value_fails(path: tuple, value: object) -> None:
    data = json.loads(to_json(SAMPLES["healthy"]()))
    *parents, last = path
    target = data
    for key in parents:
        target = target[key]
    target[last] = value
    assert validate(data) != []


@pytest.mark.parametrize("section", ["sim", "port", "verdict", "support", "tool"])
def test_unknown_keys_are_refused(report_dict: dict, section: str) -> None:
    report_dict[section]["extra"] = 1
    assert validate(report_dict) != []


def test_schema_enums_match_the_code() -> None:
    schema = load_schema()
    props = schema["properties"]
    assert props["sim"]["properties"]["state"]["enum"] == [*SIM_STATES, None]
    assert props["signal"]["properties"]["quality"]["enum"] == [*SIGNAL_QUALITIES, None]
    domain = schema["$defs"]["domain"]["oneOf"][1]["properties"]
    assert domain["state"]["enum"] == [*REG_STATES, None]
    check = props["checks"]["items"]["properties"]
    assert check["status"]["enum"] == list(STATUSES)
    assert check["id"]["enum"] == [*CHECK_IDS, *MANUAL_IDS]
    assert props["verdict"]["properties"]["status"]["enum"] == list(VERDICT_STATUSES)


def test_schema_requires_every_key_the_model_writes() -> None:
    """Closed objects: `required` is exactly the keys Report.to_dict() produces."""
    schema = load_schema()
    data = SAMPLES["data-refused"]().to_dict()

    def walk(node: dict, value: object, where: str) -> None:
        if "$ref" in node:
            node = schema["$defs"][node["$ref"].split("/")[-1]]
        if "oneOf" in node:
            node = node["oneOf"][1]
        if isinstance(value, dict):
            assert node.get("additionalProperties") is False, where
            assert sorted(node["required"]) == sorted(value), where
            for key, item in value.items():
                walk(node["properties"][key], item, f"{where}.{key}")
        elif isinstance(value, list) and value:
            walk(node["items"], value[0], f"{where}[0]")

    walk(schema, data, "$")


def test_schema_ships_as_package_data() -> None:
    from importlib import resources

    assert resources.files("simtool").joinpath("data", "report.schema.json").is_file()
    assert load_schema()["$schema"].endswith("2020-12/schema")


def test_json_round_trips_through_from_dict(report_dict: dict) -> None:
    again = Report.from_dict(report_dict).to_dict()
    assert again == report_dict
