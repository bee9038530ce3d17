"""The fleet kit (packaging/fleet/, docs/monitoring.md) with the real tools: promtool checks
and tests the alert rules and the example configuration, systemd-analyze verifies the units,
every PromQL expression of the dashboard parses, and the textfile unit's command feeds
Debian's node_exporter, which serves simtool's metrics."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families

from simtool.report.prometheus import to_prometheus
from simtool.runner import CheckOptions, run_check

ROOT = Path(__file__).resolve().parents[2]
FLEET = ROOT / "packaging" / "fleet"
RULES = FLEET / "prometheus" / "simtool-alerts.yml"
DASHBOARD = FLEET / "grafana" / "simtool-fleet.json"
UNITS = FLEET / "systemd"
DEMO_PORTS = ["sim://healthy", "sim://registration-denied", "sim://not-subscribed",
              "/dev/ttyUSB99"]

needs_promtool = pytest.mark.skipif(shutil.which("promtool") is None,
                                    reason="apt-get install prometheus (.ci/test installs it)")


def promtool(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["promtool", *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd)


@needs_promtool
def test_alert_rules_check_and_pass_their_tests() -> None:
    checked = promtool("check", "rules", str(RULES))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    tested = promtool("test", "rules", "simtool-alerts.test.yml", cwd=RULES.parent)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "SUCCESS" in tested.stdout


@needs_promtool
def test_example_prometheus_configuration_is_valid() -> None:
    done = promtool("check", "config", "prometheus-example.yml", cwd=RULES.parent)
    assert done.returncode == 0, done.stdout + done.stderr


def _alerts_in_rules() -> set[str]:
    return set(re.findall(r"^\s+- alert: (\w+)$", RULES.read_text(encoding="utf-8"), re.M))


def test_rules_cover_what_the_fleet_page_promises() -> None:
    alerts = _alerts_in_rules()
    assert {"SimtoolModemDown", "SimtoolSimMissing", "SimtoolSimLocked",
            "SimtoolRegistrationDenied", "SimtoolNoService", "SimtoolDataRefused",
            "SimtoolBlockedByOperator", "SimtoolSignalUnusable"} <= alerts
    page = (ROOT / "docs" / "monitoring.md").read_text(encoding="utf-8")
    for alert in alerts:
        assert f"`{alert}`" in page, f"docs/monitoring.md does not explain {alert}"
    tests = (RULES.parent / "simtool-alerts.test.yml").read_text(encoding="utf-8")
    for alert in alerts:
        assert f"alertname: {alert}" in tests, f"no promtool test for {alert}"


def _dashboard_exprs() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    exprs = [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]
    assert exprs
    return exprs


@needs_promtool
def test_every_dashboard_query_parses(tmp_path: Path) -> None:
    # promtool parses PromQL in rule files: each query becomes a recording rule.
    lines = ["groups:", "  - name: dashboard", "    rules:"]
    for index, expr in enumerate(_dashboard_exprs()):
        concrete = expr.replace("$instance", ".*").replace("$port", ".*")
        lines += [f"      - record: dashboard_query_{index}",
                  f"        expr: {json.dumps(concrete)}"]
    rules = tmp_path / "dashboard.yml"
    rules.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = promtool("check", "rules", str(rules))
    assert done.returncode == 0, done.stdout + done.stderr


def test_dashboard_and_rules_use_only_metrics_simtool_writes() -> None:
    options = CheckOptions(timeout=5, probe_timeout=1, sim_busy_wait=0)
    reports = [run_check(url, options) for url in
               ["sim://healthy", "sim://registration-denied", "sim://not-subscribed",
                "sim://pin-locked", "/dev/ttyUSB99"]]
    names = {family.name for family in text_string_to_metric_families(
        to_prometheus(reports, identity=True))}
    names |= {"simtool_exporter_round_duration_seconds", "simtool_exporter_rounds_total",
              "simtool_exporter_modems", "up"}
    used = set()
    for text in [*_dashboard_exprs(), RULES.read_text(encoding="utf-8")]:
        used |= set(re.findall(r"\b(simtool_[a-z_]+)\b", text))
    # simtool_check_failed{check="data-path"} comes with the data-path check; the name is ours.
    assert used <= names, sorted(used - names)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_units_verify(tmp_path: Path) -> None:
    units = sorted(str(path) for path in UNITS.glob("simtool-*.*"))
    assert len(units) == 3
    done = subprocess.run(["systemd-analyze", "verify", "--man=no", *units],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def unit_command(unit: Path, settings: dict[str, str]) -> tuple[list[str], dict[str, str]]:
    """The unit's ExecStart and environment as systemd builds them: its Environment= lines,
    then the EnvironmentFile's settings ($$ is a literal $ for the shell)."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    exec_start = ""
    for line in unit.read_text(encoding="utf-8").splitlines():
        if line.startswith("Environment="):
            name, _sep, value = line.removeprefix("Environment=").partition("=")
            env[name] = value
        elif line.startswith("ExecStart="):
            exec_start = line.removeprefix("ExecStart=")
    env.update(settings)
    return shlex.split(exec_start.replace("$$", "$")), env


def simtool_program() -> str:
    program = Path(sys.executable).parent / "simtool"
    if not program.exists():
        pytest.skip("simtool is not installed as a program in this environment")
    return str(program)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def node_exporter(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    program = shutil.which("prometheus-node-exporter") or shutil.which("node_exporter")
    if program is None:
        pytest.skip("apt-get install prometheus-node-exporter (.ci/test installs it)")
    textfiles = tmp_path / "node-exporter"
    textfiles.mkdir()
    address = f"127.0.0.1:{free_port()}"
    proc = subprocess.Popen([program, f"--web.listen-address={address}",
                             "--collector.disable-defaults", "--collector.textfile",
                             f"--collector.textfile.directory={textfiles}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        yield f"http://{address}/metrics", textfiles
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def scrape(url: str, deadline_s: float = 30.0) -> str:
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as answer:
                return answer.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_textfile_unit_feeds_node_exporter(node_exporter: tuple[str, Path]) -> None:
    url, textfiles = node_exporter
    textfile = textfiles / "simtool.prom"
    argv, env = unit_command(UNITS / "simtool-textfile.service", {
        "SIMTOOL": simtool_program(),
        "SIMTOOL_PORTS": " ".join(f"--port {port}" for port in DEMO_PORTS),
        "SIMTOOL_TEXTFILE": str(textfile)})
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr          # one modem unreachable: SuccessExitStatus
    assert "SuccessExitStatus=1 2" in (UNITS / "simtool-textfile.service").read_text()
    assert textfile.stat().st_mode & 0o777 == 0o644
    served = scrape(url)
    families = {f.name: f for f in text_string_to_metric_families(served)}
    assert families["node_textfile_scrape_error"].samples[0].value == 0
    up = {s.labels["port"]: (s.value, s.labels["reason"]) for s in families["simtool_up"].samples}
    assert up == {"sim://healthy": (1, ""), "sim://registration-denied": (1, ""),
                  "sim://not-subscribed": (1, ""), "/dev/ttyUSB99": (0, "not-found")}
    verdicts = {s.labels["port"]: s.labels["check"]
                for s in families["simtool_verdict"].samples}
    assert verdicts["sim://registration-denied"] == "registration"


def test_exporter_unit_serves_metrics() -> None:
    argv, env = unit_command(UNITS / "simtool-exporter.service", {
        "SIMTOOL": simtool_program(), "SIMTOOL_PORTS": "--port sim://healthy",
        "SIMTOOL_LISTEN": "127.0.0.1:0", "SIMTOOL_INTERVAL": "30"})
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        found = re.search(r"(http://\S+/metrics)", line)
        assert found, line
        deadline = time.monotonic() + 30
        while True:
            try:
                served = scrape(found.group(1))
                break
            except urllib.error.HTTPError as error:      # 503 until the first round ends
                assert error.code == 503 and time.monotonic() < deadline
                time.sleep(0.05)
        assert 'simtool_up{port="sim://healthy",reason=""} 1' in served
        assert "every 30 s" in line
    finally:
        proc.terminate()
        assert proc.wait(timeout=30) == 0
