"""End to end: `simtool balance` on a Chinese card asks the operator by SMS, the way it
answers (CXYE to 10086...), and shows the balance and data left from the two-part Chinese
reply, in English and in Chinese; without --allow-write nothing is sent (exit 3). Each run is
its own `simtool` process against a simulated modem served on a pty by `simtool simulate`,
whose SMS store outlives the clients, so what the balance query left behind can be read."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from simtool.at.parsers.sms import StoredSms, parse_cmgl
from simtool.at.session import AtSession
from simtool.transport.port import open_port

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")


def simtool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simtool", *args], capture_output=True,
                          text=True, env=dict(os.environ), stdin=subprocess.DEVNULL,
                          timeout=120)


@pytest.fixture
def serve() -> Iterator[Any]:
    processes: list[subprocess.Popen[str]] = []

    def start(*options: str) -> str:
        process = subprocess.Popen([sys.executable, "-m", "simtool", "simulate", "healthy",
                                    "--sms", "0.2", *options, "--pty"],
                                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        processes.append(process)
        assert process.stdout is not None
        path = process.stdout.readline().strip()
        assert path.startswith("/dev/"), path
        return path

    yield start
    for process in processes:
        process.terminate()
        assert process.wait(10) == 0


def stored(port: str) -> list[StoredSms]:
    serial_port = open_port(port)
    try:
        session = AtSession(serial_port)
        session.command("AT+CMGF=0")
        messages = parse_cmgl(session.command("AT+CMGL=4").text, pdu_mode=True)
        return [m for m in messages if isinstance(m, StoredSms)]
    finally:
        serial_port.close()


def test_balance_by_sms_in_english_keeps_the_store_but_for_the_answer(serve: Any) -> None:
    port = serve("--operator", "46000")
    before = stored(port)
    done = simtool("balance", "--port", port, "--allow-write", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Balance:   23.45 元" in done.stdout
    assert "Data left: 3.52 GB" in done.stdout
    assert "Plan ends: 2026年12月31日" in done.stdout
    assert "【中国移动】" in done.stdout                 # the operator's own words, joined
    after = stored(port)
    # The messages that were there are untouched (still unread where they were unread);
    # the answer stays, in two parts, because --delete-reply was not given.
    assert after[:len(before)] == before
    assert [m.sender for m in after[len(before):]] == ["10086", "10086"]


def test_balance_by_sms_in_chinese_and_the_answer_deleted(serve: Any) -> None:
    port = serve("--operator", "46011")
    before = stored(port)
    done = simtool("balance", "--port", port, "--allow-write", "--delete-reply",
                   "--lang", "zh_CN")
    assert done.returncode == 0, done.stderr
    assert "余额：18.60 元" in done.stdout
    assert "剩余流量：2.25 GB" in done.stdout
    assert "【中国电信】" in done.stdout
    assert stored(port) == before                      # only the answer was deleted


def test_without_allow_write_nothing_is_sent(serve: Any) -> None:
    port = serve("--operator", "46001")
    before = stored(port)
    done = simtool("balance", "--port", port)
    assert done.returncode == 3
    assert "--allow-write" in done.stderr and "charged" in done.stderr
    assert simtool("balance", "--port", port, "--method", "sms").returncode == 3
    assert stored(port) == before


def test_check_balance_reports_the_figures_in_the_account_step(serve: Any) -> None:
    import json

    port = serve("--operator", "46004")
    done = simtool("check", "--port", port, "--balance", "--allow-write", "--format", "json")
    assert done.returncode == 0, done.stderr
    account = next(c for c in json.loads(done.stdout)["checks"] if c["id"] == "account")
    assert account["status"] == "pass"
    assert "balance 8.00 元" in account["detail"] and "data left 0.25 GB" in account["detail"]
    apn = next(c for c in json.loads(done.stdout)["checks"] if c["id"] == "apn")
    assert apn["status"] == "pass" and "cmiot" in apn["detail"]
