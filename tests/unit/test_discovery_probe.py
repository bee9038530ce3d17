"""Probing real pseudo-terminals in parallel: one plays a modem, the others stay silent,
babble DIAG frames, are held by another process, or do not exist."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from simtool.sources.at.probe import find_at_port, find_modem_ports, probe
from simtool.transport.discovery import PortCandidate


class PtyPeer:
    """The far end of a pty: a thread that reads what the prober sends and may reply."""

    def __init__(self, reply: Callable[[bytes], bytes] | None = None) -> None:
        self.master, slave = pty.openpty()
        self.path = os.ttyname(slave)
        os.close(slave)
        self.received = bytearray()
        self._reply = reply
        self._stop_r, self._stop_w = os.pipe()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        pending = b""
        while True:
            ready, _, _ = select.select([self.master, self._stop_r], [], [])
            if self._stop_r in ready:
                return
            try:
                data = os.read(self.master, 1024)
            except OSError:           # EIO while nobody has the slave open: keep waiting
                data = b""
            if not data:
                select.select([self._stop_r], [], [], 0.01)
                continue
            self.received += data
            pending += data
            while self._reply is not None and b"\r" in pending:
                line, pending = pending.split(b"\r", 1)
                answer = self._reply(line)
                if answer:
                    os.write(self.master, answer)

    def close(self) -> None:
        os.write(self._stop_w, b"x")
        self._thread.join(5)
        for fd in (self.master, self._stop_r, self._stop_w):
            os.close(fd)


def modem(line: bytes) -> bytes:
    """V.250 with echo on (the power-on default, 3GPP TS 27.007 / V.250 E1): echo, then OK."""
    return line + b"\r\r\nOK\r\n" if line.strip().upper() == b"AT" else line + b"\r\r\nERROR\r\n"


def qcdm(line: bytes) -> bytes:
    """A Qualcomm DIAG port: 'bad command' (0x13) echoing the request, CRC-16/X.25, 0x7E."""
    return b"\x13AT\rj)\x7e"


@pytest.fixture
def peers() -> Iterator[Callable[..., PtyPeer]]:
    made: list[PtyPeer] = []

    def make(reply: Callable[[bytes], bytes] | None = None) -> PtyPeer:
        made.append(PtyPeer(reply))
        return made[-1]

    yield make
    for peer in made:
        peer.close()


def test_finds_the_one_port_that_answers_among_five(peers: Callable[..., PtyPeer]) -> None:
    ports = [peers() for _ in range(2)] + [peers(modem)] + [peers() for _ in range(2)]
    results = probe([p.path for p in ports], timeout=1.0)
    assert [r.url for r in results] == [p.path for p in ports]          # order kept
    assert [r.at for r in results] == [False, False, True, False, False]
    answering = results[2]
    assert answering.error is None and "OK" in answering.reply
    for silent in results[:2] + results[3:]:
        assert silent.error_kind == "silent"
        assert silent.reply == "" and not silent.diag
    # Nothing but a plain AT reached any port: no ATZ, no ATE0, nothing that changes a modem.
    for port in ports:
        assert bytes(port.received) == b"AT\r"


def test_any_final_result_code_proves_an_at_port(peers: Callable[..., PtyPeer]) -> None:
    grumpy = peers(lambda line: b"\r\nERROR\r\n")
    booting = peers(lambda line: b"\r\nRDY\r\n\r\n+CPIN: READY\r\n\r\nOK\r\n")   # Quectel URCs
    results = probe([grumpy.path, booting.path], timeout=1.0)
    assert [r.at for r in results] == [True, True]


def test_diagnostic_port_is_recognised_by_its_bytes(peers: Callable[..., PtyPeer]) -> None:
    diag = peers(qcdm)
    [result] = probe([diag.path], timeout=1.0)
    assert not result.at
    assert result.diag
    assert result.error is not None and "diagnostic port" in str(result.error)
    assert result.reply.startswith("\\x13AT")


def test_missing_and_busy_ports_get_their_own_errors(peers: Callable[..., PtyPeer]) -> None:
    good, held = peers(modem), peers()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import sys, serial
            port = serial.Serial(sys.argv[1], exclusive=True)
            print("holding", flush=True)
            sys.stdin.read()
        """), held.path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        results = probe(["/dev/ttyUSB-simtool-missing", held.path, good.path], timeout=1.0)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
    assert [r.error_kind for r in results] == ["not-found", "busy", None]
    assert f"(pid {holder.pid})" in str(results[1].error)
    assert results[2].at
    assert bytes(held.received) == b""            # a busy port is never written to


def test_find_at_port_prefers_the_better_ranked_of_two_answering_ports(
        peers: Callable[..., PtyPeer]) -> None:
    secondary, silent, primary = peers(modem), peers(), peers(modem)
    candidates = [PortCandidate(device=secondary.path, role="at", score=80),
                  PortCandidate(device=silent.path, role="diag", score=0),
                  PortCandidate(device=primary.path, role="at", score=100)]
    found = find_at_port(candidates, timeout=1.0)
    assert found is not None and found.device == primary.path


def test_find_at_port_returns_none_when_nothing_answers(peers: Callable[..., PtyPeer]) -> None:
    candidates = [PortCandidate(device=peers().path) for _ in range(3)]
    assert find_at_port(candidates, timeout=0.3) is None


def test_probing_the_simulator_goes_through_the_same_path() -> None:
    [result] = probe(["sim://healthy"], timeout=2.0)
    assert result.at and "OK" in result.reply
    assert result.error is None


def test_describe_port_gives_the_report_port_section_for_listed_ports() -> None:
    from simtool.transport.discovery import describe_port, list_ports

    assert describe_port("sim://healthy") is None
    assert describe_port("/dev/ttyUSB-simtool-missing") is None
    for candidate in list_ports()[:1]:
        facts = describe_port(candidate.device)
        assert facts is not None
        assert (facts.url, facts.device, facts.vid, facts.pid) == (
            candidate.device, candidate.device, candidate.vid, candidate.pid)


@given(st.binary(max_size=300))
def test_answer_detection_takes_any_bytes(data: bytes) -> None:
    from simtool.sources.at.probe import _answered_at

    assert _answered_at(data) in (True, False)


def test_find_modem_ports_gives_one_answering_port_per_usb_modem(
        peers: Callable[..., PtyPeer]) -> None:
    a_primary_silent, a_secondary, b_primary, b_secondary = (
        peers(), peers(modem), peers(modem), peers(modem))
    a_diag, builtin_uart = peers(modem), peers(modem)

    def port(peer: PtyPeer, usb: str | None, interface: int, role: str,
             score: int) -> PortCandidate:
        return PortCandidate(device=peer.path, vid=0x2C7C if usb else None, pid=0x0125,
                             location=f"{usb}:1.{interface}" if usb else None, interface=interface,
                             role=role, score=score)

    candidates = [port(a_primary_silent, "1-1", 2, "at", 100),
                  port(a_secondary, "1-1", 3, "at", 80),
                  port(a_diag, "1-1", 0, "diag", 0),
                  port(b_secondary, "1-2", 3, "at", 80),
                  port(b_primary, "1-2", 2, "at", 100),
                  port(builtin_uart, None, 0, "unknown", 5)]
    found = find_modem_ports(candidates, timeout=0.5)
    assert found == [b_primary.path, a_secondary.path]
    assert bytes(a_diag.received) == b"" and bytes(builtin_uart.received) == b""


def test_discover_all_keeps_one_entry_per_physical_modem(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    # Two sources that see the same modem (same device_key): the first listed wins; a
    # source that fails does not hide the others' modems.
    import sys
    import types

    from simtool.sources import discovery

    def source(name: str, entries: list[discovery.Found] | None) -> str:
        module = types.ModuleType(name)

        def discover(timeout: float) -> list[discovery.Found]:
            if entries is None:
                raise RuntimeError("daemon gone")
            return entries

        module.discover = discover  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, name, module)
        return name

    first = source("test_first_source", [discovery.Found("mm://0", "modemmanager",
                                                        device_key="usb:1-1.4")])
    second = source("test_second_source", [
        discovery.Found("/dev/ttyUSB2", "at", device_key="usb:1-1.4"),
        discovery.Found("/dev/ttyUSB9", "at", device_key="usb:1-2")])
    broken = source("test_broken_source", None)
    monkeypatch.setattr(discovery, "DISCOVERERS", (first, broken, second))
    assert [f.url for f in discovery.discover_all(0.1)] == ["mm://0", "/dev/ttyUSB9"]
