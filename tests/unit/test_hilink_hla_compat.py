"""The simulated HiLink device is faithful enough for huawei-lte-api (HLA), the reference
client of this API (shared/reference/hilink.md §8): session cookie and csrf tokens, reads,
error codes, login with password type 4, token rotation, logout, and the login lock."""

from __future__ import annotations

from collections.abc import Iterator

# The reference client is a test dependency (pyproject's `test` extra): a missing one is an
# error of the test setup, not a reason to skip the compatibility tests quietly.
import huawei_lte_api.Client as hla_client
import huawei_lte_api.Connection as hla_connection
import huawei_lte_api.exceptions as hla_exceptions
import pytest

from simtool.sim.modem import Config, Modem
from simtool.sim.web.common import DeviceSettings
from simtool.sim.web.hilink import HilinkDevice

PASSWORD = "Admin-1234"


@pytest.fixture
def device() -> Iterator[HilinkDevice]:
    web = HilinkDevice(Modem(Config(scenario="healthy")),
                       DeviceSettings(password=PASSWORD, gate="some", login_tries=3)).start()
    yield web
    web.stop()


def url(device: HilinkDevice) -> str:
    return f"http://{device.where}/"


def test_anonymous_reads(device: HilinkDevice) -> None:
    with hla_connection.Connection(url(device), timeout=5) as connection:
        client = hla_client.Client(connection)
        assert client.pin.status()["SimState"] == "257"
        assert client.monitoring.status()["ConnectionStatus"] == "901"
        assert client.device.signal()["rsrp"] == "-91dBm"
        assert client.net.current_plmn()["Numeric"] == "46000"
        assert client.device.basic_information()["devicename"] == "E3372h-320"
        with pytest.raises(hla_exceptions.ResponseErrorLoginRequiredException):
            client.device.information()
        with pytest.raises(hla_exceptions.ResponseErrorNotSupportedException):
            connection.get("no/such-endpoint")


def test_login_reads_what_it_opens_and_logs_out(device: HilinkDevice) -> None:
    with hla_connection.Connection(url(device), username="admin", password=PASSWORD,
                                   timeout=5) as connection:
        client = hla_client.Client(connection)
        assert client.device.information()["Iccid"] == "89860012345678901234"
        messages = client.sms.get_sms_list()
        assert int(messages["Count"]) == 2
        assert any(device.settings.sessions.values())
    assert not any(device.settings.sessions.values())
    assert device.settings.logins == 1


def test_wrong_passwords_then_the_lock(device: HilinkDevice) -> None:
    for _ in range(2):
        with pytest.raises(hla_exceptions.LoginErrorUsernamePasswordWrongException):
            hla_connection.Connection(url(device), username="admin", password="wrong", timeout=5)
    with pytest.raises(hla_exceptions.LoginErrorUsernamePasswordOverrunException):
        hla_connection.Connection(url(device), username="admin", password="wrong", timeout=5)
    with hla_connection.Connection(url(device), timeout=5) as connection:
        state = hla_client.Client(connection).user.state_login()
    assert state["lockstatus"] == "1" and int(state["remainwaittime"]) > 0


def test_writes_carry_tokens(device: HilinkDevice) -> None:
    device.settings.password = None
    with hla_connection.Connection(url(device), timeout=5) as connection:
        client = hla_client.Client(connection)
        assert client.dial_up.set_mobile_dataswitch(0) == "OK"
        assert client.dial_up.mobile_dataswitch()["dataswitch"] == "0"
        assert client.monitoring.status()["ConnectionStatus"] == "902"
        assert client.dial_up.set_mobile_dataswitch(1) == "OK"
    assert device.settings.data_switch is True
