"""End to end: `simtool check` as a command — exit codes, offline replay, real
pseudo-terminals (`simtool simulate --pty`), and no PIN in any output.

Every simtool here is its own `python -m simtool` process, like a user at a shell or a
monitoring script; simulated modems on a pty are separate processes too, killed by the
fixture when the test ends.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from simtool.report.schema import validate

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

# Distinctive codes: none occurs in the simulated IMEI, IMSI, ICCID or phone number (generic
# vendor), so finding one in an output can only mean it leaked.
WRONG_PIN = "9731"
RIGHT_PIN = "1234"        # the simulator's PIN
RIGHT_PUK = "12345678"    # the simulator's PUK
NEW_PIN = "8642"
TEXT_FORMATS = ("text", "json", "markdown", "html", "prometheus")


def simtool(*args: str, env: dict[str, str] | None = None,
            home: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    if home is not None:
        environment["SIMTOOL_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, env=environment, stdin=subprocess.DEVNULL, timeout=120)


def report_of(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    assert "Traceback" not in done.stderr, done.stderr
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {c["id"]: c["status"] for c in report["checks"]}


@pytest.fixture
def serve() -> Iterator[Callable[..., str]]:
    """serve(scenario, *options) -> device path of a simulated modem on a pty."""
    processes: list[subprocess.Popen[str]] = []

    def start(scenario: str, *options: str) -> str:
        process = subprocess.Popen(
            [sys.executable, "-m", "simtool", "simulate", scenario, *options, "--pty"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        processes.append(process)
        assert process.stdout is not None
        path = process.stdout.readline().strip()
        assert path.startswith("/dev/"), path
        return path

    yield start
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait(10)


# --- exit codes ------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["check", "--port", "sim://healthy", "--no-such-flag"],
    ["check", "--port", "sim://healthy", "--format", "pdf"],
    ["check"],
    ["check", "--port", "sim://healthy", "--format", "yaml"],
    ["check", "--port", "sim://healthy", "--replay", "r.json"],
])
def test_usage_errors_exit_64(args: list[str]) -> None:
    done = simtool(*args)
    assert done.returncode == 64
    assert done.stdout == ""
    assert done.stderr.strip()
    assert "Traceback" not in done.stderr


def test_pdf_without_output_says_what_is_missing() -> None:
    done = simtool("check", "--port", "sim://healthy", "--format", "pdf")
    assert "--output" in done.stderr


def test_no_port_tells_how_to_name_one() -> None:
    done = simtool("check")
    assert "--port" in done.stderr
    assert "sim://healthy" in done.stderr  # and how to try it without hardware


def test_a_port_that_does_not_exist_exits_2_and_names_it() -> None:
    done = simtool("check", "--port", "/dev/ttyUSB99")
    assert done.returncode == 2
    assert done.stdout.splitlines()[0].split(" ", 1)[1].startswith("Problem found")
    assert "/dev/ttyUSB99 does not exist" in done.stdout
    as_json = report_of(simtool("check", "--port", "/dev/ttyUSB99", "--format", "json"))
    assert as_json["verdict"]["check"] == "port"
    assert as_json["modem"]["imei"] is None
    assert validate(as_json) == []


def test_a_silent_port_exits_2_and_says_nothing_answered() -> None:
    # A pseudo-terminal whose other end never answers: like a modem's GPS or PPP port.
    controller, device = os.openpty()
    try:
        done = simtool("check", "--port", os.ttyname(device), "--timeout", "1",
                       "--format", "json")
    finally:
        os.close(device)
        os.close(controller)
    assert done.returncode == 2
    report = report_of(done)
    port_check = next(c for c in report["checks"] if c["id"] == "port")
    assert port_check["status"] == "fail"
    assert "nothing answered AT" in port_check["detail"]
    assert port_check["remedy"]


def test_all_on_a_computer_without_modems_exits_2_with_a_message() -> None:
    # This machine has no USB modem (CI, containers): --all finds none.
    done = simtool("check", "--all")
    assert done.returncode == 2
    assert "none found" in done.stderr
    assert "Traceback" not in done.stderr


# --- offline replay --------------------------------------------------------------------

@pytest.mark.parametrize("scenario", ["healthy", "pin-locked", "not-subscribed",
                                      "registration-denied", "radio-off", "wrong-apn"])
def test_replay_of_a_saved_report_gives_the_same_verdict(tmp_path: Path,
                                                         scenario: str) -> None:
    saved = tmp_path / "r.json"
    first = simtool("check", "--port", f"sim://{scenario}", "--format", "json",
                    "--output", str(saved), home=tmp_path)
    assert first.stdout == ""       # --output: the report goes to the file only
    original = json.loads(saved.read_text(encoding="utf-8"))

    again = simtool("check", "--replay", str(saved), "--format", "json", home=tmp_path)
    replayed = report_of(again)
    assert again.returncode == first.returncode
    assert replayed["verdict"]["status"] == original["verdict"]["status"]
    assert replayed["verdict"]["check"] == original["verdict"]["check"]
    assert statuses(replayed) == statuses(original)
    assert replayed["port"]["url"] == original["port"]["url"]  # the recorded modem's port
    assert validate(replayed) == []


def test_replay_in_text_reads_like_the_original(tmp_path: Path) -> None:
    saved = tmp_path / "r.json"
    simtool("check", "--port", "sim://no-sim", "--format", "json", "--output", str(saved))
    done = simtool("check", "--replay", str(saved))
    assert done.returncode == 1
    assert done.stdout.splitlines()[0].split(" ", 1)[1].startswith("Problem found")


@pytest.mark.parametrize("content", ['{"hello": "world"}', "[1, 2, 3]", "not json at all",
                                     '{"schema": "simtool.report/1", "transcript": "AT"}'])
def test_replay_of_a_file_that_is_not_a_report_exits_64_with_a_message(
        tmp_path: Path, content: str) -> None:
    bogus = tmp_path / "notes.json"
    bogus.write_text(content, encoding="utf-8")
    done = simtool("check", "--replay", str(bogus))
    assert done.returncode == 64
    assert "Traceback" not in done.stderr
    assert str(bogus) in done.stderr
    assert done.stdout == ""


def test_replay_of_a_missing_file_exits_64(tmp_path: Path) -> None:
    done = simtool("check", "--replay", str(tmp_path / "gone.json"))
    assert done.returncode == 64
    assert "gone.json" in done.stderr


# --- real pseudo-terminals -------------------------------------------------------------

@pytest.mark.parametrize("scenario,verdict,code", [
    ("healthy", None, 0), ("no-sim", "sim-present", 1), ("pin-locked", "sim-lock", 1)])
def test_check_over_a_pty(serve: Callable[..., str], scenario: str, verdict: str | None,
                          code: int) -> None:
    device = serve(scenario)
    done = simtool("check", "--port", device, "--format", "json")
    report = report_of(done)
    assert done.returncode == code
    assert report["verdict"]["check"] == verdict
    assert report["port"]["url"] == device
    assert validate(report) == []
    text = simtool("check", "--port", device)
    assert text.returncode == code
    assert device in text.stdout


def test_unlock_then_check_sees_the_same_modem(serve: Callable[..., str],
                                               tmp_path: Path) -> None:
    device = serve("pin-locked")
    before = report_of(simtool("check", "--port", device, "--format", "json"))
    assert before["sim"]["state"] == "pin-required"
    assert before["sim"]["pin_retries"] == 3

    unlocked = simtool("unlock", "--port", device, "--pin-env", "SIMTOOL_E2E_PIN",
                       env={"SIMTOOL_E2E_PIN": RIGHT_PIN}, home=tmp_path)
    assert unlocked.returncode == 0, unlocked.stderr

    after = simtool("check", "--port", device, "--format", "json", home=tmp_path)
    report = report_of(after)
    assert report["sim"]["state"] == "ready"
    assert statuses(report)["sim-lock"] == "pass"
    assert after.returncode == 0


# --- the PIN never leaks ---------------------------------------------------------------

def _everything_written(home: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace")
                     for path in home.rglob("*") if path.is_file())


def test_no_pin_in_any_output_after_unlocking(serve: Callable[..., str],
                                              tmp_path: Path) -> None:
    device = serve("pin-locked")
    outputs: list[str] = []
    # One wrong PIN (it travels to the modem), then the right one, with debug logging on.
    for pin, code in ((WRONG_PIN, 1), (RIGHT_PIN, 0)):
        done = simtool("unlock", "--port", device, "--pin-env", "SIMTOOL_E2E_PIN", "-vv",
                       env={"SIMTOOL_E2E_PIN": pin}, home=tmp_path)
        assert done.returncode == code, done.stderr
        outputs += [done.stdout, done.stderr]
    for fmt in TEXT_FORMATS:
        done = simtool("check", "--port", device, "--format", fmt, "-vv", home=tmp_path)
        assert done.returncode == 0, done.stderr
        outputs += [done.stdout, done.stderr]
        saved = tmp_path / f"report.{fmt}"
        simtool("check", "--port", device, "--format", fmt, "--output", str(saved),
                home=tmp_path)
        outputs.append(saved.read_text(encoding="utf-8"))
    outputs.append(_everything_written(tmp_path))
    everything = "\n".join(outputs)
    assert WRONG_PIN not in everything
    # The right PIN's digits also occur inside the simulated ICCID/IMEI, so look for it
    # where it could only be the PIN: as a command argument.
    assert f"CPIN={RIGHT_PIN}" not in everything
    assert f'CPIN="{RIGHT_PIN}"' not in everything


def test_no_new_pin_in_any_output_after_a_puk_unblock(serve: Callable[..., str],
                                                      tmp_path: Path) -> None:
    device = serve("puk-locked")
    done = simtool("unlock", "--port", device, "--puk", "--puk-env", "SIMTOOL_E2E_PUK",
                   "--new-pin-env", "SIMTOOL_E2E_NEW_PIN", "-vv",
                   env={"SIMTOOL_E2E_PUK": RIGHT_PUK, "SIMTOOL_E2E_NEW_PIN": NEW_PIN},
                   home=tmp_path)
    assert done.returncode == 0, done.stderr
    outputs = [done.stdout, done.stderr]
    for fmt in TEXT_FORMATS:
        checked = simtool("check", "--port", device, "--format", fmt, home=tmp_path)
        assert checked.returncode == 0, checked.stdout
        outputs += [checked.stdout, checked.stderr]
    outputs.append(_everything_written(tmp_path))
    everything = "\n".join(outputs)
    assert NEW_PIN not in everything
    assert f"CPIN={RIGHT_PUK}" not in everything
    assert f'CPIN="{RIGHT_PUK}"' not in everything


# --- colour only on a terminal ---------------------------------------------------------

def _on_a_terminal(*args: str) -> str:
    """Run simtool with its stdout on a pseudo-terminal, as in an interactive shell."""
    controller, device = os.openpty()
    environment = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    try:
        process = subprocess.Popen([sys.executable, "-m", "simtool", *args], stdout=device,
                                   stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                   env=environment)
        os.close(device)
        chunks: list[bytes] = []
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:      # EIO: the child closed its side
                break
            if not chunk:
                break
            chunks.append(chunk)
        process.wait(60)
    finally:
        os.close(controller)
    return b"".join(chunks).decode("utf-8", errors="replace")


# --- the balance in a check (fleets: is the plan paid?) ------------------------------------

def test_balance_answer_goes_into_the_account_step(serve: Callable[..., str]) -> None:
    # Vodafone DE (262 02) has *100# in Debian's provider database.
    device = serve("healthy", "--operator", "26202")
    done = simtool("check", "--port", device, "--balance", "--format", "json")
    report = report_of(done)
    assert done.returncode == 0
    validate(report)
    account = next(c for c in report["checks"] if c["id"] == "account")
    assert account["status"] == "pass"
    assert account["detail"] == "*100#: Your balance is 12.34 EUR. Valid until 2026-12-31."
    assert 'AT+CUSD=1,"*100#",15' in "".join(e["text"] for e in report["transcript"])


def test_balance_without_a_code_on_record_says_how_to_give_one() -> None:
    # China Broadnet (460 15) has no balance code on record, neither USSD nor SMS. (China
    # Mobile, the default network, now has its SMS query in simtool's provider overlay.)
    broadnet = "sim://healthy?operator=46015"
    report = report_of(simtool("check", "--port", broadnet, "--balance", "--format", "json"))
    account = next(c for c in report["checks"] if c["id"] == "account")
    assert account["status"] == "error" and "--balance-code" in account["detail"]
    given = report_of(simtool("check", "--port", broadnet, "--balance-code", "*100#",
                              "--format", "json"))
    assert statuses(given)["account"] == "pass"


def test_no_balance_query_without_a_network() -> None:
    done = simtool("check", "--port", "sim://no-signal?operator=26202", "--balance",
                   "--format", "json")
    report = report_of(done)
    assert done.returncode == 1 and statuses(report)["account"] == "skip"
    assert "CUSD" not in "".join(e["text"] for e in report["transcript"])


def test_a_balance_code_that_is_not_ussd_is_a_usage_error() -> None:
    done = simtool("check", "--port", "sim://healthy", "--balance-code", '*100#";+CFUN=0')
    assert done.returncode == 64 and "USSD" in done.stderr


def test_colour_on_a_terminal_and_never_when_asked_not_to() -> None:
    coloured = _on_a_terminal("check", "--port", "sim://no-sim")
    assert "\x1b[" in coloured
    assert "Problem found" in coloured
    plain = _on_a_terminal("check", "--port", "sim://no-sim", "--color", "never")
    assert "\x1b[" not in plain
    assert "Problem found" in plain
