"""End to end: `simtool exporter` serves /metrics over real HTTP, checked by Prometheus's own
tools (prometheus_client's parser, `promtool check metrics`), and stops on SIGTERM."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from prometheus_client.parser import text_string_to_metric_families

FLEET = ["sim://healthy", "sim://no-sim", "sim://registration-denied", "/dev/ttyUSB99"]


class Exporter:
    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "simtool", "exporter", "--listen", "127.0.0.1:0", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
            text=True, env={**os.environ, "NO_COLOR": "1"})
        assert self.proc.stderr is not None
        first = self.proc.stderr.readline()        # blocks until it listens (or exits)
        found = re.search(r"http://(\S+)/metrics", first)
        assert found, first + self.proc.stderr.read()
        self.base = f"http://{found.group(1)}"

    def get(self, path: str, headers: dict[str, str] | None = None
            ) -> tuple[int, dict[str, str], bytes]:
        request = urllib.request.Request(self.base + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status, dict(answer.headers), answer.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def metrics(self, deadline_s: float = 60.0) -> str:
        """/metrics once the first round is in (503 until then), polled with a deadline."""
        deadline = time.monotonic() + deadline_s
        while True:
            status, _headers, body = self.get("/metrics")
            if status == 200:
                return body.decode("utf-8")
            assert status == 503, (status, body)
            assert time.monotonic() < deadline, "no metrics before the deadline"
            time.sleep(0.05)

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=30)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def exporter() -> Iterator[Exporter]:
    args = [arg for url in FLEET for arg in ("--port", url)]
    running = Exporter(*args, "--interval", "0.5", "--timeout", "2")
    yield running
    running.stop()


def parsed(text: str) -> dict[str, list[tuple[dict[str, str], float]]]:
    out: dict[str, list[tuple[dict[str, str], float]]] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            out.setdefault(sample.name, []).append((dict(sample.labels), sample.value))
    return out


def test_serves_every_modem_and_its_own_rounds(exporter: Exporter) -> None:
    text = exporter.metrics()
    metrics = parsed(text)
    up = {labels["port"]: (value, labels["reason"]) for labels, value in metrics["simtool_up"]}
    assert up == {"sim://healthy": (1, ""), "sim://no-sim": (1, ""),
                  "sim://registration-denied": (1, ""), "/dev/ttyUSB99": (0, "not-found")}
    assert metrics["simtool_exporter_modems"] == [({}, 4)]
    assert metrics["simtool_exporter_rounds_total"][0][1] >= 1
    # Rounds go on: a later scrape sees a later round.
    first = metrics["simtool_exporter_rounds_total"][0][1]
    deadline = time.monotonic() + 30
    while parsed(exporter.metrics())["simtool_exporter_rounds_total"][0][1] <= first:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    assert exporter.stop() == 0


@pytest.mark.skipif(shutil.which("promtool") is None,
                    reason="apt-get install prometheus (.ci/test installs it)")
def test_promtool_accepts_what_is_served(exporter: Exporter) -> None:
    done = subprocess.run(["promtool", "check", "metrics"], input=exporter.metrics(),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_headers_gzip_and_other_paths(exporter: Exporter) -> None:
    plain = exporter.metrics().encode()
    status, headers, body = exporter.get("/metrics", {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8"
    assert headers.get("Content-Encoding") == "gzip"
    assert gzip.decompress(body).startswith(b"# HELP simtool_up ")
    assert len(plain) > len(body)
    assert exporter.get("/")[0] == 200
    assert exporter.get("/nothing")[0] == 404


def test_bad_listen_address_is_a_usage_error() -> None:
    done = subprocess.run([sys.executable, "-m", "simtool", "exporter", "--listen", "nowhere",
                           "--port", "sim://healthy"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 64
    assert "HOST:PORT" in done.stderr
    nothing = subprocess.run([sys.executable, "-m", "simtool", "exporter", "--listen",
                              "127.0.0.1:0"], capture_output=True, text=True, timeout=60)
    assert nothing.returncode == 64 and "--all" in nothing.stderr


def test_address_in_use_is_said(exporter: Exporter) -> None:
    address = exporter.base.removeprefix("http://")
    done = subprocess.run([sys.executable, "-m", "simtool", "exporter", "--listen", address,
                           "--port", "sim://healthy"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 64
    assert "cannot listen on" in done.stderr


@pytest.mark.parametrize(("text", "expected"), [
    ("127.0.0.1:9842", ("127.0.0.1", 9842)),
    (":9842", ("", 9842)),
    ("[::1]:9842", ("::1", 9842)),
    ("gateway.local:0", ("gateway.local", 0)),
])
def test_listen_addresses(text: str, expected: tuple[str, int]) -> None:
    from simtool.cli.exporter import parse_listen

    assert parse_listen(text) == expected


@pytest.mark.parametrize("text", ["9842", "host", "host:port", "host:70000", ""])
def test_bad_listen_addresses(text: str) -> None:
    from simtool.cli.exporter import parse_listen

    with pytest.raises(ValueError):
        parse_listen(text)
