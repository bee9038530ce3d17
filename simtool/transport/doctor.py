"""The port doctor: when a port cannot be used, say exactly why and how to fix it.

It turns a low-level failure (an errno, pyserial's lock error, a Windows error code) into
one of the typed errors of `transport.errors`, filled in with what it can find out on this
computer: which ports do exist, which group owns the device node and whether the user is in
it, which process holds the port (read from /proc on Linux), and whether a modem sits on the
USB bus in a mode without any AT port (mass storage, HiLink, download mode).
Every finding is best effort: a doctor that cannot look somewhere says less, never fails.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from simtool.i18n import tr
from simtool.transport import usb_ids
from simtool.transport.errors import (
    DriverMissing,
    PortBusy,
    PortError,
    PortNotFound,
    PortPermissionDenied,
    PortSilent,
    PortVanished,
)

if TYPE_CHECKING:
    from simtool.transport.discovery import PortCandidate

PROC_ROOT = Path("/proc")
SYS_USB_DEVICES = Path("/sys/bus/usb/devices")
UDEV_RULE_FILE = "packaging/udev/70-simtool-modem-ports.rules"
SERIAL_GROUPS = ("dialout", "uucp")      # Debian/Ubuntu/Fedora; Arch/Manjaro/Gentoo

# Windows system error codes pyserial leaves in its message text (it sets no errno there).
_WIN_NOT_FOUND = {2, 3}                 # ERROR_FILE_NOT_FOUND, ERROR_PATH_NOT_FOUND
_WIN_BUSY = {5, 32}                     # ACCESS_DENIED: another program has the COM port open
_WIN_VANISHED = {22, 31, 1167}          # bad command / device not functioning / not connected

_NOT_FOUND_ERRNOS = {errno.ENOENT, errno.ENXIO, errno.ENODEV, errno.ENOTDIR}
_NETWORK_NOT_FOUND_ERRNOS = {errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH,
                             errno.ETIMEDOUT, -2, -3, -5}   # -2/-3/-5: getaddrinfo failures


def _scheme(url: str) -> str | None:
    return url.split("://", 1)[0].lower() if "://" in url else None


def _error_numbers(error: BaseException) -> tuple[int | None, int | None]:
    """(errno, Windows error code) of an open failure, from attributes or pyserial's text."""
    text = str(error)
    code = getattr(error, "errno", None)
    if not isinstance(code, int):
        found = re.search(r"\[Errno (-?\d+)\]", text)
        code = int(found.group(1)) if found else None
    win = getattr(error, "winerror", None)
    if not isinstance(win, int):
        # pyserial on Windows: "could not open port 'COM7': PermissionError(13, 'Access is
        # denied.', None, 5)" - the last number is the Windows error code.
        found = re.search(r"Error\(-?\d+, .*, None, (\d+)\)", text)
        win = int(found.group(1)) if found else None
    return code, win


# --- open failures ---------------------------------------------------------------------

def diagnose_open_error(url: str, error: BaseException) -> PortError:
    """The typed error, with an explanation and a remedy, for a port that failed to open."""
    if isinstance(error, PortError):
        return error
    text = str(error)
    if url.lower().startswith("mm://"):
        # Only `simtool check` reads mm:// (through ModemManager); every other command
        # talks AT on a port, which ModemManager holds.
        return PortError(
            tr("Port", "{url} is a modem ModemManager manages: simtool only checks it (through "
               "ModemManager); this command needs the modem's AT port, which ModemManager "
               "holds.").format(url=url),
            url=url,
            remedy=tr("Port", "Use mmcli for it ('mmcli -m {index}' shows what ModemManager "
                      "offers), or stop ModemManager ('sudo systemctl stop ModemManager') and "
                      "use the AT port 'simtool ports' lists. 'simtool check --port {url} "
                      "--inhibit --allow-write' runs the full AT check, with --balance or "
                      "--connect-test if asked.").format(
                          index=url[len("mm://"):].strip("/") or "0", url=url))
    if isinstance(error, ValueError) and "protocol" in text and "not known" in text:
        return PortError(
            tr("Port", "simtool does not know the kind of port '{url}'.").format(url=url),
            url=url,
            remedy=tr("Port", "Use a device such as /dev/ttyUSB2 or COM7, socket://HOST:PORT "
                      "(ser2net), rfc2217://HOST:PORT, or sim://healthy for the simulator."))
    code, win = _error_numbers(error)
    if win in _WIN_NOT_FOUND:
        return not_found_error(url)
    if win in _WIN_BUSY:
        return busy_error(url)
    if win in _WIN_VANISHED:
        return vanished_error(url)
    if _scheme(url) is not None:
        return _network_open_error(url, error, code)
    if code in _NOT_FOUND_ERRNOS:
        return not_found_error(url)
    if code in (errno.EACCES, errno.EPERM):
        return permission_error(url)
    if code in (errno.EBUSY, errno.EAGAIN, errno.EWOULDBLOCK) or "exclusively lock" in text:
        return busy_error(url)
    if code == errno.EIO:
        return vanished_error(url)
    return PortError(
        tr("Port", "Could not open {url}: {reason}").format(url=url, reason=text), url=url,
        remedy=tr("Port", "Run 'simtool ports' to see the serial ports and which one answers "
                  "AT."))


_NETWORK_SCHEMES = ("socket", "rfc2217")
_UNREACHABLE_ERRNOS = {errno.EHOSTUNREACH, errno.ENETUNREACH}
_NAME_ERRNOS = {-2, -3, -5}             # getaddrinfo: EAI_NONAME, EAI_AGAIN, EAI_NODATA


def _timed_out(error: BaseException) -> bool:
    """pyserial words a connect timeout "Could not open port ...: timed out" and keeps the
    TimeoutError only as the exception's context."""
    return isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError) \
        or "timed out" in str(error).lower()


def _network_open_error(url: str, error: BaseException, code: int | None) -> PortError:
    # A serial server that cannot be reached is "not found" for the port check, but each way
    # of not reaching it has its own fix: a timeout, an unreachable network and an unknown
    # host name used to get the refused wording (or none: a timeout said "check the address;
    # for the simulator use sim://healthy").
    if _scheme(url) in _NETWORK_SCHEMES:
        if code in _UNREACHABLE_ERRNOS:
            return PortNotFound(
                tr("Port", "This computer has no route to the host of {url}: {reason}").format(
                    url=url, reason=error),
                url=url,
                remedy=tr("Port", "Check the host address, this computer's network "
                          "connection, and the VPN if the serial server is on another "
                          "network."))
        if code in _NAME_ERRNOS:
            return PortNotFound(
                tr("Port", "The host name in {url} could not be looked up: {reason}").format(
                    url=url, reason=error),
                url=url,
                remedy=tr("Port", "Check the spelling of the host name, or use its IP "
                          "address; check that this computer's name service (DNS) works."))
        if code == errno.ETIMEDOUT or _timed_out(error):
            return PortNotFound(
                tr("Port", "Nothing at {url} accepted the connection in time: {reason}").format(
                    url=url, reason=error),
                url=url,
                remedy=tr("Port", "Check that the host is on and reachable from this computer "
                          "(ping it), that no firewall drops the connection to that port, and "
                          "that the serial server (for example ser2net) runs and is not busy "
                          "with another client."))
    if code in _NETWORK_NOT_FOUND_ERRNOS or "refused" in str(error).lower():
        return PortNotFound(
            tr("Port", "Nothing answers at {url}: {reason}").format(url=url, reason=error),
            url=url,
            remedy=tr("Port", "Check the host name and port number, and that the serial "
                      "server (for example ser2net) is running and reachable."))
    return PortError(
        tr("Port", "Could not open {url}: {reason}").format(url=url, reason=error), url=url,
        remedy=tr("Port", "Check the address; for the simulator use sim://healthy."))


def not_found_error(url: str) -> PortNotFound:
    existing = [port.device for port in _existing_ports()]
    parts = [tr("Port", "Port {url} does not exist.").format(url=url)]
    if existing:
        parts.append(tr("Port", "Serial ports on this computer: {ports}.").format(
            ports=", ".join(existing)))
    else:
        parts.append(tr("Port", "This computer has no serial ports right now."))
    if os.name == "nt" or re.fullmatch(r"(?i)com\d+", url):
        parts.append(tr("Port", "On Windows a modem's ports are named COM1, COM2, …: look in "
                        "Device Manager under 'Ports (COM & LPT)' and 'Modems' for the one "
                        "called '… AT Port', '… PC UI Interface' or '… Modem'."))
    remedy = tr("Port", "Check the name, and that the modem is plugged in (after a replug or "
                "reset its ports may come back under another name). 'simtool ports --probe' "
                "lists the ports and shows which one answers AT.")
    driver = driver_missing_error()
    if driver is not None:
        parts.append(str(driver))
        remedy = driver.remedy or remedy
    return PortNotFound(" ".join(parts), url=url, remedy=remedy)


def vanished_error(url: str) -> PortVanished:
    return PortVanished(
        tr("Port", "Port {url} went away: the modem was unplugged, reset or lost power, or its "
           "driver was unloaded.").format(url=url),
        url=url,
        remedy=tr("Port", "Plug the modem back in (use a port that gives enough power), wait "
                  "until 'simtool ports' lists it again, then run the check again."))


def diagnose_io_error(url: str, error: BaseException) -> PortVanished:
    """A read or write failed on a port that was open: for a serial port that means it left;
    for a serial server's connection, that the server (or the network) dropped it."""
    if _scheme(url) in _NETWORK_SCHEMES:
        # "Plug the modem back in and wait for 'simtool ports' to list it" was the advice
        # here too, which a ser2net user cannot follow: the modem is on another computer.
        return PortVanished(
            tr("Port", "The connection to {url} broke ({reason}): the serial server closed "
               "or reset it, the network dropped it, or the modem behind the server went "
               "away.").format(url=url, reason=error),
            url=url,
            remedy=tr("Port", "Check that the serial server (for example ser2net) still runs "
                      "and that its modem is connected, then run the check again."))
    return vanished_error(url)


# --- permission ------------------------------------------------------------------------

@dataclass(frozen=True)
class NodeAccess:
    """Who may open a device node, and where the current user stands."""

    device: str
    user: str
    group: str
    mode: str                     # e.g. "crw-rw----"
    group_can_open: bool          # the group has read and write permission
    in_group_now: bool            # this process has the group
    in_group_listed: bool         # /etc/group lists the user (maybe after this login began)


def node_access(device: str) -> NodeAccess | None:
    """Ownership of `device` and the current user's groups (POSIX only; None elsewhere)."""
    if os.name != "posix":
        return None
    import grp
    import pwd

    try:
        info = os.stat(device)
    except OSError:
        return None
    try:
        group_entry: grp.struct_group | None = grp.getgrgid(info.st_gid)
    except KeyError:
        group_entry = None
    try:
        user_entry: pwd.struct_passwd | None = pwd.getpwuid(os.geteuid())
    except KeyError:
        user_entry = None
    user = user_entry.pw_name if user_entry else str(os.geteuid())
    listed = bool(group_entry and user in group_entry.gr_mem) or bool(
        user_entry and user_entry.pw_gid == info.st_gid)
    return NodeAccess(
        device=device, user=user,
        group=group_entry.gr_name if group_entry else str(info.st_gid),
        mode=stat.filemode(info.st_mode),
        group_can_open=info.st_mode & 0o060 == 0o060,
        in_group_now=info.st_gid == os.getegid() or info.st_gid in os.getgroups(),
        in_group_listed=listed)


def udev_rule_text(vid: int | None, pid: int | None, device: str, *, group: str = "dialout",
                   ignore_modemmanager: bool = False) -> str:
    """A one-line udev rule for this modem (by USB id when known, else by kernel name)."""
    if vid is not None and pid is not None:
        match = f'SUBSYSTEM=="tty", ATTRS{{idVendor}}=="{vid:04x}", ATTRS{{idProduct}}=="{pid:04x}"'
    else:
        match = f'SUBSYSTEM=="tty", KERNEL=="{os.path.basename(device)}"'
    if ignore_modemmanager:
        return f'{match}, ENV{{ID_MM_DEVICE_IGNORE}}="1"'
    return f'{match}, GROUP="{group}", MODE="0660", TAG+="uaccess"'


def permission_error(url: str) -> PortPermissionDenied:
    access = node_access(url)
    if access is None:
        return PortPermissionDenied(
            tr("Port", "You are not allowed to open {url}.").format(url=url), url=url,
            remedy=tr("Port", "Ask an administrator for access to the port, or run simtool as "
                      "a user who has it."))
    message = tr("Port", "You ({user}) are not allowed to open {device}: it belongs to group "
                 "'{group}' with permissions {mode}.").format(
        user=access.user, device=access.device, group=access.group, mode=access.mode)
    usb = _usb_ids_of(url)
    serial_group = access.group if access.group in SERIAL_GROUPS else "dialout"
    rule = udev_rule_text(usb[0], usb[1], url, group=serial_group)
    # Each remedy is one whole sentence per case, so translators never glue fragments.
    if not access.group_can_open:
        message += " " + tr("Port", "Not even members of '{group}' may open it.").format(
            group=access.group)
        remedy = tr("Port", "Give the group access: 'sudo chmod 660 {device}' (lasts until the "
                    "modem is replugged). For good, install the udev rule shipped with simtool "
                    "({file}) or put this line in /etc/udev/rules.d/70-simtool.rules: {rule} — "
                    "then run 'sudo udevadm control --reload' and replug the modem.")
    elif access.in_group_listed and not access.in_group_now:
        message += " " + tr("Port", "You are in group '{group}', but this login session "
                            "started before you were added.").format(group=access.group)
        remedy = tr("Port", "Log out and back in (or reboot) so the new group takes effect.")
    elif not access.in_group_now and access.group in SERIAL_GROUPS:
        message += " " + tr("Port", "You are not in group '{group}'.").format(group=access.group)
        remedy = tr("Port", "Add yourself to it: 'sudo usermod -aG {group} $USER', then log out "
                    "and back in. Or install the udev rule shipped with simtool ({file}) or put "
                    "this line in /etc/udev/rules.d/70-simtool.rules: {rule} — then run 'sudo "
                    "udevadm control --reload' and replug the modem.")
    else:
        if access.in_group_now:
            message += " " + tr("Port", "You are in that group, so something else blocks "
                                "access (an ACL, SELinux/AppArmor, or a sandboxed install).")
        else:
            # A system group such as root or tty: joining it would be the wrong fix.
            message += " " + tr("Port", "You are not in group '{group}', and should not "
                                "join it.").format(group=access.group)
        remedy = tr("Port", "Install the udev rule shipped with simtool ({file}) or put this "
                    "line in /etc/udev/rules.d/70-simtool.rules: {rule} — then run 'sudo "
                    "udevadm control --reload' and replug the modem.")
    remedy = remedy.format(device=access.device, group=access.group, file=UDEV_RULE_FILE,
                           rule=rule)
    return PortPermissionDenied(message, url=url, remedy=remedy)


# --- busy ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Holder:
    """A process that has the port open."""

    pid: int
    name: str
    cmdline: str

    @property
    def is_modemmanager(self) -> bool:
        return self.name.lower() == "modemmanager" or "modemmanager" in self.cmdline.lower()

    def __str__(self) -> str:
        return f"{self.name} (pid {self.pid})"


def _read_text(path: Path) -> str:
    try:
        return path.read_text(errors="replace").strip()
    except OSError:
        return ""


def find_holders(device: str, *, proc_root: Path = PROC_ROOT) -> list[Holder]:
    """Processes with `device` open, read from /proc/*/fd (Linux; only the processes we may
    inspect: as a normal user, our own)."""
    target = os.path.realpath(device)
    holders: list[Holder] = []
    try:
        entries = list(proc_root.iterdir())
    except OSError:
        return holders
    for entry in entries:
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(fd) != target:
                    continue
            except OSError:
                continue
            cmdline = _read_text(entry / "cmdline").replace("\0", " ").strip()
            name = _read_text(entry / "comm") or cmdline.split(" ", 1)[0] or "?"
            holders.append(Holder(pid=int(entry.name), name=name, cmdline=cmdline))
            break
    return holders


def modemmanager_running(*, proc_root: Path = PROC_ROOT) -> bool:
    try:
        entries = list(proc_root.iterdir())
    except OSError:
        return False
    return any(entry.name.isdigit() and _read_text(entry / "comm") == "ModemManager"
               for entry in entries)


def modemmanager_holds(device: str, *, proc_root: Path = PROC_ROOT) -> bool:
    """True when a process named ModemManager has `device` open (visible to root, or to
    the same user). Cheap when ModemManager does not run: /proc/*/fd is read only then."""
    if not modemmanager_running(proc_root=proc_root):
        return False
    return any(holder.is_modemmanager for holder in find_holders(device, proc_root=proc_root))


def busy_error(url: str) -> PortBusy:
    if os.name == "nt":
        return PortBusy(
            tr("Port", "Port {url} is in use by another program (Windows lets one program at a "
               "time open a COM port).").format(url=url), url=url,
            remedy=tr("Port", "Close the other program (the modem's own connection software, a "
                      "terminal program, another simtool) and try again."))
    holders = find_holders(url)
    usb = _usb_ids_of(url)
    mm_rule = udev_rule_text(usb[0], usb[1], url, ignore_modemmanager=True)
    mm_remedy = tr("Port", "ModemManager manages this modem. Stop it for now with 'sudo "
                   "systemctl stop ModemManager', or make it leave this modem alone with this "
                   "line in /etc/udev/rules.d/77-simtool-mm-ignore.rules: {rule} — then 'sudo "
                   "udevadm control --reload' and replug the modem.").format(rule=mm_rule)
    if holders:
        names = ", ".join(str(holder) for holder in holders)
        message = tr("Port", "Port {url} is in use by {holders}.").format(url=url, holders=names)
        if any(holder.is_modemmanager for holder in holders):
            remedy = mm_remedy
        elif len(holders) == 1:
            remedy = tr("Port", "Close {holders} (or stop it: 'kill {pid}') and try "
                        "again.").format(holders=names, pid=holders[0].pid)
        else:
            remedy = tr("Port", "Close {holders} (or stop them: 'kill {pids}') and try "
                        "again.").format(holders=names,
                                         pids=" ".join(str(h.pid) for h in holders))
        return PortBusy(message, url=url, remedy=remedy, holder=names)
    message = tr("Port", "Port {url} is in use by another program.").format(url=url)
    if modemmanager_running():
        message += " " + tr("Port", "ModemManager is running and may be the one holding it.")
        remedy = mm_remedy
    else:
        remedy = tr("Port", "Close the other program that uses it and try again; 'sudo fuser "
                    "-v {url}' shows which one.").format(url=url)
    return PortBusy(message, url=url, remedy=remedy)


# --- silent ----------------------------------------------------------------------------

def silent_error(url: str, *, timeout: float | None = None,
                 other_ports: Sequence[str] | None = None) -> PortSilent:
    """The port opened but nothing answered AT: name the other ports worth trying."""
    if other_ports is None:
        # This computer's serial ports are the others to try for one of them, not for a
        # serial server or the simulator (socket://, sim://): "try /dev/ttyS0" was the
        # advice for a silent ser2net port.
        other_ports = [port.device for port in _existing_ports() if port.device != url] \
            if _scheme(url) is None else []
    if timeout is None:
        message = tr("Port", "Port {url} opened, but nothing answered AT.").format(url=url)
    else:
        message = tr("Port", "Port {url} opened, but nothing answered AT within {seconds:g} "
                     "s.").format(url=url, seconds=timeout)
    if other_ports:
        remedy = tr("Port", "This is probably not the modem's AT port (modems also have "
                    "diagnostic, GPS and data ports that stay silent). Try the others: {ports}; "
                    "'simtool ports --probe' finds the one that answers.").format(
            ports=", ".join(other_ports))
    else:
        remedy = tr("Port", "Check that the modem has power and has finished starting (some "
                    "take 20 s), and that this is its AT port.")
    return PortSilent(message, url=url, remedy=remedy)


# --- driver missing: a modem on the bus in a mode without an AT port -------------------

@dataclass(frozen=True)
class UsbModeProblem:
    vid: int
    pid: int
    vendor: str
    product: str
    mode: str              # usb_ids.STORAGE, HILINK, ROUTER, DOWNLOAD, NETWORK_ONLY, "no-driver"
    message: str
    remedy: str


NO_DRIVER = "no-driver"


def _mode_texts(mode: str, vid: int, pid: int) -> tuple[str, str]:
    if mode == usb_ids.STORAGE:
        return (tr("Port", "It is in mass-storage (virtual CD-ROM) mode, which shows a drive "
                   "with the maker's installer instead of modem ports."),
                tr("Port", "On Linux install usb-modeswitch and usb-modeswitch-data (for "
                   "example 'sudo apt install usb-modeswitch'), which switch it to modem mode "
                   "when it is plugged in; on Windows run the installer on that drive once."))
    if mode == usb_ids.HILINK:
        return (tr("Port", "It runs HiLink firmware: the stick is a small router with its own "
                   "web page (usually http://192.168.8.1) and has no AT port."),
                tr("Port", "Check the SIM and the connection on its web page; simtool cannot "
                   "talk to a HiLink stick (only a different 'stick' firmware has an AT port)."))
    if mode == usb_ids.ROUTER:
        return (tr("Port", "It works as a router with its own web page (usually "
                   "http://192.168.0.1) and has no AT port in this mode."),
                tr("Port", "Use its web page, or switch it to modem mode with the maker's "
                   "tools."))
    if mode == usb_ids.DOWNLOAD:
        return (tr("Port", "It is in emergency download mode: its firmware is not running."),
                tr("Port", "Unplug it and plug it back in; if it comes back the same, the "
                   "firmware needs a recovery with the maker's tool."))
    if mode == usb_ids.NETWORK_ONLY:
        return (tr("Port", "Its USB composition is network-only (MBIM/ECM/RNDIS), without "
                   "serial ports."),
                tr("Port", "Switch it back to a composition with AT ports using the maker's "
                   "tool or manual."))
    return (tr("Port", "Its serial interfaces have no driver on this computer."),
            tr("Port", "Load the option driver and tell it this modem: 'sudo modprobe option; "
               "echo {vid:04x} {pid:04x} ff | sudo tee "
               "/sys/bus/usb-serial/drivers/option1/new_id'.").format(vid=vid, pid=pid))


def _hex_file(path: Path) -> int | None:
    try:
        return int(path.read_text().strip(), 16)
    except (OSError, ValueError):
        return None


def _interfaces(device_dir: Path) -> list[Path]:
    return [child for child in device_dir.iterdir()
            if ":" in child.name and child.name.startswith(device_dir.name + ":")]


def _has_tty(interface_dir: Path) -> bool:
    try:
        return any(child.name.startswith("tty") for child in interface_dir.iterdir())
    except OSError:
        return False


def usb_mode_problems(*, sys_root: Path = SYS_USB_DEVICES) -> list[UsbModeProblem]:
    """Modems on the USB bus that expose no AT port (Linux sysfs; empty elsewhere)."""
    problems: list[UsbModeProblem] = []
    try:
        devices = sorted(child for child in sys_root.iterdir() if ":" not in child.name)
    except OSError:
        return problems
    for device_dir in devices:
        vid, pid = _hex_file(device_dir / "idVendor"), _hex_file(device_dir / "idProduct")
        if vid is None or pid is None:
            continue
        try:
            interfaces = _interfaces(device_dir)
        except OSError:
            continue
        mode, vendor = _device_mode(vid, pid, interfaces)
        if mode is None:
            continue
        product = _read_text(device_dir / "product")
        what, remedy = _mode_texts(mode, vid, pid)
        message = tr("Port", "A {vendor} modem ({product}USB id {vid:04x}:{pid:04x}) is "
                     "connected, but without an AT port.").format(
            vendor=vendor, product=f"{product}, " if product else "", vid=vid, pid=pid)
        problems.append(UsbModeProblem(vid, pid, vendor, product, mode,
                                       f"{message} {what}", remedy))
    return problems


def _device_mode(vid: int, pid: int, interfaces: list[Path]) -> tuple[str | None, str]:
    known = usb_ids.no_at_mode(vid, pid)
    if known is not None:
        return known.mode, known.vendor
    vendor = usb_ids.MODEM_VENDORS.get(vid)
    if vendor is None or not interfaces or any(_has_tty(i) for i in interfaces):
        return None, ""
    classes = [_hex_file(i / "bInterfaceClass") for i in interfaces]
    if all(c == 0x08 for c in classes):
        return usb_ids.STORAGE, vendor           # a modem maker's device with only storage
    unbound_serial = [i for i, c in zip(interfaces, classes, strict=True)
                      if c == 0xFF and not (i / "driver").exists()]
    if unbound_serial and (vid, pid) in usb_ids.KNOWN_MODEMS:
        return NO_DRIVER, vendor
    return None, ""


def driver_missing_error(*, sys_root: Path = SYS_USB_DEVICES) -> DriverMissing | None:
    """A DriverMissing error describing the first modem found without an AT port, if any."""
    problems = usb_mode_problems(sys_root=sys_root)
    if not problems:
        return None
    first = problems[0]
    return DriverMissing(first.message, remedy=first.remedy)


# --- helpers that ask discovery (imported late: discovery uses the doctor too) ---------

def _existing_ports() -> list[PortCandidate]:
    try:
        from simtool.transport.discovery import list_ports
    except ImportError:
        return []
    try:
        return list(list_ports())
    except Exception:  # noqa: BLE001 - listing ports is a hint here; never hide the real error
        return []


def _usb_ids_of(device: str) -> tuple[int | None, int | None]:
    real = os.path.realpath(device)
    for port in _existing_ports():
        if port.device in (device, real):
            return port.vid, port.pid
    return None, None
