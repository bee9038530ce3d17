"""Prometheus text exposition of real reports (simtool.report.prometheus.to_prometheus).

The reports come from real checks of the simulated modem (sim:// through the runner), and
every output goes through prometheus_client's own parser and Prometheus's own linter
(`promtool check metrics`): what node_exporter's textfile collector would read.
"""

from __future__ import annotations

import copy
import math
import shutil
import subprocess

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prometheus_client.parser import text_string_to_metric_families

from simtool.diagnosis.results import CHECK_IDS
from simtool.facts import REG_STATES, SIGNAL_QUALITIES, SIM_STATES
from simtool.report.model import Report
from simtool.report.prometheus import to_prometheus
from simtool.runner import CheckOptions, run_check

_cache: dict[str, Report] = {}


def checked(url: str) -> Report:
    if url not in _cache:
        _cache[url] = run_check(url, CheckOptions(timeout=5, probe_timeout=1, sim_busy_wait=0))
    return _cache[url]


Samples = dict[str, list[tuple[dict[str, str], float]]]


def parse(text: str) -> Samples:
    parsed: Samples = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            parsed.setdefault(sample.name, []).append((dict(sample.labels), sample.value))
    return parsed


def value_of(parsed: Samples, name: str, **wanted: str) -> float:
    values = [value for labels, value in parsed[name]
              if all(labels.get(k) == v for k, v in wanted.items())]
    assert len(values) == 1, (name, wanted, parsed.get(name))
    return values[0]


def test_healthy_modem_metrics() -> None:
    report = checked("sim://healthy")
    parsed = parse(to_prometheus([report]))
    port = "sim://healthy"
    assert value_of(parsed, "simtool_up", port=port, reason="") == 1
    assert value_of(parsed, "simtool_sim_state", port=port, state="ready") == 1
    assert value_of(parsed, "simtool_registration", port=port, state="home") == 1
    assert value_of(parsed, "simtool_registered", port=port) == 1
    assert value_of(parsed, "simtool_signal_rsrp_dbm", port=port) == report.facts.signal.rsrp_dbm
    assert value_of(parsed, "simtool_signal_rssi_dbm", port=port) == report.facts.signal.rssi_dbm
    assert value_of(parsed, "simtool_verdict", port=port, status="ok", check="") == 1
    assert value_of(parsed, "simtool_problem", port=port) == 0
    # Identity is on the info metric only, and without IMEI/ICCID unless asked for.
    assert parsed["simtool_up"][0][0] == {"port": port, "reason": ""}
    info = parsed["simtool_modem_info"]
    assert len(info) == 1 and info[0][1] == 1
    assert info[0][0]["model"] == report.facts.modem.model
    assert info[0][0]["firmware"] == report.facts.modem.revision
    assert info[0][0]["operator"] == report.facts.operator.name
    assert "imei" not in info[0][0] and "iccid" not in info[0][0]
    for name, samples in parsed.items():
        if name != "simtool_modem_info":
            assert all("imei" not in labels and "iccid" not in labels
                       for labels, _value in samples), name


def test_one_failed_check_per_problem_modem() -> None:
    parsed = parse(to_prometheus([checked("sim://not-subscribed")]))
    failed = {labels["check"]: value for labels, value in parsed["simtool_check_failed"]}
    assert failed["data-session"] == 1
    assert sum(failed.values()) == 1
    assert value_of(parsed, "simtool_verdict", status="problem", check="data-session") == 1
    assert value_of(parsed, "simtool_problem") == 1


def test_unreachable_modem_is_down_with_no_signal_samples() -> None:
    report = checked("/dev/ttyUSB99")
    assert report.facts.reachable is False
    parsed = parse(to_prometheus([report]))
    assert value_of(parsed, "simtool_up", reason="not-found") == 0
    assert value_of(parsed, "simtool_sim_state", state="unknown") == 1
    assert not any(name.startswith("simtool_signal_") and name != "simtool_signal_quality"
                   for name in parsed)
    assert value_of(parsed, "simtool_signal_quality", quality="unknown") == 1
    assert "simtool_modem_info" not in parsed      # nothing stale about who it was
    assert value_of(parsed, "simtool_verdict", status="problem", check="port") == 1


def test_several_modems_share_each_family_once() -> None:
    urls = ["sim://healthy", "sim://no-sim", "sim://radio-off", "/dev/ttyUSB99"]
    text = to_prometheus([checked(url) for url in urls])
    helps = [line.split(" ")[2] for line in text.splitlines() if line.startswith("# HELP")]
    assert len(helps) == len(set(helps))
    parsed = parse(text)
    assert [labels["port"] for labels, _value in parsed["simtool_up"]] == urls
    # No SIM: the ICCID label is empty, not a made-up value.
    assert value_of(parsed, "simtool_up", port="sim://no-sim") == 1
    identified = parse(to_prometheus([checked(url) for url in urls], identity=True))
    no_sim_labels = next(labels for labels, _v in identified["simtool_modem_info"]
                         if labels["port"] == "sim://no-sim")
    assert no_sim_labels["iccid"] == ""
    assert no_sim_labels["imei"] == checked("sim://no-sim").facts.modem.imei


def test_fractional_values_keep_their_fraction() -> None:
    report = copy.deepcopy(checked("sim://healthy"))
    report.facts.signal.rsrq_db = -10.5
    parsed = parse(to_prometheus([report]))
    assert value_of(parsed, "simtool_signal_rsrq_db") == -10.5


def test_empty_fleet_is_an_empty_exposition() -> None:
    assert list(text_string_to_metric_families(to_prometheus([]))) == []


def test_no_modem_found_says_down_with_the_reason() -> None:
    parsed = parse(to_prometheus([], no_modem_at=1_800_000_000.5))
    assert parsed["simtool_up"] == [({"port": "", "reason": "no-modem"}, 0)]
    assert value_of(parsed, "simtool_last_check_timestamp_seconds") == 1_800_000_000.5


SCENARIOS = ["sim://healthy", "sim://no-sim", "sim://pin-locked", "sim://registration-denied",
             "sim://not-subscribed", "sim://no-signal", "sim://radio-off", "/dev/ttyUSB99"]


@pytest.mark.parametrize("url", SCENARIOS)
def test_state_metrics_are_one_hot_over_every_known_state(url: str) -> None:
    parsed = parse(to_prometheus([checked(url)]))
    for name, label, states in (("simtool_sim_state", "state", SIM_STATES),
                                ("simtool_registration", "state", REG_STATES),
                                ("simtool_signal_quality", "quality", SIGNAL_QUALITIES),
                                ("simtool_verdict_status", "status",
                                 ("ok", "problem", "inconclusive"))):
        assert [labels[label] for labels, _v in parsed[name]] == list(states), name
        assert sum(value for _labels, value in parsed[name]) == 1, name


def test_state_values_follow_the_report() -> None:
    locked = parse(to_prometheus([checked("sim://pin-locked")]))
    assert value_of(locked, "simtool_sim_state", state="pin-required") == 1
    denied = parse(to_prometheus([checked("sim://registration-denied")]))
    assert value_of(denied, "simtool_registration", state="denied") == 1
    causes = denied.get("simtool_registration_reject_cause", [])
    report = checked("sim://registration-denied")
    expected = {d: getattr(report.facts.registration, d).reject_cause
                for d in ("cs", "ps", "eps", "nr5g")
                if getattr(report.facts.registration, d) is not None
                and getattr(report.facts.registration, d).reject_cause is not None}
    assert {labels["domain"]: value for labels, value in causes} == expected
    refused = parse(to_prometheus([checked("sim://not-subscribed")]))
    assert value_of(refused, "simtool_data_session_error_cause") == 33


def test_check_failed_follows_the_checklist_order() -> None:
    report = checked("sim://healthy")
    parsed = parse(to_prometheus([report]))
    order = [labels["check"] for labels, _v in parsed["simtool_check_failed"]]
    ids = [r.id for r in report.checks]
    # Contract check ids first, in checklist order; manual items after them.
    assert order == [c for c in CHECK_IDS if c in ids] + [c for c in ids if c not in CHECK_IDS]


def test_last_check_timestamp_is_the_report_time() -> None:
    from datetime import datetime

    report = checked("sim://healthy")
    parsed = parse(to_prometheus([report]))
    created = datetime.fromisoformat(report.created.replace("Z", "+00:00")).timestamp()
    assert value_of(parsed, "simtool_last_check_timestamp_seconds") == created


@pytest.mark.skipif(shutil.which("promtool") is None,
                    reason="apt-get install prometheus (promtool; .ci/test installs it)")
@pytest.mark.parametrize("identity", [False, True])
def test_promtool_accepts_the_exposition(identity: bool) -> None:
    text = to_prometheus([checked(url) for url in SCENARIOS], identity=identity)
    for exposition in (text, to_prometheus([], no_modem_at=1_800_000_000.0)):
        done = subprocess.run(["promtool", "check", "metrics"], input=exposition,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.strip() == "" and done.stderr.strip() == "", done.stderr


# Label values can be anything a port name or a modem's reply holds: quotes, backslashes,
# new lines, non-ASCII. Whatever they are, the parser must read back exactly them.
label_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)


@settings(max_examples=200, deadline=None)
@given(port=label_text, imei=label_text, iccid=label_text, model=label_text)
def test_any_label_value_round_trips(port: str, imei: str, iccid: str, model: str) -> None:
    report = copy.deepcopy(checked("sim://healthy"))
    report.facts.port.url = port or None
    report.facts.port.device = port or None
    report.facts.modem.imei = imei or None
    report.facts.sim.iccid = iccid or None
    report.facts.modem.model = model or None
    parsed = parse(to_prometheus([report], identity=True))
    labels, value = parsed["simtool_up"][0]
    assert labels == {"port": port, "reason": ""}
    assert value == 1
    info, _one = parsed["simtool_modem_info"][0]
    assert (info["port"], info["imei"], info["iccid"], info["model"]) == (
        port, imei, iccid, model)


@pytest.mark.parametrize("number", [-141.0, -3.5, 0.0, 31.25])
def test_signal_numbers_parse_back_exactly(number: float) -> None:
    report = copy.deepcopy(checked("sim://healthy"))
    report.facts.signal.sinr_db = number
    parsed = parse(to_prometheus([report]))
    assert math.isclose(value_of(parsed, "simtool_signal_sinr_db"), number)
