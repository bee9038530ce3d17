"""The port doctor's findings that come from files: the USB bus (sysfs) and its advice texts.

The sysfs trees below are laid out as Linux lays out /sys/bus/usb/devices/<dev>/ (idVendor,
idProduct, product, and one `<dev>:<config>.<interface>` directory per interface with
bInterfaceClass, a `driver` link when a driver is bound, and a ttyUSBn child for serial
ports). Their ids are modes from reference/usb_modem_ports.md §2.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.transport import doctor, usb_ids
from simtool.transport.errors import DriverMissing


def _usb_device(root: Path, name: str, vid: int, pid: int, product: str = "",
                interfaces: tuple[tuple[int, bool, bool], ...] = ()) -> None:
    """interfaces: (bInterfaceClass, driver bound, has a tty) per interface number."""
    device = root / name
    device.mkdir(parents=True)
    (device / "idVendor").write_text(f"{vid:04x}\n")
    (device / "idProduct").write_text(f"{pid:04x}\n")
    if product:
        (device / "product").write_text(product + "\n")
    for number, (klass, bound, tty) in enumerate(interfaces):
        interface = device / f"{name}:1.{number}"
        interface.mkdir()
        (interface / "bInterfaceClass").write_text(f"{klass:02x}\n")
        if bound:
            (interface / "driver").mkdir()
        if tty:
            (interface / f"ttyUSB{number}").mkdir()


def _modes(root: Path) -> dict[str, str]:
    return {f"{p.vid:04x}:{p.pid:04x}": p.mode for p in doctor.usb_mode_problems(sys_root=root)}


def test_huawei_hilink_and_storage_modes_are_recognised(tmp_path: Path) -> None:
    # E3372 in HiLink mode (12d1:14dc, cdc_ether) and still in its CD-ROM mode (12d1:1f01).
    _usb_device(tmp_path, "1-1", 0x12D1, 0x14DC, "HUAWEI_MOBILE", ((0x02, True, False),
                                                                   (0x0A, True, False)))
    _usb_device(tmp_path, "1-2", 0x12D1, 0x1F01, "HUAWEI_MOBILE", ((0x08, True, False),))
    problems = doctor.usb_mode_problems(sys_root=tmp_path)
    assert _modes(tmp_path) == {"12d1:14dc": usb_ids.HILINK, "12d1:1f01": usb_ids.STORAGE}
    hilink = problems[0]
    assert "Huawei" in hilink.message and "12d1:14dc" in hilink.message
    assert "HUAWEI_MOBILE" in hilink.message
    assert "192.168.8.1" in hilink.message
    assert "usb-modeswitch" in problems[1].remedy


def test_novatel_cdrom_range_and_qualcomm_download_mode(tmp_path: Path) -> None:
    _usb_device(tmp_path, "1-3", 0x1410, 0x5031, interfaces=((0x08, True, False),))
    _usb_device(tmp_path, "1-4", 0x05C6, 0x9008, "QUSB__BULK", ((0xFF, False, False),))
    assert _modes(tmp_path) == {"1410:5031": usb_ids.STORAGE, "05c6:9008": usb_ids.DOWNLOAD}


def test_unknown_id_of_a_modem_maker_with_only_storage_is_storage_mode(tmp_path: Path) -> None:
    _usb_device(tmp_path, "2-1", 0x19D2, 0x7777, "ZTE WCDMA Technologies MSM",
                ((0x08, True, False),))
    assert _modes(tmp_path) == {"19d2:7777": usb_ids.STORAGE}


def test_known_modem_whose_serial_interfaces_have_no_driver(tmp_path: Path) -> None:
    # EC25 (2c7c:0125) on a kernel without its id in the option driver: no ttyUSB at all.
    _usb_device(tmp_path, "3-1", 0x2C7C, 0x0125, "EC25-AF",
                ((0xFF, False, False), (0xFF, False, False), (0xFF, False, False),
                 (0xFF, False, False), (0xFF, True, False)))
    [problem] = doctor.usb_mode_problems(sys_root=tmp_path)
    assert problem.mode == doctor.NO_DRIVER
    assert "echo 2c7c 0125 ff | sudo tee /sys/bus/usb-serial/drivers/option1/new_id" in (
        problem.remedy)


def test_working_modems_and_other_devices_are_not_problems(tmp_path: Path) -> None:
    _usb_device(tmp_path, "4-1", 0x2C7C, 0x0125, "EC25",
                ((0xFF, True, True), (0xFF, True, True), (0xFF, True, True)))
    _usb_device(tmp_path, "4-2", 0x1D6B, 0x0002, "root hub", ((0x09, True, False),))
    _usb_device(tmp_path, "4-3", 0x0781, 0x5581, "USB stick", ((0x08, True, False),))
    assert doctor.usb_mode_problems(sys_root=tmp_path) == []
    assert doctor.driver_missing_error(sys_root=tmp_path) is None


def test_driver_missing_error_is_typed(tmp_path: Path) -> None:
    _usb_device(tmp_path, "1-1", 0x12D1, 0x14DB, "HiLink", ((0x02, True, False),))
    error = doctor.driver_missing_error(sys_root=tmp_path)
    assert isinstance(error, DriverMissing)
    assert error.kind == "driver"
    assert error.remedy and "web page" in error.remedy


def test_no_sysfs_means_no_findings(tmp_path: Path) -> None:
    assert doctor.usb_mode_problems(sys_root=tmp_path / "absent") == []


def test_silent_port_names_the_others_to_try() -> None:
    error = doctor.silent_error("/dev/ttyUSB0", timeout=1.0,
                                other_ports=["/dev/ttyUSB2", "/dev/ttyUSB3"])
    assert error.kind == "silent"
    assert "within 1 s" in str(error)
    assert error.remedy and "/dev/ttyUSB2, /dev/ttyUSB3" in error.remedy


def test_silent_port_with_nothing_else_to_try() -> None:
    error = doctor.silent_error("sim://healthy", other_ports=[])
    assert error.remedy and "finished starting" in error.remedy


@pytest.mark.parametrize(("vid", "pid", "ignore", "expected"), [
    (0x2C7C, 0x0125, False, 'SUBSYSTEM=="tty", ATTRS{idVendor}=="2c7c", '
     'ATTRS{idProduct}=="0125", GROUP="dialout", MODE="0660", TAG+="uaccess"'),
    (0x2C7C, 0x0125, True, 'SUBSYSTEM=="tty", ATTRS{idVendor}=="2c7c", '
     'ATTRS{idProduct}=="0125", ENV{ID_MM_DEVICE_IGNORE}="1"'),
    (None, None, False, 'SUBSYSTEM=="tty", KERNEL=="ttyUSB2", GROUP="dialout", MODE="0660", '
     'TAG+="uaccess"'),
])
def test_udev_rule_text(vid: int | None, pid: int | None, ignore: bool, expected: str) -> None:
    assert doctor.udev_rule_text(vid, pid, "/dev/ttyUSB2", ignore_modemmanager=ignore) == expected


def test_shipped_udev_rule_covers_every_modem_maker_in_the_table() -> None:
    rules = (Path(__file__).parents[2] / doctor.UDEV_RULE_FILE).read_text()
    for line in rules.splitlines():
        assert not line.strip() or line.startswith("#") or "#" not in line, (
            "udev has no trailing comments: " + line)
    for vid in (0x2C7C, 0x12D1, 0x1E0E, 0x1199, 0x1546, 0x1BC7, 0x2CB7, 0x19D2):
        assert f'ATTRS{{idVendor}}=="{vid:04x}", GROUP="dialout"' in rules


@given(st.text(max_size=200))
def test_any_error_text_gives_a_typed_error(text: str) -> None:
    error = doctor.diagnose_open_error("/dev/ttyUSB-nonexistent", OSError(text))
    assert error.kind in ("not-found", "permission", "busy", "silent", "vanished", "driver",
                          "other")
    assert str(error)
