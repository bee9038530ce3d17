"""End to end: the command-line paths a user meets when something is off before any modem
talks: no serial port at all, a modem without a driver, a mistyped command line (exit 64),
no arguments, an unknown command, and Ctrl-C during a check (exit 130).

Every case is the real `simtool` in its own process. "No serial port" and "a modem in
storage mode" are this computer seen through a private mount namespace: the serial ports
pyserial lists (/dev/tty*) are marked absent in a private /sys/class/tty exactly as Linux
marks a built-in UART with nothing behind it, and /sys/bus is replaced by a USB bus laid out
as Linux lays it out (idVendor, idProduct, one folder per interface).
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from simtool.cli import SUBCOMMANDS

# The device names pyserial's Linux lister looks for (serial/tools/list_ports_linux.py).
PYSERIAL_GLOBS = ("/dev/ttyS*", "/dev/ttyUSB*", "/dev/ttyXRUSB*", "/dev/ttyACM*",
                  "/dev/ttyAMA*", "/dev/rfcomm*", "/dev/ttyAP*")
NO_BUS = "unix:path=/nonexistent/simtool-bus"     # no ModemManager to list modems from


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "NO_COLOR": "1", "DBUS_SYSTEM_BUS_ADDRESS": NO_BUS, **extra}


def simtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=120, env=_env())


# --- a computer without serial ports, or with a modem that has no AT port ---------------------

def _unshare_prefix() -> list[str]:
    """How to run a command in a private mount namespace here (root, or an unprivileged
    user namespace); skips when neither is possible."""
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        pytest.skip("needs Linux's unshare to give the command its own /sys")
    for prefix in (["unshare", "--mount", "--propagation", "private"],
                   ["unshare", "--map-root-user", "--mount", "--propagation", "private"]):
        probe = subprocess.run([*prefix, "mount", "-t", "tmpfs", "none", "/sys/class"],
                               capture_output=True, timeout=30)
        if probe.returncode == 0:
            return prefix
    pytest.skip("no private mount namespace for this user (unshare --mount refused)")


class Computer:
    """This computer seen through a private /sys: which serial ports and USB devices exist."""

    def __init__(self, root: Path) -> None:
        self.class_tty = root / "class-tty"
        self.bus = root / "bus"
        (self.bus / "usb" / "devices").mkdir(parents=True)
        self.class_tty.mkdir()
        for device in sorted({path for pattern in PYSERIAL_GLOBS
                              for path in glob.glob(pattern)}):
            # pyserial hides a port whose device's subsystem is "platform": a built-in UART
            # with nothing behind it. Every port this computer has is made to look so.
            entry = self.class_tty / os.path.basename(device) / "device"
            (entry / "platform").mkdir(parents=True)
            (entry / "subsystem").symlink_to("platform")

    def usb_device(self, name: str, vid: int, pid: int, product: str,
                   interface_classes: tuple[int, ...]) -> None:
        device = self.bus / "usb" / "devices" / name
        device.mkdir()
        (device / "idVendor").write_text(f"{vid:04x}\n")
        (device / "idProduct").write_text(f"{pid:04x}\n")
        (device / "product").write_text(product + "\n")
        for number, klass in enumerate(interface_classes):
            interface = device / f"{name}:1.{number}"
            interface.mkdir()
            (interface / "bInterfaceClass").write_text(f"{klass:02x}\n")
            (interface / "driver").mkdir()             # bound (usb-storage, cdc_ether)

    def simtool(self, *args: str) -> subprocess.CompletedProcess[str]:
        script = ('mount --bind "$1" /sys/class/tty && mount --bind "$2" /sys/bus && '
                  'shift 2 && exec "$@"')
        return subprocess.run(
            [*_unshare_prefix(), "sh", "-c", script, "sh", str(self.class_tty), str(self.bus),
             sys.executable, "-m", "simtool", *args],
            capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120, env=_env())


@pytest.fixture
def computer(tmp_path: Path) -> Computer:
    _unshare_prefix()
    return Computer(tmp_path)


def test_ports_on_a_computer_without_serial_ports_says_so_and_what_to_do(
        computer: Computer) -> None:
    result = computer.simtool("ports")
    assert result.returncode == 2, result.stderr
    assert result.stdout.splitlines() == [
        "No serial ports found on this computer.",
        "Plug the modem in and wait a few seconds; if it still does not appear, it may need a "
        "driver or a mode switch.",
        "To try simtool without a modem, use the simulator: simtool check --port sim://healthy",
    ]
    assert result.stderr == ""


def test_ports_json_without_serial_ports_is_an_empty_list_and_advice_on_stderr(
        computer: Computer) -> None:
    result = computer.simtool("ports", "--format", "json")
    assert result.returncode == 2
    assert result.stdout.strip() == "[]"               # scripts still get valid JSON
    assert result.stderr.startswith("No serial ports found on this computer.\n")
    assert "simtool check --port sim://healthy" in result.stderr


def test_ports_with_a_modem_in_storage_mode_gives_the_mode_switch_advice(
        computer: Computer) -> None:
    # A Huawei E3372 still in its virtual CD-ROM mode (12d1:1f01, one mass-storage interface).
    computer.usb_device("1-1", 0x12D1, 0x1F01, "HUAWEI_MOBILE", (0x08,))
    result = computer.simtool("ports")
    assert result.returncode == 2, result.stderr
    assert result.stdout.splitlines() == [
        "No serial ports found on this computer.",
        "A Huawei modem (HUAWEI_MOBILE, USB id 12d1:1f01) is connected, but without an AT "
        "port. It is in mass-storage (virtual CD-ROM) mode, which shows a drive with the "
        "maker's installer instead of modem ports.",
        "On Linux install usb-modeswitch and usb-modeswitch-data (for example 'sudo apt "
        "install usb-modeswitch'), which switch it to modem mode when it is plugged in; on "
        "Windows run the installer on that drive once.",
        "To try simtool without a modem, use the simulator: simtool check --port sim://healthy",
    ]


def test_check_of_a_missing_port_with_a_hilink_stick_says_why_there_is_no_port(
        computer: Computer) -> None:
    # An E3372 with HiLink firmware (12d1:14dc): a network adapter, no serial port.
    computer.usb_device("1-1", 0x12D1, 0x14DC, "HUAWEI_MOBILE", (0x02, 0x0A))
    result = computer.simtool("check", "--port", "/dev/ttyUSB2", "--format", "json",
                              "--no-history")
    assert result.returncode == 2, result.stderr
    port = next(check for check in json.loads(result.stdout)["checks"] if check["id"] == "port")
    assert port["status"] == "fail"
    detail = port["detail"]
    assert detail.startswith("Port /dev/ttyUSB2 does not exist. This computer has no serial "
                             "ports right now. A Huawei modem (HUAWEI_MOBILE, USB id 12d1:14dc) "
                             "is connected, but without an AT port. It runs HiLink firmware")
    assert "http://192.168.8.1" in detail
    # The remedy is the stick's, not "check the name of the port".
    assert detail.endswith("Check the SIM and the connection on its web page; simtool cannot "
                           "talk to a HiLink stick (only a different 'stick' firmware has an "
                           "AT port).")
    assert "Traceback" not in result.stderr


# --- usage: exit 64, and what to do instead ---------------------------------------------------

def test_no_arguments_prints_the_help_on_stderr_and_exits_64() -> None:
    result = simtool()
    assert result.returncode == 64
    assert result.stdout == ""
    assert result.stderr.startswith("usage: simtool [-h] [--version] [COMMAND]")
    assert "Find out why a SIM card or cellular modem gives no service." in result.stderr
    for name in SUBCOMMANDS:
        assert name in result.stderr


def test_unknown_command_names_the_commands_there_are_and_exits_64() -> None:
    result = simtool("chek", "--port", "sim://healthy")
    assert result.returncode == 64
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith("usage: simtool [-h] [--version] [COMMAND]")
    assert lines[-1] == ("simtool: unknown command 'chek'; choose from "
                         + ", ".join(SUBCOMMANDS))


@pytest.mark.parametrize(("args", "said"), [
    (("check", "--port", "sim://healthy", "--bogus"), "unrecognized arguments: --bogus"),
    (("check", "--port", "sim://healthy", "--format", "xml"),
     "argument --format/-f: invalid choice: 'xml'"),
    (("check", "--port", "sim://healthy", "--timeout", "soon"), "argument --timeout"),
    (("check", "--port"), "argument --port/-p: expected one argument"),
    (("ports", "--timeout", "0"), "argument --timeout: must be more than 0 seconds, not 0"),
    (("--bogus",), "unrecognized arguments: --bogus"),
    (("check",), "simtool check: no modem given and none found."),
], ids=["unknown-option", "bad-choice", "bad-number", "missing-value", "bad-timeout",
        "unknown-top-option", "no-port"])
def test_usage_errors_exit_64_with_the_reason_and_no_traceback(
        args: tuple[str, ...], said: str) -> None:
    result = simtool(*args)
    assert result.returncode == 64, result
    assert said in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_version_and_help_are_not_usage_errors() -> None:
    version = simtool("--version")
    assert version.returncode == 0 and version.stdout.startswith("simtool ")
    helped = simtool("check", "--help")
    assert helped.returncode == 0 and helped.stdout.startswith("usage: simtool check")


# --- Ctrl-C during a check: exit 130, no traceback, promptly ----------------------------------

# A modem that answers each command after an hour, and a check allowed to wait that long:
# a check that ignored Ctrl-C would still be running when the test gives up on it.
HOUR_MS = 3_600_000
SLOW = f"sim://healthy?latency={HOUR_MS}"


def _sigint_as_in_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("ports", [[SLOW], [SLOW, f"{SLOW}&instance=second"]],
                         ids=["one-modem", "two-modems"])
def test_ctrl_c_during_a_check_exits_130_without_a_traceback(ports: list[str]) -> None:
    command = [sys.executable, "-m", "simtool", "check", "-v", "--timeout", "7200",
               "--deadline", "7200", "--no-history"]
    for url in ports:
        command += ["--port", url]
    # As in a terminal: SIGINT at its default. A test run started in the background by a
    # non-interactive shell inherits SIGINT ignored, and Python then leaves it ignored.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, text=True, env=_env(),
                               preexec_fn=_sigint_as_in_a_terminal)
    try:
        assert process.stderr is not None
        started: set[str] = set()
        seen = []
        while started != set(ports):                   # every check has sent its first AT
            line = process.stderr.readline()
            assert line, f"simtool ended before the check began: {''.join(seen)}"
            seen.append(line)
            for url in ports:
                if f" {url}: port: " in line:
                    started.add(url)
        process.send_signal(signal.SIGINT)
        # The modems would answer in an hour: ending at all means the check was stopped.
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130, err
    assert err.splitlines()[-1] == "simtool: interrupted"
    assert "Traceback" not in err and "Exception" not in err
    assert out == ""                                   # no half report on stdout


def test_check_all_on_a_computer_without_modems_says_how_to_name_one(
        computer: Computer) -> None:
    result = computer.simtool("check", "--all")
    assert result.returncode == 2, result.stderr       # nothing reachable, not a usage error
    assert result.stdout == ""
    assert result.stderr.startswith("simtool check: no modem given and none found. Name one "
                                    "with --port URL (e.g. --port /dev/ttyUSB2), list ports "
                                    "with 'simtool ports', or try the simulator: simtool "
                                    "check --port sim://healthy")
