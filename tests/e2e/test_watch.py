"""End to end: `simtool watch` as a process, on a sim:// URL and on a simulated modem's pty;
stopped by --count, by SIGINT (Ctrl-C) and by SIGTERM."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs pseudo-terminals")

# CSV columns; identity (model, IMEI, ICCID) was appended in simtool.watch/1 (issue 19).
KEYS = ["t", "port", "rssi_dbm", "rsrp_dbm", "rsrq_db", "sinr_db", "rscp_dbm", "quality",
        "registration", "act", "operator", "model", "imei", "iccid"]
# JSON Lines: the same, after the schema tag.
JSON_KEYS = ["schema", *KEYS]


def watch(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "simtool", "watch", *args],
                          capture_output=True, text=True, timeout=60)


def start_watch(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "simtool", "watch", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def pty_modem() -> Iterator[str]:
    process = subprocess.Popen([sys.executable, "-m", "simtool", "simulate", "healthy",
                                "--vendor", "huawei", "--latency", "5", "--pty"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    path = process.stdout.readline().strip()
    assert path.startswith("/dev/"), path
    yield path
    process.terminate()
    assert process.wait(10) == 0


def test_count_gives_that_many_json_lines_with_every_field() -> None:
    done = watch("--port", "sim://healthy", "--count", "3", "--interval", "0.1")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3
    samples = [json.loads(line) for line in lines]
    for sample in samples:
        assert list(sample) == JSON_KEYS
        assert sample["t"].endswith("Z")
        offset = datetime.fromisoformat(sample["t"]).utcoffset()
        assert offset is not None and offset.total_seconds() == 0
        assert sample["port"] == "sim://healthy"
        assert sample["schema"] == "simtool.watch/1"
        assert sample["imei"] == "350000001234562"
        assert sample["iccid"] == "89860012345678901234"
        assert sample["model"]
        assert sample["registration"] == "home"
        assert sample["act"] == 7                      # LTE
        assert sample["operator"] == "CHINA MOBILE"
        assert sample["rsrp_dbm"] == -91               # +CESQ rsrp 50 -> -141 + 50
        assert sample["quality"] in ("excellent", "good", "fair", "poor")
    times = [datetime.fromisoformat(s["t"]) for s in samples]
    assert times == sorted(times)


def test_csv_has_a_header_and_one_row_per_sample() -> None:
    done = watch("--port", "sim://healthy?vendor=huawei", "--count", "3", "--interval", "0.1",
                 "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert rows[0] == KEYS
    assert len(rows) == 4
    record = dict(zip(KEYS, rows[1], strict=True))
    assert record["sinr_db"] == "15.0"                 # Huawei ^HCSQ sinr 176 -> -20.2 + 35.2
    assert record["registration"] == "home"


def test_radio_off_and_no_signal_are_samples_too() -> None:
    off = json.loads(watch("--port", "sim://radio-off", "--count", "1").stdout)
    assert off["registration"] == "not-registered"
    assert off["rsrp_dbm"] is None and off["act"] is None
    assert off["quality"] == "none"
    searching = json.loads(watch("--port", "sim://no-signal", "--count", "1").stdout)
    assert searching["registration"] == "searching"
    assert searching["quality"] == "none"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM],
                         ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_signal_stops_a_running_watch_cleanly(pty_modem: str, signum: int, fmt: str) -> None:
    process = start_watch("--port", pty_modem, "--interval", "0.05", "--format", fmt)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()                  # running: at least one line out
    assert first.endswith("\n")
    if fmt == "csv":
        assert process.stdout.readline().endswith("\n")
    process.send_signal(signum)
    rest, errors = process.communicate(timeout=30)
    assert process.returncode == 0
    assert "Traceback" not in errors
    assert errors == ""
    output = first + rest
    assert output.endswith("\n")                       # the last line is whole
    lines = output.splitlines()
    if fmt == "jsonl":
        for line in lines:
            assert list(json.loads(line)) == JSON_KEYS
    else:
        rows = list(csv.reader(io.StringIO(output)))
        assert rows[0] == KEYS
        assert all(len(row) == len(KEYS) for row in rows)


def test_usage_errors_and_an_unreachable_port() -> None:
    assert watch("--port", "sim://healthy", "--interval", "0").returncode == 64
    assert watch("--port", "sim://healthy", "--count", "0").returncode == 64
    assert watch("--port", "sim://healthy", "--format", "xml").returncode == 64
    gone = watch("--port", "/dev/simtool-no-such-port", "--count", "1")
    assert gone.returncode == 2
    assert gone.stdout == ""
    assert "Traceback" not in gone.stderr


def test_the_watch_is_read_only(pty_modem: str) -> None:
    """Nothing but queries reach the modem: its state is the same before and after."""
    before = _state(pty_modem)
    assert watch("--port", pty_modem, "--count", "2", "--interval", "0.05").returncode == 0
    assert _state(pty_modem) == before


def _state(port: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "simtool", "check", "--port", port,
                           "--format", "json"], capture_output=True, text=True, timeout=60)
    report = json.loads(done.stdout)
    return {key: report[key] for key in ("radio", "sim", "packet", "apn", "operator")}
