"""End to end: many modems in one `simtool check` (DESIGN.md, issue 6 part 3).

Several --port: one report per modem, in the order given — JSON Lines with --format json,
one section headed by its port in text, one metric set per modem in Prometheus text (for
node_exporter's textfile collector). The exit code of a fleet is the worst one.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from simtool.report.schema import validate

FLEET = ["sim://healthy", "sim://no-sim?vendor=quectel", "sim://registration-denied"]


def simtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120,
                          env={**os.environ, "NO_COLOR": "1"})


def ports_args(ports: list[str]) -> list[str]:
    return [arg for port in ports for arg in ("--port", port)]


def json_lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_json_lines_one_valid_report_per_modem_in_order() -> None:
    done = simtool("check", *ports_args(FLEET), "--format", "json")
    assert "Traceback" not in done.stderr
    reports = json_lines(done.stdout)
    assert [r["port"]["url"] for r in reports] == FLEET
    for report in reports:
        assert validate(report) == []
    assert [r["verdict"]["check"] for r in reports] == [None, "sim-present", "registration"]
    assert done.returncode == 1


def test_json_lines_to_a_file_and_redacted(tmp_path: Path) -> None:
    out = tmp_path / "fleet.jsonl"
    done = simtool("check", *ports_args(FLEET), "--format", "json", "--redact",
                   "--output", str(out))
    assert done.stdout == ""
    reports = json_lines(out.read_text(encoding="utf-8"))
    assert len(reports) == 3
    assert not re.search(r"\d{12,}", out.read_text(encoding="utf-8"))  # no full IMEI/ICCID


def test_text_has_one_section_per_modem_headed_by_its_port() -> None:
    done = simtool("check", *ports_args(FLEET))
    lines = done.stdout.splitlines()
    headers = [line for line in lines if line.startswith("Modem on ")]
    assert headers == [f"Modem on {port}" for port in FLEET]
    # Each section starts with its own verdict, right under the header.
    for header in headers:
        at = lines.index(header)
        assert set(lines[at + 1]) == {"="}
        assert lines[at + 2].split(" ", 1)[1].startswith(("No problem found", "Problem found"))
    assert all(len(line) <= 80 for line in lines)


@pytest.mark.parametrize("ports,code", [
    (["sim://healthy", "sim://healthy?vendor=huawei"], 0),
    (["sim://healthy", "sim://pin-locked"], 1),
    (["sim://healthy", "/dev/ttyUSB99", "sim://no-sim"], 2),
    (["/dev/ttyUSB99", "sim://healthy"], 2),
])
def test_fleet_exit_code_is_the_worst(ports: list[str], code: int) -> None:
    done = simtool("check", *ports_args(ports), "--format", "json")
    assert done.returncode == code
    assert len(json_lines(done.stdout)) == len(ports)


def test_the_same_port_twice_is_checked_once() -> None:
    done = simtool("check", "--port", "sim://healthy", "--port", "sim://healthy",
                   "--format", "json")
    assert json.loads(done.stdout)["port"]["url"] == "sim://healthy"  # one object, not lines


def test_html_for_several_modems_is_a_usage_error() -> None:
    done = simtool("check", *ports_args(FLEET), "--format", "html")
    assert done.returncode == 64
    assert done.stdout == ""


# --- Prometheus text -------------------------------------------------------------------

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)\{((?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|'
                    r'\\["\\n])*",?)*)\} (-?[0-9.eE+-]+|NaN|[+-]Inf)$')


def strict_lines(text: str) -> dict[str, list[str]]:
    """A strict reading of the text format (0.0.4): HELP then TYPE then the samples of each
    family, each family once, no duplicate series, newline at the end."""
    assert text.endswith("\n")
    families: dict[str, list[str]] = {}
    current: str | None = None
    lines = text[:-1].split("\n")
    index = 0
    while index < len(lines):
        help_line, type_line = lines[index], lines[index + 1]
        name = help_line.split(" ")[2]
        assert help_line.startswith(f"# HELP {name} ")
        assert type_line == f"# TYPE {name} gauge"
        assert name not in families
        current = name
        families[current] = []
        index += 2
        while index < len(lines) and not lines[index].startswith("#"):
            match = SAMPLE.match(lines[index])
            assert match, lines[index]
            assert match.group(1) == current
            families[current].append(lines[index])
            index += 1
        series = [line.rsplit(" ", 1)[0] for line in families[current]]
        assert len(series) == len(set(series)), f"duplicate series in {current}"
    return families


def metrics(text: str) -> dict[str, list[tuple[dict[str, str], float]]]:
    parsed: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(text):
        assert family.type == "gauge"
        for sample in family.samples:
            parsed.setdefault(sample.name, []).append((dict(sample.labels), sample.value))
    return parsed


@pytest.mark.parametrize("ports", [FLEET[:1], FLEET])
def test_prometheus_output_parses_strictly(ports: list[str]) -> None:
    done = simtool("check", *ports_args(ports), "--format", "prometheus",
                   "--metrics-identity")
    assert "Traceback" not in done.stderr
    families = strict_lines(done.stdout)
    parsed = metrics(done.stdout)
    assert set(families) == set(parsed)
    up = parsed["simtool_up"]
    assert [labels["port"] for labels, _value in up] == ports
    for labels, value in up:
        # Since issue 19 IMEI and ICCID are on simtool_modem_info only (docs/monitoring.md).
        assert labels == {"port": labels["port"], "reason": ""}
        assert value == 1
    info = parsed["simtool_modem_info"]
    for labels, _value in info:
        assert re.fullmatch(r"\d{15}", labels["imei"])
    by_port = {labels["port"]: labels for labels, _value in info}
    assert by_port["sim://healthy"]["iccid"] == "89860012345678901234"
    if len(ports) > 1:
        assert by_port["sim://no-sim?vendor=quectel"]["iccid"] == ""   # no SIM, no ICCID
    rsrp = {labels["port"]: value for labels, value in parsed["simtool_signal_rsrp_dbm"]}
    assert rsrp["sim://healthy"] == -91
    verdicts = {labels["port"]: (labels["status"], labels["check"])
                for labels, value in parsed["simtool_verdict"] if value == 1}
    assert verdicts["sim://healthy"] == ("ok", "")
    problems = {labels["port"]: value for labels, value in parsed["simtool_problem"]}
    assert problems["sim://healthy"] == 0
    if len(ports) > 1:
        assert verdicts["sim://registration-denied"] == ("problem", "registration")
        assert problems["sim://registration-denied"] == 1
        registered = {labels["port"]: value for labels, value in parsed["simtool_registered"]}
        assert registered == {"sim://healthy": 1, "sim://no-sim?vendor=quectel": 0,
                              "sim://registration-denied": 0}
    assert done.returncode == (1 if len(ports) > 1 else 0)


def test_prometheus_for_an_unreachable_modem_says_down(tmp_path: Path) -> None:
    out = tmp_path / "simtool.prom"
    done = simtool("check", "--port", "/dev/ttyUSB99", "--port", "sim://healthy",
                   "--format", "prometheus", "--output", str(out))
    assert done.returncode == 2
    text = out.read_text(encoding="utf-8")
    strict_lines(text)
    up = {labels["port"]: value for labels, value in metrics(text)["simtool_up"]}
    assert up == {"/dev/ttyUSB99": 0, "sim://healthy": 1}
    reasons = {labels["port"]: labels["reason"] for labels, _v in metrics(text)["simtool_up"]}
    assert reasons == {"/dev/ttyUSB99": "not-found", "sim://healthy": ""}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_prometheus_textfile_is_created_world_readable(tmp_path: Path) -> None:
    # A new file is 0644 whatever the writer's umask: node_exporter runs as another user.
    out = tmp_path / "textfile" / "simtool.prom"
    done = subprocess.run(
        ["sh", "-c", 'umask 077 && exec "$0" -m simtool check --port sim://healthy '
         '--format prometheus --output "$1"', sys.executable, str(out)],
        capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_mode & 0o777 == 0o644


def test_prometheus_metrics_identity_with_redact_masks_it() -> None:
    done = simtool("check", "--port", "sim://healthy", "--format", "prometheus",
                   "--metrics-identity", "--redact")
    info = metrics(done.stdout)["simtool_modem_info"][0][0]
    assert info["imei"].endswith(info["imei"][-4:]) and info["imei"].startswith("*")
    assert not re.search(r"\d{12,}", done.stdout)


def test_prometheus_redacted_hides_identifiers() -> None:
    done = simtool("check", "--port", "sim://healthy", "--format", "prometheus", "--redact")
    strict_lines(done.stdout)
    assert not re.search(r"\d{12,}", done.stdout)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_prometheus_textfile_keeps_its_mode_when_replaced(tmp_path: Path) -> None:
    # node_exporter usually runs as another user than the cron job that writes the file:
    # replacing it atomically must not make it private (mkstemp creates 0600 files).
    out = tmp_path / "simtool.prom"
    out.write_text("", encoding="utf-8")
    out.chmod(0o644)
    simtool("check", "--port", "sim://healthy", "--format", "prometheus", "--output", str(out))
    assert out.stat().st_mode & 0o777 == 0o644
    assert "simtool_up" in out.read_text(encoding="utf-8")


def test_all_always_gives_json_lines_even_for_one_modem() -> None:
    # A monitoring script using --all gets the same shape for one modem as for ten. (This
    # machine has no USB modem, so --all adds none to the one named here.)
    done = simtool("check", "--all", "--port", "sim://healthy", "--format", "json")
    lines = done.stdout.splitlines()
    assert len(lines) == 1
    assert validate(json.loads(lines[0])) == []
    text = simtool("check", "--all", "--port", "sim://healthy")
    assert text.stdout.startswith("Modem on sim://healthy\n")


def test_all_finding_no_modem_replaces_old_metrics_with_down(tmp_path: Path) -> None:
    from simtool.sources.discovery import discover_all

    if discover_all():
        pytest.skip("this machine has a modem: --all finds it")
    out = tmp_path / "simtool.prom"
    out.write_text('simtool_up{port="/dev/ttyUSB2",reason=""} 1\n', encoding="utf-8")
    done = simtool("check", "--all", "--format", "prometheus", "--output", str(out))
    assert done.returncode == 2
    assert "none found" in done.stderr
    parsed = metrics(out.read_text(encoding="utf-8"))
    assert parsed["simtool_up"] == [({"port": "", "reason": "no-modem"}, 0)]
    assert parsed["simtool_last_check_timestamp_seconds"][0][1] > 1_600_000_000
