"""End to end: `simtool simulate SCENARIO --hilink/--zte 127.0.0.1:0` in a subprocess (a real
HTTP server), and the CLI against it as a user would type it: exit codes, clear messages,
never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest

Served = Callable[..., str]


def simtool(*args: str, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL,
                          env={**os.environ, "NO_COLOR": "1", **(env or {})})


@pytest.fixture
def serve() -> Iterator[Served]:
    processes: list[subprocess.Popen[str]] = []

    def start(scenario: str, kind: str = "hilink", *extra: str) -> str:
        process = subprocess.Popen(
            [sys.executable, "-m", "simtool", "simulate", scenario, f"--{kind}", "127.0.0.1:0",
             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        processes.append(process)
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith(f"{kind}://127.0.0.1:"), process.stderr.read() if \
            process.stderr else ""
        return url

    yield start
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)


def words(text: str) -> str:
    """The output with its line wrapping undone."""
    return " ".join(text.split())


def clean(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout, done.stderr


@pytest.mark.parametrize("kind", ["hilink", "zte"])
def test_check_exit_codes(serve: Served, kind: str) -> None:
    healthy = simtool("check", "--port", serve("healthy", kind))
    assert healthy.returncode == 0 and "look right" in words(healthy.stdout)
    locked = simtool("check", "--port", serve("pin-locked", kind), "--format", "json")
    assert locked.returncode == 1
    report = json.loads(locked.stdout)
    assert report["verdict"]["check"] == "sim-lock" and report["port"]["via"] == kind
    assert report["router"]["login"] == "not-needed"
    clean(locked)


def test_login_from_an_environment_variable(serve: Served) -> None:
    url = serve("healthy", "hilink", "--admin-password", "pw-1234", "--gate", "all")
    without = simtool("check", "--port", url)
    assert without.returncode == 2 and "--password-env" in words(without.stdout)
    unset = simtool("check", "--port", url, "--password-env", "NO_SUCH_VARIABLE_SET")
    assert unset.returncode == 64 and "NO_SUCH_VARIABLE_SET" in unset.stderr
    wrong = simtool("check", "--port", url, "--password-env", "PW", env={"PW": "nope"})
    assert wrong.returncode == 2 and "does not try again" in words(wrong.stdout)
    right = simtool("check", "--port", url, "--password-env", "PW", "--format", "json",
                    env={"PW": "pw-1234"})
    assert right.returncode == 0
    assert "pw-1234" not in right.stdout
    assert json.loads(right.stdout)["router"]["login"] == "logged-in"
    for done in (without, unset, wrong, right):
        clean(done)


@pytest.mark.parametrize(("quirk", "said"), [
    ("html", "not the HiLink API"), ("stall", "did not answer within 1 s")])
def test_broken_devices_exit_2_with_a_sentence(serve: Served, quirk: str, said: str) -> None:
    done = simtool("check", "--port", serve("healthy", "hilink", "--quirk", quirk),
                   "--timeout", "1")
    assert done.returncode == 2 and said in words(done.stdout)
    assert "simtool ports --probe" not in done.stdout     # that is for AT ports
    clean(done)


def test_data_switch_round_trip(serve: Served) -> None:
    url = serve("healthy", "hilink")
    refused = simtool("data", "off", "--port", url)
    assert refused.returncode == 3
    assert simtool("data", "off", "--port", url, "--allow-write").returncode == 0
    off = simtool("check", "--port", url, "--format", "json")
    assert off.returncode == 1
    assert json.loads(off.stdout)["verdict"]["check"] == "data-session"
    assert simtool("data", "on", "--port", url, "--allow-write").returncode == 0
    assert simtool("check", "--port", url).returncode == 0


def test_profile_selection_and_undo(serve: Served) -> None:
    url = serve("healthy", "hilink")
    listed = simtool("profile", "--port", url)
    assert listed.returncode == 0 and "*   1" in listed.stdout
    chosen = simtool("profile", "--port", url, "--select", "2", "--allow-write")
    assert chosen.returncode == 0 and "--select 1" in chosen.stdout
    wrong = simtool("check", "--port", url, "--format", "json")
    assert json.loads(wrong.stdout)["verdict"]["check"] == "apn"
    bad = simtool("profile", "--port", url, "--select", "9", "--allow-write")
    assert bad.returncode == 64 and "no profile 9" in bad.stderr
    clean(bad)


@pytest.mark.parametrize("kind", ["hilink", "zte"])
def test_ussd_through_the_web_api(serve: Served, kind: str) -> None:
    done = simtool("ussd", "--port", serve("healthy", kind), "*100#")
    assert done.returncode == 0 and "Your balance is 23.45 CNY" in done.stdout


def test_ports_and_check_all_find_devices_on_the_gateways(serve: Served) -> None:
    hilink, zte = serve("healthy", "hilink"), serve("no-sim", "zte")
    gateways = {"SIMTOOL_GATEWAYS": ",".join(u.partition("://")[2] for u in (hilink, zte))}
    ports = simtool("ports", env=gateways)
    assert ports.returncode == 0
    assert f"{hilink}  Huawei E3372h-320  SIM ready" in ports.stdout, ports.stdout
    assert "ZTE MF79U" in ports.stdout and "no SIM" in ports.stdout
    rows = json.loads(simtool("ports", "--json", env=gateways).stdout)
    assert {row["device"] for row in rows if row["role"] == "web"} == {hilink, zte}
    every = simtool("check", "--all", "--format", "json", env=gateways)
    verdicts = {json.loads(line)["port"]["url"]: json.loads(line)["verdict"]["check"]
                for line in every.stdout.splitlines()}
    assert verdicts[hilink] is None and verdicts[zte] == "sim-present"


def test_scenarios_a_device_cannot_show_are_refused() -> None:
    done = simtool("simulate", "radio-off", "--zte", "127.0.0.1:0")
    assert done.returncode == 64 and "no counterpart" in done.stderr
