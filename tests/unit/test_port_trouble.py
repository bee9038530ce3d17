"""Port trouble a user without root meets, on real ports: every message says what to do.

- a busy port whose holder this user cannot see (ModemManager runs as root, so /proc/PID/fd
  of the holder is closed to a normal user and the holder lookup finds nothing);
- permission denied, as a really unprivileged user: when the tests run as root, a forked
  child drops to 'nobody' (root is never refused); otherwise the test's own user is refused;
- EIO on open (a pseudo-terminal whose other side has not unlocked it, as a port whose
  driver is in a bad state);
- socket:// (ser2net) failures other than "connection refused": a connection that times
  out, an unreachable network, a connection the server resets or closes mid-session.

Nothing is mocked: real ptys, real processes, real sockets on 127.0.0.1 (the unreachable
network is the broadcast address, which a TCP connect is refused a route to without any
packet leaving the machine).
"""

from __future__ import annotations

import ctypes
import json
import os
import socket
import struct
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import serial
import serial.urlhandler.protocol_socket as protocol_socket

from simtool.at.session import AtSession
from simtool.transport import doctor
from simtool.transport.errors import (
    PortBusy,
    PortError,
    PortNotFound,
    PortPermissionDenied,
    PortVanished,
)
from simtool.transport.port import open_port
from tests.unit.port_holder import hold, release

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX device nodes and /proc")



# --- running as a user without privileges ------------------------------------------------

def _unprivileged(action: Callable[[], None]) -> dict[str, object]:
    """Run `action` as a user without privileges and report what it raised.

    As root: in a forked child that drops to 'nobody' (no supplementary groups) first. As
    anyone else: right here, as the user the tests run as.
    """
    def outcome_of() -> dict[str, object]:
        try:
            action()
        except PortError as error:
            return {"opened": False, "kind": error.kind, "type": type(error).__name__,
                    "message": str(error), "remedy": error.remedy,
                    "holder": getattr(error, "holder", None)}
        return {"opened": True}

    if os.geteuid() != 0:
        return outcome_of()
    import pwd

    nobody = pwd.getpwnam("nobody")
    # Everything the child runs is imported now: after dropping root it may not be able
    # to read the interpreter's own library directory.
    import grp  # noqa: F401 - the doctor reads the node's group with it

    import serial.tools.list_ports  # noqa: F401

    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:                                     # pragma: no cover - runs in the child
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            result = outcome_of()
        except BaseException as error:  # noqa: BLE001 - report anything to the parent
            result = {"opened": False, "kind": "crash", "message": repr(error)}
        os.write(write_end, json.dumps(result).encode())
        os._exit(0)
    os.close(write_end)
    data = b""
    while chunk := os.read(read_end, 65536):
        data += chunk
    os.close(read_end)
    os.waitpid(child, 0)
    return dict(json.loads(data))


def _user_name() -> str:
    import pwd

    return "nobody" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name


# --- permission denied --------------------------------------------------------------------

@posix_only
def test_permission_denied_as_an_unprivileged_user_says_how_to_get_access(
        pty_pair: tuple[int, str]) -> None:
    _, path = pty_pair
    os.chmod(path, 0o000)                              # nobody may open it, not even its group
    outcome = _unprivileged(lambda: open_port(path).close())
    assert outcome["opened"] is False, outcome
    assert outcome.get("type") == PortPermissionDenied.__name__, outcome
    message, remedy = str(outcome["message"]), str(outcome["remedy"])
    assert f"You ({_user_name()}) are not allowed to open {path}" in message
    assert "c---------" in message
    assert f"sudo chmod 660 {path}" in remedy
    assert doctor.UDEV_RULE_FILE in remedy


@posix_only
def test_permission_denied_by_a_closed_folder_still_says_what_to_do(
        tmp_path: Path, pty_pair: tuple[int, str]) -> None:
    """The node sits in a folder this user may not enter: its owner and mode cannot even be
    read, and the doctor must still give a remedy rather than fail."""
    _, path = pty_pair
    closed = tmp_path / "closed"
    closed.mkdir()
    link = closed / "ttyMODEM"
    link.symlink_to(path)
    closed.chmod(0o000)
    try:
        outcome = _unprivileged(lambda: open_port(str(link)).close())
    finally:
        closed.chmod(0o700)
    assert outcome.get("type") == PortPermissionDenied.__name__, outcome
    assert outcome["message"] == f"You are not allowed to open {link}."
    assert outcome["remedy"] == ("Ask an administrator for access to the port, or run "
                                 "simtool as a user who has it.")


# --- busy, and the holder cannot be seen ----------------------------------------------------


def _need_an_invisible_holder() -> None:
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a holder this user cannot see must run as another user: needs root to "
                    "hold the port as root and look as 'nobody'")
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("no /proc to find holders in")


@posix_only
def test_busy_port_whose_holder_cannot_be_seen_says_how_to_find_it(
        pty_pair: tuple[int, str]) -> None:
    _need_an_invisible_holder()
    if doctor.modemmanager_running():
        pytest.skip("a real ModemManager runs here: the doctor rightly suspects it instead")
    _, path = pty_pair
    os.chmod(path, 0o666)                              # 'nobody' may open it, were it free
    holder = hold(path, "modem-dialer")               # runs as root: its fds are hidden
    try:
        outcome = _unprivileged(lambda: open_port(path).close())
    finally:
        release(holder)
    assert outcome.get("type") == PortBusy.__name__, outcome
    assert outcome["message"] == f"Port {path} is in use by another program."
    assert outcome["holder"] is None
    assert outcome["remedy"] == (f"Close the other program that uses it and try again; "
                                 f"'sudo fuser -v {path}' shows which one.")


@posix_only
def test_busy_port_held_by_a_root_modemmanager_names_it_and_the_udev_fix(
        pty_pair: tuple[int, str]) -> None:
    """ModemManager runs as root: a normal user sees its name in /proc, not its open files."""
    _need_an_invisible_holder()
    _, path = pty_pair
    os.chmod(path, 0o666)
    holder = hold(path, "ModemManager")
    try:
        outcome = _unprivileged(lambda: open_port(path).close())
    finally:
        release(holder)
    assert outcome.get("type") == PortBusy.__name__, outcome
    assert outcome["message"] == (f"Port {path} is in use by another program. ModemManager "
                                  "is running and may be the one holding it.")
    remedy = str(outcome["remedy"])
    assert "sudo systemctl stop ModemManager" in remedy
    assert 'ENV{ID_MM_DEVICE_IGNORE}="1"' in remedy
    assert "udevadm control --reload" in remedy


# --- EIO on open ------------------------------------------------------------------------------

@posix_only
def test_eio_on_open_is_a_port_in_a_bad_state_with_a_replug_remedy() -> None:
    """The kernel answers EIO to opening a pty slave its master has not unlocked (unlockpt),
    as a USB serial driver does for a port in a bad state."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.ptsname.restype = ctypes.c_char_p
    master = os.open("/dev/ptmx", os.O_RDWR | os.O_NOCTTY)
    try:
        name = libc.ptsname(master)
        assert name, "ptsname failed"
        path = name.decode()
        with pytest.raises(PortVanished) as caught:
            open_port(path)
    finally:
        os.close(master)
    cause = caught.value.__cause__
    assert isinstance(cause, serial.SerialException) and cause.errno == 5, cause
    assert str(caught.value) == (f"Port {path} went away: the modem was unplugged, reset or "
                                 "lost power, or its driver was unloaded.")
    assert caught.value.remedy == ("Plug the modem back in (use a port that gives enough "
                                   "power), wait until 'simtool ports' lists it again, then "
                                   "run the check again.")


# --- socket:// (ser2net) beyond "connection refused" ------------------------------------------

@pytest.fixture
def full_listener(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A port on 127.0.0.1 whose listener never accepts and whose queue is full: a connect
    there times out, as to a host behind a firewall that drops packets. pyserial's connect
    timeout (5 s) is shortened so the test does not wait for it."""
    monkeypatch.setattr(protocol_socket, "POLL_TIMEOUT", 0.5)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    number = listener.getsockname()[1]
    queued: list[socket.socket] = []
    while True:                                        # fill the accept queue
        try:
            queued.append(socket.create_connection(("127.0.0.1", number), timeout=0.5))
        except TimeoutError:
            break
        assert len(queued) < 64, "the listener's queue never filled"
    yield number
    for connection in queued:
        connection.close()
    listener.close()


def test_socket_connect_timeout_says_to_check_reachability_and_firewall(
        full_listener: int) -> None:
    url = f"socket://127.0.0.1:{full_listener}"
    with pytest.raises(PortNotFound) as caught:
        open_port(url)
    assert str(caught.value).startswith(f"Nothing at {url} accepted the connection in time:")
    assert "timed out" in str(caught.value)
    remedy = caught.value.remedy or ""
    assert "ping" in remedy and "firewall" in remedy and "ser2net" in remedy
    assert "sim://healthy" not in remedy                # the old, useless advice


def test_socket_to_an_unreachable_network_says_to_check_the_route() -> None:
    url = "socket://255.255.255.255:4001"             # TCP to broadcast: ENETUNREACH
    with pytest.raises(PortNotFound) as caught:
        open_port(url)
    assert str(caught.value).startswith(f"This computer has no route to the host of {url}:")
    assert "Network is unreachable" in str(caught.value)
    assert caught.value.remedy == ("Check the host address, this computer's network "
                                   "connection, and the VPN if the serial server is on "
                                   "another network.")


def test_socket_host_name_that_cannot_be_looked_up_says_to_check_the_spelling() -> None:
    # Words from getaddrinfo, as pyserial passes them on (socket.gaierror -2 / -3).
    for text in ("Could not open port socket://no-such-host.invalid:4001: [Errno -2] Name or "
                 "service not known",
                 "Could not open port socket://no-such-host.invalid:4001: [Errno -3] "
                 "Temporary failure in name resolution"):
        error = doctor.diagnose_open_error("socket://no-such-host.invalid:4001",
                                           serial.SerialException(text))
        assert isinstance(error, PortNotFound)
        assert str(error).startswith("The host name in socket://no-such-host.invalid:4001 "
                                     "could not be looked up:")
        assert error.remedy and "spelling of the host name" in error.remedy


class _OneShotServer:
    """A serial server on 127.0.0.1 that accepts one client, waits for its first command and
    then ends the connection: with a reset (RST) or a plain close (FIN)."""

    def __init__(self, *, reset: bool) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"socket://127.0.0.1:{self.listener.getsockname()[1]}"
        self.reset = reset
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connection, _ = self.listener.accept()
        with connection:
            connection.settimeout(30)
            connection.recv(64)                        # the first command arrived
            if self.reset:
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                      struct.pack("ii", 1, 0))

    def close(self) -> None:
        self.thread.join(timeout=30)
        self.listener.close()


@pytest.mark.parametrize("reset", [True, False], ids=["reset", "closed"])
def test_serial_server_ending_the_connection_mid_command_says_to_check_the_server(
        reset: bool) -> None:
    server = _OneShotServer(reset=reset)
    port = open_port(server.url, timeout=0.05)
    try:
        session = AtSession(port, default_timeout=10)
        with pytest.raises(PortVanished) as caught:
            session.command("AT+CGSN")
    finally:
        port.close()
        server.close()
    message, remedy = str(caught.value), caught.value.remedy or ""
    assert message.startswith(f"The connection to {server.url} broke (")
    assert "the serial server closed or reset it" in message
    # Not the advice for a USB modem on this computer, which a ser2net user cannot follow.
    assert "Plug the modem back in" not in remedy and "simtool ports" not in remedy
    assert remedy == ("Check that the serial server (for example ser2net) still runs and that "
                      "its modem is connected, then run the check again.")


def test_silent_serial_server_is_not_told_to_try_this_computers_serial_ports() -> None:
    """A ser2net port that accepts the connection but whose modem never answers: the
    advice is about that port, not the serial ports of this computer (the doctor used to
    say "Try the others: /dev/ttyS0")."""
    from simtool.runner import CheckOptions, run_check

    listener = socket.create_server(("127.0.0.1", 0))
    url = f"socket://127.0.0.1:{listener.getsockname()[1]}"
    accepted: list[socket.socket] = []
    server = threading.Thread(target=lambda: accepted.append(listener.accept()[0]),
                              daemon=True)
    server.start()
    try:
        report = run_check(url, CheckOptions(timeout=1, probe_timeout=0.5, history=False))
    finally:
        server.join(timeout=30)
        for connection in accepted:
            connection.close()
        listener.close()
    port = next(check for check in report.checks if check.id == "port")
    assert report.facts.port_error_kind == "silent"
    assert port.status == "fail"
    assert port.detail.startswith(f"Port {url} opened, but nothing answered AT within 0.5 s.")
    assert "Try the others" not in port.detail and "/dev/" not in port.detail
    assert "Check that the modem has power and has finished starting" in port.detail
