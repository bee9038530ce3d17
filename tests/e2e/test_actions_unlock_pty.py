"""End to end: `simtool unlock` against `simtool simulate pin-locked|puk-locked --pty`.

Every command runs as its own process on the pseudo-terminal, like a user at a shell; the
simulated SIM keeps its counters between them, so the retry guard is tested on the real
countdown: 3 -> 2 -> 1, refused at 1, then unlocked. The PIN only ever travels through an
environment variable (--pin-env), and a last test greps everything simtool printed or wrote
for the PIN digits.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

# Distinctive codes: none of them occurs in the simulated IMEI, IMSI, ICCID or phone number,
# so finding one in an output can only mean it leaked.
WRONG_PINS = ("9731", "8642")
RIGHT_PIN = "1234"
WRONG_PUK = "97318642"
RIGHT_PUK = "12345678"
NEW_PIN = "5793"


def simtool(*args: str, env: dict[str, str] | None = None,
            home: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ)
    environment.update(env or {})
    if home is not None:
        environment["SIMTOOL_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, env=environment, stdin=subprocess.DEVNULL, timeout=120)


def check_json(port: str, home: Path | None = None) -> dict[str, Any]:
    done = simtool("check", "--port", port, "--format", "json", home=home)
    assert done.returncode in (0, 1), done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def status_of(report: dict[str, Any], check_id: str) -> str:
    return next(c["status"] for c in report["checks"] if c["id"] == check_id)


def unlock(port: str, pin: str, *extra: str,
           home: Path | None = None) -> subprocess.CompletedProcess[str]:
    return simtool("unlock", "--port", port, "--pin-env", "SIMTOOL_TEST_PIN", *extra,
                   env={"SIMTOOL_TEST_PIN": pin}, home=home)


@pytest.fixture
def serve() -> Iterator[Any]:
    """serve(scenario) -> device path of a simulated modem on a pty; stopped at the end."""
    processes: list[subprocess.Popen[str]] = []

    def start(scenario: str) -> str:
        process = subprocess.Popen([sys.executable, "-m", "simtool", "simulate", scenario,
                                    "--pty"], stdout=subprocess.PIPE,
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


def test_wrong_pins_count_down_then_the_last_attempt_needs_consent(serve: Any) -> None:
    port = serve("pin-locked")
    report = check_json(port)
    assert (report["sim"]["state"], report["sim"]["pin_retries"]) == ("pin-required", 3)

    first = unlock(port, WRONG_PINS[0])
    assert first.returncode == 1, first.stderr
    assert "did not accept the PIN" in first.stdout
    assert "PIN attempts left: 3 -> 2." in first.stdout
    assert check_json(port)["sim"]["pin_retries"] == 2

    second = unlock(port, WRONG_PINS[1])
    assert second.returncode == 1, second.stderr
    assert "PIN attempts left: 2 -> 1." in second.stdout
    assert check_json(port)["sim"]["pin_retries"] == 1

    # Even the right PIN is not sent at one attempt left without the explicit consent.
    refused = unlock(port, RIGHT_PIN)
    assert refused.returncode == 3
    assert "Only 1 PIN attempt is left" in refused.stderr
    assert "Nothing was sent" in refused.stderr
    assert "--last-attempt" in refused.stderr
    report = check_json(port)
    assert (report["sim"]["state"], report["sim"]["pin_retries"]) == ("pin-required", 1)
    assert status_of(report, "sim-lock") == "fail"

    accepted = unlock(port, RIGHT_PIN, "--last-attempt")
    assert accepted.returncode == 0, accepted.stderr
    assert "unlocked" in accepted.stdout
    report = check_json(port)
    assert report["sim"]["state"] == "ready"
    assert status_of(report, "sim-lock") == "pass"
    # A correct PIN resets the counter.
    assert report["sim"]["pin_retries"] == 3


def test_right_pin_unlocks_at_once_and_a_second_unlock_sends_nothing(serve: Any) -> None:
    port = serve("pin-locked")
    done = unlock(port, RIGHT_PIN)
    assert done.returncode == 0, done.stderr
    assert status_of(check_json(port), "sim-lock") == "pass"
    again = unlock(port, WRONG_PINS[0])
    assert again.returncode == 0
    assert "already unlocked" in again.stdout
    assert check_json(port)["sim"]["pin_retries"] == 3     # the wrong PIN was never sent


def test_puk_flow_on_a_blocked_sim(serve: Any) -> None:
    port = serve("puk-locked")
    report = check_json(port)
    assert (report["sim"]["state"], report["sim"]["puk_retries"]) == ("puk-required", 10)

    # A PIN is refused: the SIM wants the PUK, and simtool says where to find it.
    pin = unlock(port, WRONG_PINS[0])
    assert pin.returncode == 1
    assert "asks for the PUK" in pin.stderr

    env = {"SIMTOOL_TEST_PUK": WRONG_PUK, "SIMTOOL_TEST_NEW_PIN": NEW_PIN}
    wrong = simtool("unlock", "--port", port, "--puk", "--puk-env", "SIMTOOL_TEST_PUK",
                    "--new-pin-env", "SIMTOOL_TEST_NEW_PIN", env=env)
    assert wrong.returncode == 1, wrong.stderr
    assert "PUK attempts left: 10 -> 9." in wrong.stdout
    assert check_json(port)["sim"]["puk_retries"] == 9

    env["SIMTOOL_TEST_PUK"] = RIGHT_PUK
    right = simtool("unlock", "--port", port, "--puk", "--puk-env", "SIMTOOL_TEST_PUK",
                    "--new-pin-env", "SIMTOOL_TEST_NEW_PIN", env=env)
    assert right.returncode == 0, right.stderr
    assert "unlocked" in right.stdout
    report = check_json(port)
    assert report["sim"]["state"] == "ready"
    assert status_of(report, "sim-lock") == "pass"


def test_codes_are_never_taken_from_argv_nor_sent_when_invalid(serve: Any) -> None:
    port = serve("pin-locked")
    as_argument = simtool("unlock", "--port", port, "--pin", RIGHT_PIN)
    assert as_argument.returncode == 64               # there is no such option
    no_terminal = simtool("unlock", "--port", port)   # stdin is not a terminal: no prompt
    assert no_terminal.returncode == 64
    assert "--pin-env" in no_terminal.stderr
    for bad in ("12a4", "123", '1234";+CFUN=0', "123456789"):
        done = unlock(port, bad)
        assert done.returncode == 64, bad
        assert "A PIN is 4 to 8 digits" in done.stderr
    missing = simtool("unlock", "--port", port, "--pin-env", "SIMTOOL_TEST_UNSET_VARIABLE")
    assert missing.returncode == 64
    report = check_json(port)
    assert (report["sim"]["state"], report["sim"]["pin_retries"]) == ("pin-required", 3)


def test_no_pin_or_puk_in_any_output_log_or_report(serve: Any, tmp_path: Path) -> None:
    home = tmp_path / "home"
    outputs: list[str] = []

    def keep(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
        outputs.extend((done.stdout, done.stderr))
        return done

    port = serve("pin-locked")
    keep(unlock(port, WRONG_PINS[0], "-vv", home=home))
    keep(unlock(port, WRONG_PINS[1], "-vv", home=home))
    keep(unlock(port, WRONG_PINS[0], "-vv", home=home))          # refused at 1 left
    keep(unlock(port, RIGHT_PIN, "--last-attempt", "-vv", home=home))
    for fmt in ("json", "markdown", "html", "text"):
        keep(simtool("check", "--port", port, "--format", fmt, home=home))
        keep(simtool("check", "--port", port, "--format", fmt, "--output",
                     str(tmp_path / f"report.{fmt}"), home=home))

    blocked = serve("puk-locked")
    env = {"SIMTOOL_TEST_PUK": WRONG_PUK, "SIMTOOL_TEST_NEW_PIN": NEW_PIN}
    for puk in (WRONG_PUK, RIGHT_PUK):
        env["SIMTOOL_TEST_PUK"] = puk
        keep(simtool("unlock", "--port", blocked, "--puk", "--puk-env", "SIMTOOL_TEST_PUK",
                     "--new-pin-env", "SIMTOOL_TEST_NEW_PIN", "-vv", env=env, home=home))
    keep(simtool("check", "--port", blocked, "--format", "json", home=home))

    files = [p for p in [*tmp_path.glob("report.*"), *home.rglob("*")] if p.is_file()]
    assert len(files) >= 4
    texts = outputs + [p.read_bytes().decode("utf-8", "replace") for p in files]
    assert any("PIN attempts left: 3 -> 2." in text for text in texts)   # the runs happened
    for secret in (*WRONG_PINS, WRONG_PUK, NEW_PIN):
        # A code as it would leak: not a piece of a longer number, a transcript time
        # ("t": 1.8642) or the hex of a stored SMS, which reports now carry (issue 15).
        alone = re.compile(rf"(?<![0-9A-Fa-f.]){secret}(?![0-9A-Fa-f])")
        leaks = [text[:200] for text in texts if alone.search(text)]
        assert not leaks, f"{secret} leaked into: {leaks}"
