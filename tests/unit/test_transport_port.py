"""open_port and the port doctor on real ports: pseudo-terminals, sockets, other processes.

Nothing is mocked: ports are real ptys opened through serial.serial_for_url, "another
program" is a real second process, and "an unprivileged user" is a forked child that really
drops root.
"""

from __future__ import annotations

import json
import os
import pty
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import serial

from simtool.transport import discovery, doctor
from simtool.transport import port as port_module
from simtool.transport.errors import (
    PortBusy,
    PortError,
    PortNotFound,
    PortPermissionDenied,
    PortVanished,
)
from simtool.transport.port import is_local_device, open_port, port_error_from_io, url_scheme
from tests.unit.port_holder import hold, release

# --- URLs ------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "scheme", "local"), [
    ("/dev/ttyUSB2", None, True),
    ("COM7", None, True),
    ("/dev/pts/5", None, True),
    ("socket://192.0.2.1:4001", "socket", False),
    ("RFC2217://host:2217", "rfc2217", False),
    ("sim://healthy?vendor=quectel", "sim", False),
])
def test_url_kinds(url: str, scheme: str | None, local: bool) -> None:
    assert url_scheme(url) == scheme
    assert is_local_device(url) is local


# --- opening ---------------------------------------------------------------------------

def test_opens_a_pty_and_talks_both_ways(pty_pair: tuple[int, str]) -> None:
    master, path = pty_pair
    port = open_port(path, baudrate=9600, timeout=0.5)
    try:
        assert port.is_open
        assert port.baudrate == 9600
        port.write(b"AT\r")
        assert os.read(master, 16) == b"AT\r"
        os.write(master, b"\r\nOK\r\n")
        assert port.read(6) == b"\r\nOK\r\n"
    finally:
        port.close()


def test_opens_a_socket_url() -> None:
    """socket:// (a modem behind ser2net) goes through the same function."""
    server = socket.create_server(("127.0.0.1", 0))
    host, number = server.getsockname()
    try:
        port = open_port(f"socket://{host}:{number}", timeout=1.0)
        connection, _ = server.accept()
        try:
            port.write(b"AT\r")
            assert connection.recv(16) == b"AT\r"
            connection.sendall(b"\r\nOK\r\n")
            assert port.read(6) == b"\r\nOK\r\n"
        finally:
            connection.close()
            port.close()
    finally:
        server.close()


def test_opens_the_simulator_url() -> None:
    port = open_port("sim://healthy", timeout=1.0)
    try:
        port.write(b"AT\r")
        reply = b""
        while b"OK" not in reply:
            chunk = port.read(64)
            assert chunk, "the simulator did not answer AT"
            reply += chunk
    finally:
        port.close()


def test_missing_handler_package_is_a_clear_import_error(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(port_module._OWN_HANDLERS, "ghost", "simtool_ghost_handlers")
    with pytest.raises(ImportError, match="ghost:// needs simtool_ghost_handlers"):
        open_port("ghost://anything")


def test_real_import_error_inside_a_handler_is_not_swallowed(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """pyserial would report a broken handler as 'protocol not known'; we show the cause."""
    package = tmp_path / "simtool_broken_handlers"
    package.mkdir()
    (package / "__init__.py").write_text("import simtool_dependency_that_is_missing\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(port_module._OWN_HANDLERS, "broken", "simtool_broken_handlers")
    with pytest.raises(ModuleNotFoundError) as caught:
        open_port("broken://anything")
    assert caught.value.name == "simtool_dependency_that_is_missing"


def test_missing_device_names_the_ports_that_exist() -> None:
    with pytest.raises(PortNotFound) as caught:
        open_port("/dev/ttyUSB-simtool-missing")
    error = caught.value
    assert error.kind == "not-found"
    assert error.url == "/dev/ttyUSB-simtool-missing"
    assert "/dev/ttyUSB-simtool-missing" in str(error)
    existing = [port.device for port in discovery.list_ports()]
    if existing:
        assert existing[0] in str(error)
    assert error.remedy and "simtool ports" in error.remedy


def test_windows_com_name_gets_the_windows_naming_hint() -> None:
    with pytest.raises(PortNotFound) as caught:
        open_port("COM7")
    assert "Device Manager" in str(caught.value)


def test_unknown_scheme_is_a_port_error_with_the_kinds_we_know() -> None:
    with pytest.raises(PortError) as caught:
        open_port("carrier-pigeon://loft")
    assert caught.value.kind == "other"
    assert caught.value.remedy and "sim://healthy" in caught.value.remedy


def test_refused_socket_is_not_found_with_a_ser2net_hint() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    number = listener.getsockname()[1]
    listener.close()                                   # now nothing listens there
    with pytest.raises(PortNotFound) as caught:
        open_port(f"socket://127.0.0.1:{number}")
    assert caught.value.remedy and "ser2net" in caught.value.remedy


# --- busy: a second process holds the port ----------------------------------------------


def test_busy_port_names_the_process_holding_it(pty_pair: tuple[int, str]) -> None:
    _, path = pty_pair
    holder = hold(path, "modem-dialer")
    try:
        with pytest.raises(PortBusy) as caught:
            open_port(path)
        error = caught.value
        assert error.kind == "busy"
        assert f"modem-dialer (pid {holder.pid})" in str(error)
        assert error.holder == f"modem-dialer (pid {holder.pid})"
        assert error.remedy and f"kill {holder.pid}" in error.remedy
    finally:
        release(holder)
    open_port(path).close()                            # free again once the holder is gone


def test_busy_port_held_by_two_processes_names_both_in_the_kill_command(
        pty_pair: tuple[int, str]) -> None:
    _, path = pty_pair
    first = hold(path, "modem-dialer")
    # A second program with the device open without a lock (a terminal program, say).
    second = subprocess.Popen(
        [sys.executable, "-c", "import os, sys; fd = os.open(sys.argv[1], os.O_RDWR | "
         "os.O_NOCTTY); print('holding', flush=True); sys.stdin.read()", path],
        text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert second.stdout is not None and second.stdout.readline().strip() == "holding"
        with pytest.raises(PortBusy) as caught:
            open_port(path)
        remedy = caught.value.remedy or ""
        kill = remedy[remedy.index("'kill ") + 1:].split("'")[0].split()
        assert sorted(kill[1:]) == sorted([str(first.pid), str(second.pid)])
    finally:
        release(first)
        release(second)


def test_busy_port_held_by_modemmanager_says_how_to_make_it_ignore_the_modem(
        pty_pair: tuple[int, str]) -> None:
    _, path = pty_pair
    holder = hold(path, "ModemManager")
    try:
        with pytest.raises(PortBusy) as caught:
            open_port(path)
        remedy = caught.value.remedy or ""
        assert "ModemManager (pid" in str(caught.value)
        assert "systemctl stop ModemManager" in remedy
        assert 'ENV{ID_MM_DEVICE_IGNORE}="1"' in remedy
    finally:
        release(holder)


def test_non_exclusive_open_does_not_take_the_lock(pty_pair: tuple[int, str]) -> None:
    _, path = pty_pair
    first = open_port(path, exclusive=False)
    try:
        second = open_port(path)                       # would be busy if `first` had locked
        second.close()
    finally:
        first.close()


def test_find_holders_sees_a_process_with_the_device_open(pty_pair: tuple[int, str]) -> None:
    _, path = pty_pair
    holder = hold(path, "some-terminal")
    try:
        found = doctor.find_holders(path)
        assert [(h.pid, h.name) for h in found] == [(holder.pid, "some-terminal")]
        assert not found[0].is_modemmanager
    finally:
        release(holder)
    assert doctor.find_holders(path) == []


# --- permission: a really unprivileged user -------------------------------------------

def _open_as_nobody(path: str) -> dict[str, object]:
    """Fork, drop to nobody/nogroup (no supplementary groups), open `path`; report back."""
    import grp
    import pwd

    nobody, nogroup = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
    # Everything the child runs is imported now: after dropping root it may not be able
    # to read the interpreter's own library directory.
    import serial.tools.list_ports  # noqa: F401

    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:                                     # pragma: no cover - runs in the child
        outcome: dict[str, object]
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(nogroup)
            os.setuid(nobody)
            try:
                open_port(path).close()
                outcome = {"opened": True}
            except PortError as error:
                outcome = {"opened": False, "kind": error.kind, "message": str(error),
                           "remedy": error.remedy, "type": type(error).__name__}
        except BaseException as error:  # noqa: BLE001 - report anything to the parent
            outcome = {"opened": False, "kind": "crash", "message": repr(error)}
        os.write(write_end, json.dumps(outcome).encode())
        os._exit(0)
    os.close(write_end)
    data = b""
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    os.waitpid(child, 0)
    return dict(json.loads(data))


def _need_root_to_drop() -> None:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("needs root to fork a child that becomes 'nobody' (the test exercises a "
                    "real permission denial, which root itself never gets)")
    try:
        import grp
        import pwd

        pwd.getpwnam("nobody")
        grp.getgrnam("nogroup")
    except KeyError:
        pytest.skip("no 'nobody' user or 'nogroup' group on this system")


def test_permission_denied_explains_mode_and_group(pty_pair: tuple[int, str]) -> None:
    _need_root_to_drop()
    _, path = pty_pair
    os.chmod(path, 0o000)
    outcome = _open_as_nobody(path)
    assert outcome["opened"] is False, outcome
    assert outcome["type"] == PortPermissionDenied.__name__, outcome
    assert outcome["kind"] == "permission"
    message, remedy = str(outcome["message"]), str(outcome["remedy"])
    assert "You (nobody) are not allowed to open " + path in message
    assert "c---------" in message                     # the mode that stops everyone
    assert "Not even members of" in message
    assert f"sudo chmod 660 {path}" in remedy
    assert doctor.UDEV_RULE_FILE in remedy


def test_permission_denied_for_a_dialout_port_gives_the_usermod_command(
        pty_pair: tuple[int, str]) -> None:
    _need_root_to_drop()
    import grp

    try:
        dialout = grp.getgrnam("dialout").gr_gid
    except KeyError:
        pytest.skip("no 'dialout' group on this system")
    _, path = pty_pair
    os.chown(path, 0, dialout)
    os.chmod(path, 0o660)                              # like a ttyUSB node: crw-rw---- dialout
    outcome = _open_as_nobody(path)
    assert outcome["kind"] == "permission", outcome
    message, remedy = str(outcome["message"]), str(outcome["remedy"])
    assert "group 'dialout'" in message and "crw-rw----" in message
    assert "You are not in group 'dialout'." in message
    assert "sudo usermod -aG dialout $USER" in remedy
    assert "log out and back in" in remedy
    assert 'GROUP="dialout", MODE="0660"' in remedy     # the udev alternative, spelled out


# --- failures on an open port ----------------------------------------------------------

def test_port_that_disappears_mid_command_is_vanished() -> None:
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    port = open_port(path, timeout=0.5)
    try:
        port.write(b"AT\r")
        # Hang up the other side, as a USB serial port goes away on unplug: the read fails.
        os.close(master)
        with pytest.raises(serial.SerialException) as caught:
            port.read(1)
        error = port_error_from_io(path, caught.value)
    finally:
        port.close()
    assert isinstance(error, PortVanished)
    assert error.kind == "vanished"
    assert "unplugged" in str(error)


# --- error texts pyserial produces on other systems --------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    # pyserial serialwin32.py: "could not open port {!r}: {!r}".format(port, ctypes.WinError())
    ("could not open port 'COM7': FileNotFoundError(2, 'The system cannot find the file "
     "specified.', None, 2)", "not-found"),
    ("could not open port 'COM7': PermissionError(13, 'Access is denied.', None, 5)", "busy"),
    ("could not open port 'COM7': OSError(22, 'A device attached to the system is not "
     "functioning.', None, 31)", "vanished"),
])
def test_windows_open_errors_are_classified(text: str, kind: str) -> None:
    error = doctor.diagnose_open_error("COM7", serial.SerialException(text))
    assert error.kind == kind
    assert error.remedy


def test_lock_error_text_is_busy_even_without_errno(pty_pair: tuple[int, str]) -> None:
    _, path = pty_pair
    # pyserial serialposix.py's own wording when flock() fails.
    text = f"Could not exclusively lock port {path}: [Errno 11] Resource temporarily unavailable"
    assert doctor.diagnose_open_error(path, serial.SerialException(text)).kind == "busy"


def test_permission_denied_on_a_system_group_never_suggests_joining_it(
        pty_pair: tuple[int, str]) -> None:
    _need_root_to_drop()
    import grp

    try:
        tty_group = grp.getgrnam("tty").gr_gid
    except KeyError:
        pytest.skip("no 'tty' group on this system")
    _, path = pty_pair
    os.chown(path, 0, tty_group)
    os.chmod(path, 0o660)
    outcome = _open_as_nobody(path)
    assert outcome["kind"] == "permission", outcome
    assert "You are not in group 'tty', and should not join it." in str(outcome["message"])
    remedy = str(outcome["remedy"])
    assert "usermod" not in remedy
    assert remedy.startswith("Install the udev rule shipped with simtool")
