"""End to end: the fixes a user can make from the computer, each run as its own `simtool`
process against a simulated modem (a pty served by `simtool simulate`, whose state outlives
every client, or a sim:// URL), and each proved by the next `simtool check`.

APN from the provider database and its undo; an injected APN refused before it reaches the
modem; radio on; read-only unless --allow-write; USSD, balance and top-up; the connection
test and its causes, also inside `simtool check --connect-test`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

VODAFONE_DE = "sim://healthy?operator=26202"      # its provider entry has *100# and *100*CODE#


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A SIMTOOL_HOME of this test only (the APN undo state lives there)."""
    return tmp_path / "home"


@pytest.fixture
def run(home: Path) -> Any:
    def simtool(*args: str, env: dict[str, str] | None = None,
                ) -> subprocess.CompletedProcess[str]:
        environment = {**os.environ, "SIMTOOL_HOME": str(home), **(env or {})}
        return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                              text=True, env=environment, stdin=subprocess.DEVNULL, timeout=120)

    return simtool


@pytest.fixture
def serve() -> Iterator[Any]:
    """serve(scenario, *options) -> device path of a simulated modem on a pty."""
    processes: list[subprocess.Popen[str]] = []

    def start(scenario: str, *options: str) -> str:
        process = subprocess.Popen([sys.executable, "-m", "simtool", "simulate", scenario,
                                    *options, "--pty"], stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, text=True)
        processes.append(process)
        assert process.stdout is not None
        path = process.stdout.readline().strip()
        assert path.startswith("/dev/"), path
        return path

    yield start
    for process in processes:
        process.terminate()
        assert process.wait(10) == 0


def check(run: Any, port: str, *extra: str) -> dict[str, Any]:
    done = run("check", "--port", port, "--format", "json", *extra)
    assert done.returncode in (0, 1), done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def status(report: dict[str, Any], check_id: str) -> str:
    return next(c["status"] for c in report["checks"] if c["id"] == check_id)


# -- APN -----------------------------------------------------------------------------------


def test_wrong_apn_is_fixed_from_the_provider_database_and_undone(run: Any, serve: Any) -> None:
    port = serve("wrong-apn")
    before = check(run, port)
    assert status(before, "apn") == "fail"
    assert before["apn"]["configured"] == "internet"
    assert "cmnet" in before["apn"]["expected"]

    shown = run("apn", "--port", port)                     # read-only: shows both sides
    assert shown.returncode == 0
    assert "internet" in shown.stdout and "expects: cmnet" in shown.stdout

    fixed = run("apn", "--port", port, "--set-from-provider", "--allow-write")
    assert fixed.returncode == 0, fixed.stderr
    assert "'internet' -> 'cmnet'" in fixed.stdout
    after = check(run, port)
    assert status(after, "apn") == "pass"
    assert after["apn"]["configured"] == "cmnet"

    # With the right APN the network now accepts a data session; the test leaves it down.
    tested = run("connect-test", "--port", port, "--allow-write")
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "address" in tested.stdout
    assert not any(c["active"] for c in check(run, port)["packet"]["contexts"])

    undone = run("apn", "--port", port, "--undo", "--allow-write")
    assert undone.returncode == 0, undone.stderr
    assert "'cmnet' -> 'internet'" in undone.stdout
    restored = check(run, port)
    assert restored["apn"]["configured"] == "internet"
    assert status(restored, "apn") == "fail"

    again = run("apn", "--port", port, "--undo", "--allow-write")
    assert again.returncode == 1
    assert "no earlier APN" in again.stderr


@pytest.mark.parametrize("apn", ['";+CFUN=0', 'cmnet";+CFUN=0', "cmnet\r\nAT+CFUN=0"])
def test_an_apn_that_would_inject_commands_is_refused(run: Any, serve: Any, apn: str) -> None:
    port = serve("healthy")
    done = run("apn", "--port", port, "--set", apn, "--allow-write")
    assert done.returncode == 64
    assert "The APN contains characters the modem would act on" in done.stderr
    report = check(run, port)
    assert status(report, "radio") == "pass"
    assert report["radio"]["cfun"] == 1
    assert report["apn"]["configured"] == "cmnet"


def test_apn_credentials_come_from_the_environment_and_are_validated(run: Any,
                                                                     serve: Any) -> None:
    port = serve("auth-failed")
    bad = run("apn", "--port", port, "--set", "cmnet", "--user", "card", "--password-env",
              "SIMTOOL_TEST_PASSWORD", "--allow-write", env={"SIMTOOL_TEST_PASSWORD": 'x";'})
    assert bad.returncode == 64
    assert "The password contains characters" in bad.stderr
    refused = run("connect-test", "--port", port, "--allow-write")
    assert refused.returncode == 1
    assert "#29" in refused.stdout
    good = run("apn", "--port", port, "--set", "cmnet", "--user", "card", "--password-env",
               "SIMTOOL_TEST_PASSWORD", "--allow-write", env={"SIMTOOL_TEST_PASSWORD": "s3cret"})
    assert good.returncode == 0, good.stderr
    works = run("connect-test", "--port", port, "--allow-write")
    assert works.returncode == 0, works.stdout
    assert "s3cret" not in good.stdout + good.stderr + works.stdout + works.stderr


# -- radio and read-only ---------------------------------------------------------------------


def test_radio_off_is_fixed_by_radio_on(run: Any, serve: Any) -> None:
    port = serve("radio-off")
    assert status(check(run, port), "radio") == "fail"
    done = run("radio", "on", "--port", port, "--allow-write")
    assert done.returncode == 0, done.stderr
    assert "CFUN 4 -> 1" in done.stdout
    report = check(run, port)
    assert status(report, "radio") == "pass"
    assert status(report, "registration") == "pass"
    again = run("radio", "on", "--port", port, "--allow-write")
    assert again.returncode == 0
    assert "already on" in again.stdout


WRITES = [
    ("radio", "on"),
    ("radio", "off"),
    ("apn", "--set", "cmnet"),
    ("apn", "--set-from-provider"),
    ("apn", "--undo"),
    ("connect-test",),
    ("topup", "--voucher-env", "SIMTOOL_TEST_VOUCHER"),
    ("check", "--connect-test"),
]


@pytest.mark.parametrize("command", WRITES, ids=[" ".join(c) for c in WRITES])
def test_without_allow_write_nothing_is_changed_nor_even_opened(run: Any,
                                                                command: tuple[str, ...],
                                                                tmp_path: Path) -> None:
    # A port that does not exist: the refusal comes before anything is opened or sent.
    missing = str(tmp_path / "no-such-modem")
    done = run(*command, "--port", missing, env={"SIMTOOL_TEST_VOUCHER": "1234567890"})
    assert done.returncode == 3, done.stderr
    assert "--allow-write" in done.stderr
    assert "nothing was changed" in done.stderr


def test_without_allow_write_the_modem_stays_as_it_was(run: Any, serve: Any) -> None:
    port = serve("radio-off", "--operator", "26202")
    assert run("radio", "on", "--port", port).returncode == 3
    assert run("apn", "--port", port, "--set", "other").returncode == 3
    report = check(run, port)
    assert report["radio"]["cfun"] == 4
    assert report["apn"]["configured"] == "web.vodafone.de"


# -- USSD, balance, top-up -----------------------------------------------------------------


def test_ussd_and_balance_answer_on_a_network_with_a_balance_code(run: Any) -> None:
    ussd = run("ussd", "--port", VODAFONE_DE, "*100#")
    assert ussd.returncode == 0, ussd.stderr
    assert "12.34 EUR" in ussd.stdout
    balance = run("balance", "--port", VODAFONE_DE)
    assert balance.returncode == 0, balance.stderr
    assert "*100#" in balance.stdout                  # the provider database's code
    assert "12.34 EUR" in balance.stdout


def test_balance_says_so_when_the_operator_has_no_code_on_record(run: Any) -> None:
    # China Broadnet (460/15): neither a USSD code nor an SMS query on record. (China Mobile,
    # the default network, now has its SMS query in simtool's provider overlay: issue 20.)
    broadnet = "sim://healthy?operator=46015"
    done = run("balance", "--port", broadnet)
    assert done.returncode == 64
    assert "no balance-check code on record" in done.stderr
    assert "--code" in done.stderr
    own = run("balance", "--port", broadnet, "--code", "*100#")
    assert own.returncode == 0, own.stderr
    assert "12.00 CNY" in own.stdout


def test_topup_fills_the_providers_template_with_the_voucher(run: Any, serve: Any) -> None:
    port = serve("healthy", "--operator", "26202")
    env = {"SIMTOOL_TEST_VOUCHER": "123456789012"}
    done = run("topup", "--port", port, "--voucher-env", "SIMTOOL_TEST_VOUCHER",
               "--allow-write", env=env)
    assert done.returncode == 0, done.stderr
    assert "successful" in done.stdout
    balance = run("balance", "--port", port)
    assert "62.34 EUR" in balance.stdout              # 12.34 + the simulator's 50.00 voucher
    bad = run("topup", "--port", port, "--voucher-env", "SIMTOOL_TEST_VOUCHER", "--allow-write",
              env={"SIMTOOL_TEST_VOUCHER": "12#34"})
    assert bad.returncode == 64
    assert "voucher" in bad.stderr


def test_ussd_codes_are_validated_before_the_modem_sees_them(run: Any) -> None:
    for code in ("*100#;+CFUN=0", '*100"#', "balance"):
        done = run("ussd", "--port", VODAFONE_DE, code)
        assert done.returncode == 64, code
        assert "USSD code" in done.stderr


# -- connection test -----------------------------------------------------------------------


def test_connect_test_on_healthy_reports_the_address(run: Any) -> None:
    done = run("connect-test", "--port", "sim://healthy", "--allow-write")
    assert done.returncode == 0, done.stderr
    assert "Data connection works on context 1: address 10." in done.stdout


@pytest.mark.parametrize(("scenario", "cause", "meaning"), [
    ("not-subscribed", 33, "no data plan"),
    ("auth-failed", 29, "password"),
    ("wrong-apn", 27, "APN is wrong"),
])
def test_connect_test_reports_the_refusal_cause_with_its_meaning(
        run: Any, scenario: str, cause: int, meaning: str) -> None:
    done = run("connect-test", "--port", f"sim://{scenario}", "--allow-write")
    assert done.returncode == 1, done.stderr
    assert "refused the data connection" in done.stdout
    assert f"Cause #{cause}: " in done.stdout
    assert meaning in done.stdout


@pytest.mark.parametrize(("scenario", "cause"), [
    ("not-subscribed", 33), ("auth-failed", 29), ("wrong-apn", 27)])
def test_check_with_connect_test_judges_the_data_session(run: Any, scenario: str,
                                                         cause: int) -> None:
    report = check(run, f"sim://{scenario}", "--connect-test", "--allow-write")
    assert status(report, "data-session") == "fail"
    assert report["packet"]["last_error"]["cause"] == cause
    session = next(c for c in report["checks"] if c["id"] == "data-session")
    assert f"#{cause}" in session["detail"]


def test_check_with_connect_test_passes_on_healthy(run: Any) -> None:
    report = check(run, "sim://healthy", "--connect-test", "--allow-write")
    assert status(report, "data-session") == "pass"
    assert report["verdict"]["status"] == "ok"


def test_a_ussd_menu_is_answered_at_the_terminal(home: Path) -> None:
    """`simtool ussd *111#` on a terminal: each menu is shown once and the typed choice goes
    back to the network until it ends the session."""
    import pty
    import select

    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "simtool", "ussd", "--port", VODAFONE_DE,
                                "*111#"], stdin=terminal, stdout=terminal, stderr=terminal,
                               env={**os.environ, "SIMTOOL_HOME": str(home)})
    os.close(terminal)
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        while seen.count(marker) < wanted[marker]:
            ready, _, _ = select.select([controller], [], [], 30)
            assert ready, f"no {marker!r} in {seen!r}"
            try:
                seen += os.read(controller, 4096)
            except OSError:              # the child closed the terminal
                break

    wanted = {b"Reply (empty to end): ": 1, b"Your request is being processed": 1}
    read_until(b"Reply (empty to end): ")
    os.write(controller, b"2\n")                     # "2 Data plans"
    wanted[b"Reply (empty to end): "] = 2
    read_until(b"Reply (empty to end): ")
    os.write(controller, b"1\n")                     # "1 1GB 30 days"
    read_until(b"Your request is being processed")
    assert process.wait(30) == 0
    os.close(controller)
    text = seen.decode("utf-8", "replace")
    assert text.count("2 Data plans") == 1           # each menu shown once
    assert text.count("1 1GB 30 days 10.00") == 1
    assert text.index("3 Top up") < text.index("1 1GB") < text.index("being processed")


def test_providers_sharing_a_network_are_listed_and_one_is_chosen(run: Any, serve: Any) -> None:
    """Austria 232/07 is shared by HoT (webaut) and tele.ring (web) in the provider
    database: simtool lists both and sets nothing until one is named."""
    port = serve("wrong-apn", "--operator", "23207")
    ask = run("apn", "--port", port, "--set-from-provider", "--allow-write")
    assert ask.returncode == 64
    assert "HoT: webaut" in ask.stderr and "tele.ring: web" in ask.stderr
    assert "--provider NAME" in ask.stderr
    assert check(run, port)["apn"]["configured"] == "internet"
    chosen = run("apn", "--port", port, "--set-from-provider", "--provider", "tele.ring",
                 "--allow-write")
    assert chosen.returncode == 0, chosen.stderr
    assert "'internet' -> 'web'" in chosen.stdout
    assert check(run, port)["apn"]["configured"] == "web"


def test_provider_lookups_on_a_locked_sim_say_why_they_cannot_choose(run: Any) -> None:
    locked = "sim://pin-locked"
    for done in (
        run("apn", "--port", locked, "--set-from-provider", "--allow-write"),
        run("balance", "--port", locked),
        run("topup", "--port", locked, "--voucher-env", "SIMTOOL_TEST_VOUCHER", "--allow-write",
            env={"SIMTOOL_TEST_VOUCHER": "123456789012"}),
    ):
        assert done.returncode == 1
        assert "did not give its IMSI" in done.stderr
