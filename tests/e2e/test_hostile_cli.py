"""End to end (issue 14): what the CLI does with hostile modems and hostile arguments:
control characters from the modem never reach the terminal, output files are only ever
regular files, numbers are checked, messages say what happened (never "None")."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1]))
from hostile_modem import HostileModem  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

# Clear the screen, set the window title, a C1 CSI and a right-to-left override: bytes a
# network can put in an 8-bit USSD answer (DCS 0x44) or a UCS2 operator name.
NASTY = "\x1b[2J\x1b]0;owned\x07\x9b31m\u202e"


def simtool(*args: str, home: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    if home is not None:
        environment["SIMTOOL_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          env=environment, stdin=subprocess.DEVNULL, timeout=120)


def no_controls(data: bytes, allowed: str = "\n\t") -> bool:
    text = data.decode("utf-8", "replace")
    return not any(ord(c) < 32 and c not in allowed or 0x7F <= ord(c) < 0xA0 or c == "\u202e"
                   for c in text)


def _ussd_8bit(data: bytes) -> bytes:
    """The balance answer as 8-bit data (DCS 0x44, hex), with the nasty bytes first."""
    if b"+CUSD: 0," not in data:
        return data
    head, _, rest = data.partition(b'+CUSD: 0,"')
    text, _, tail = rest.partition(b'"')
    payload = (NASTY.replace("\u202e", "") + text.decode()).encode("latin-1").hex().upper()
    _dcs, _, after = tail.partition(b"\r\n")
    return head + b'+CUSD: 0,"' + payload.encode() + b'",68\r\n' + after


def _spoil(data: bytes) -> bytes:
    """A UCS2 modem (+CSCS: "UCS2") whose operator name carries the nasty characters."""
    name = ("CHINA" + NASTY + "MOBILE").encode("utf-16-be").hex().upper().encode()
    return _ussd_8bit(data.replace(b'+CSCS: "GSM"', b'+CSCS: "UCS2"').replace(
        b'"CHINA MOBILE"', b'"' + name + b'"'))


def test_a_ussd_answer_cannot_drive_the_terminal() -> None:
    with HostileModem(rewrite=_ussd_8bit) as modem:
        done = simtool("ussd", "--port", modem.path, "*100#")
    assert done.returncode == 0, done.stderr
    assert b"Your balance" in done.stdout
    assert no_controls(done.stdout) and no_controls(done.stderr)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reports_carry_no_control_characters(fmt: str) -> None:
    with HostileModem(rewrite=_spoil) as modem:
        done = simtool("check", "--port", modem.path, "--format", fmt, "--balance")
    assert done.returncode == 0, done.stderr
    assert b"CHINA" in done.stdout
    # Markdown and HTML keep the transcript's line ends (CR included) as they came.
    assert no_controls(done.stdout, "\n\t" if fmt == "text" else "\r\n\t"), \
        done.stdout[:400]


def test_json_keeps_the_modems_words_escaped() -> None:
    with HostileModem(rewrite=_spoil) as modem:
        done = simtool("check", "--port", modem.path, "--format", "json")
    assert b"\x1b" not in done.stdout
    assert "\x1b" in json.loads(done.stdout)["operator"]["name"]


# -- numbers --------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["--timeout", "nan"], ["--timeout", "0"], ["--timeout", "-1"], ["--timeout", "inf"],
    ["--sim-busy-wait", "nan"], ["--sim-busy-wait", "-5"], ["--deadline", "0"],
    ["--deadline", "nan"],
])
def test_bad_numbers_are_usage_errors(args: list[str]) -> None:
    done = simtool("check", "--port", "sim://healthy", *args)
    assert done.returncode == 64, done.stderr
    assert b"Traceback" not in done.stderr and args[1].encode() in done.stderr


@pytest.mark.parametrize("command", [["unlock", "--pin-env", "PIN"], ["apn"], ["radio", "on"]])
def test_bad_timeouts_are_usage_errors_everywhere(command: list[str]) -> None:
    done = simtool(*command, "--port", "sim://healthy", "--timeout", "nan",
                   env={"PIN": "1234"})
    assert done.returncode == 64 and b"Traceback" not in done.stderr


def test_the_deadline_ends_a_check_with_a_modem_too_slow_to_finish() -> None:
    # Every answer takes 0.8 s: each command is within its timeout, the whole is not.
    with HostileModem("slow", delay=0.8) as modem:
        done = simtool("check", "--port", modem.path, "--deadline", "2", "--format", "json")
        received = list(modem.received)
    assert done.returncode == 2, done.stderr
    # At 0.8 s an answer, three command lines fit in 2 s (fewer on a slow machine): the
    # deadline stopped the check there, it did not read on (there are a dozen). How long it
    # took is a benchmark's business (benchmarks/hostile_ports.py), not a test's.
    assert 1 <= len(received) <= 3, received
    port = next(c for c in json.loads(done.stdout)["checks"] if c["id"] == "port")
    assert "deadline of 2 s" in port["detail"]


def test_a_slow_first_answer_is_waited_for_as_long_as_timeout_says() -> None:
    # The first reply takes 3.5 s: with --timeout 6 that is an answer, not "not the AT port".
    with HostileModem("slow", first_delay=3.5) as modem:
        done = simtool("check", "--port", modem.path, "--timeout", "6", "--format", "json")
    assert done.returncode == 0, done.stderr


# -- messages -------------------------------------------------------------------------------

def test_an_apn_write_without_answer_says_so_not_none(tmp_path: Path) -> None:
    # AT+CMEE=1, AT+CGDCONT?, AT+CGSN answer; the write itself gets nothing back.
    with HostileModem("stall", after=3) as modem:
        done = simtool("apn", "--port", modem.path, "--set", "cmnet2", "--allow-write",
                       "--timeout", "2", home=tmp_path)
        written = [line for line in modem.received if line.upper().startswith("AT+CGDCONT=")]
    assert written, "the write was not sent"
    assert b"None" not in done.stderr + done.stdout
    assert b"nothing was changed" not in done.stderr + done.stdout
    assert done.returncode in (1, 2) and b"Traceback" not in done.stderr


def test_an_apn_write_the_modem_ignores_is_not_reported_as_nothing_to_do(
        tmp_path: Path) -> None:
    with HostileModem("refuse", refuse="+CGDCONT=1,") as modem:
        modem.refuse_ok = True           # answer OK without doing it
        done = simtool("apn", "--port", modem.path, "--set", "cmnet2", "--allow-write",
                       home=tmp_path)
    assert b"nothing was changed" not in done.stdout
    assert done.returncode == 1 and b"did not apply" in done.stderr


def test_undo_refuses_a_pdp_type_the_modem_made_up(tmp_path: Path) -> None:
    # The modem reported a PDP type that carries commands; set saved it for undo; undo must
    # not send it back (it used to switch the radio off).
    with HostileModem() as modem:
        modem.modem.contexts[1].pdp_type = 'IP";+CFUN=0;+CGDCONT=1,"IP'
        done = simtool("apn", "--port", modem.path, "--set", "cmnet2", "--pdp-type", "IP",
                       "--allow-write", home=tmp_path)
        assert done.returncode == 0, done.stderr
        undone = simtool("apn", "--port", modem.path, "--undo", "--allow-write",
                         home=tmp_path)
        assert modem.modem.cfun == 1
        assert not any("CFUN=0" in line.upper() for line in modem.received)
    assert undone.returncode == 1 and b"not valid" in undone.stderr
    assert b"Traceback" not in undone.stderr


# -- output files ---------------------------------------------------------------------------

def test_output_into_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    done = simtool("check", "--port", "sim://healthy", "--output", str(tmp_path))
    assert done.returncode == 64 and b"Traceback" not in done.stderr
    assert b"folder" in done.stderr


def test_output_through_a_symlink_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("keep")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    done = simtool("check", "--port", "sim://healthy", "--output", str(link))
    assert done.returncode == 64 and link.is_symlink() and real.read_text() == "keep"


def test_output_to_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    done = simtool("check", "--port", "sim://healthy", "--output", str(fifo))
    assert done.returncode == 64
    import stat

    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_output_below_a_file_is_an_io_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    done = simtool("check", "--port", "sim://healthy", "--output", str(blocker / "r.txt"))
    assert done.returncode == 2 and b"Traceback" not in done.stderr


# -- secrets ----------------------------------------------------------------------------------

def test_a_late_pin_echo_never_reaches_the_debug_log(tmp_path: Path) -> None:
    # -vv logs every exchange and the late lines it drops; the echo of AT+CPIN="9731" comes
    # late and in two pieces cut inside the PIN, during the next command. Neither the log nor
    # any output may show the PIN. (The same with the OK past the PIN command's 20 s
    # timeout: test_session.py, test_a_late_pin_echo_and_ok_after_a_timeout_are_masked.)
    with HostileModem("late-pin-echo", scenario="pin-locked") as modem:
        done = simtool("unlock", "-vv", "--port", modem.path, "--pin-env", "PIN",
                       env={"PIN": "9731"}, home=tmp_path)
        sent = [line for line in modem.received if line.upper().startswith("AT+CPIN=")]
    assert len(sent) == 1                      # one attempt, no more
    assert not re.search(rb"(?<![0-9])9731(?![0-9])", done.stdout + done.stderr)
    assert done.returncode == 1 and b"Traceback" not in done.stderr
