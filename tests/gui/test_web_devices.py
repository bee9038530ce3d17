"""The app with sticks and routers that have no AT port (simulated HiLink/ZTE devices on
real HTTP servers): found without typing an address, checked, and asked for the admin
password (masked, one attempt) when the device wants it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit

from simtool.sim.modem import Config, Modem
from simtool.sim.web.common import DeviceSettings
from simtool.sim.web.hilink import HilinkDevice

CHECK_TIMEOUT_MS = 60_000
PASSWORD = "Admin-1234"


@pytest.fixture
def stick(request: pytest.FixtureRequest) -> Iterator[HilinkDevice]:
    settings = getattr(request, "param", {})
    device = HilinkDevice(Modem(Config(scenario="healthy")), DeviceSettings(**settings)).start()
    yield device
    device.stop()


def test_a_hilink_stick_on_the_gateway_is_found_and_checked(qtbot, window, stick, monkeypatch):
    monkeypatch.setenv("SIMTOOL_GATEWAYS", stick.where)
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        window.start()
    report = blocker.args[0]
    assert report.facts.port.via == "hilink" and report.verdict.status == "ok"
    assert window.port_combo.current_url() == f"hilink://{stick.where}"
    assert "Huawei E3372h-320" in window.port_combo.currentText()
    assert window.no_modem_banner.isHidden()


@pytest.mark.parametrize("stick", [{"password": PASSWORD, "gate": "all"}], indirect=True)
def test_the_device_password_is_asked_masked_and_tried_once(qtbot, window, run_check, stick,
                                                            monkeypatch):
    asked: list[object] = []

    def answer(_parent, _title, _label, echo, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(echo)
        return PASSWORD, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(answer))
    reports = []
    window.report_shown.connect(reports.append)
    url = f"hilink://{stick.where}"
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS):
        window.check_url(url)
    qtbot.waitUntil(lambda: len(reports) >= 2, timeout=CHECK_TIMEOUT_MS)
    assert reports[0].facts.port_error_kind == "login"
    assert reports[-1].verdict.status == "ok"
    assert asked == [QLineEdit.EchoMode.Password]
    assert stick.settings.logins == 1
    # The password was for that one check: the next one does not send it again.
    with qtbot.waitSignal(window.report_shown, timeout=CHECK_TIMEOUT_MS):
        window.check_now()
    assert stick.settings.logins == 1


@pytest.mark.parametrize("stick", [{"password": PASSWORD, "gate": "all"}], indirect=True)
def test_no_password_typed_leaves_the_login_verdict(qtbot, window, run_check, stick,
                                                    monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    report = run_check(window, f"hilink://{stick.where}")
    assert report.verdict.check == "port" and report.facts.port_error_kind == "login"
    assert stick.settings.logins == 0
