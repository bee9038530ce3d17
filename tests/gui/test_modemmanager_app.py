"""The app with modems ModemManager manages, against the real daemon in a private bus
(tests/e2e/mmdaemon.py): mm://N checked through it, a device path it holds read through it
(never opened beside it), its signal quality in the history graph, the AT console and the
AT fixes not offered, and why."""

from __future__ import annotations

import select
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "e2e"))

from mmdaemon import PrivateModemManager, available, held_by_modemmanager  # noqa: E402

from simtool.gui.main_window import MainWindow  # noqa: E402
from simtool.gui.settings import Settings  # noqa: E402

pytestmark = pytest.mark.skipif(available() is not None, reason=str(available()))

CHECK_TIMEOUT_MS = 60_000


class Daemon:
    def __init__(self, mm: PrivateModemManager, modems: dict[str, int]) -> None:
        self.mm, self.modems = mm, modems


@pytest.fixture(scope="module")
def daemon() -> Iterator[Daemon]:
    with PrivateModemManager() as mm:
        yield Daemon(mm, mm.add_modems([("healthy", True), ("radio-off", False)]))


@pytest.fixture
def on_bus(daemon: Daemon, monkeypatch: pytest.MonkeyPatch) -> Daemon:
    """The app (in this process) looks for ModemManager on the daemon's private bus."""
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", daemon.mm.address)
    return daemon


def test_an_mm_modem_is_checked_through_modemmanager(qtbot, window, run_check,
                                                     on_bus: Daemon) -> None:
    url = f"mm://{on_bus.modems['healthy']}"
    report = run_check(window, url)
    assert report.facts.port.via == "modemmanager" and report.verdict.status == "ok"
    assert window.status_panel.labels["via"].text() == "via ModemManager"
    # No AT console: it says why, and takes no command.
    console = window.console
    assert not console.unavailable.isHidden() and not console.input.isEnabled()
    assert "ModemManager holds it" in console.unavailable.text()
    assert f"mmcli -m {on_bus.modems['healthy']} --command" in console.unavailable.text()


def test_a_disabled_mm_modem_offers_no_at_fix(qtbot, window, run_check,
                                              on_bus: Daemon) -> None:
    report = run_check(window, f"mm://{on_bus.modems['radio-off']}")
    assert report.verdict.check == "radio"
    step = window.wizard.step_page
    assert all(button.isHidden() for button in step.fix_buttons)
    radio = next(r for r in report.checks if r.id == "radio")
    assert "nmcli radio wwan on" in (radio.remedy or "")


def test_signal_history_through_modemmanager(qtbot, run_check, on_bus: Daemon) -> None:
    win = MainWindow(Settings(), poll_interval_ms=200)
    qtbot.addWidget(win)
    win.show()
    try:
        run_check(win, f"mm://{on_bus.modems['healthy']}")
        graph = win.history_view.graph
        first = len(graph.samples)
        qtbot.waitUntil(lambda: len(graph.samples) >= first + 2, timeout=CHECK_TIMEOUT_MS)
        last = graph.samples[-1]
        # ModemManager's signal quality; no dBm (nobody set up its Signal interface), which
        # the graph says in so many words.
        assert last.percent == 77 and last.value is None and last.registration == "home"
        assert "signal quality 77%" in graph.accessibleDescription()
    finally:
        win.close()


def test_a_port_modemmanager_holds_is_read_through_it(qtbot, window, run_check,
                                                      on_bus: Daemon, tmp_path: Path) -> None:
    index = on_bus.modems["healthy"]
    port_name = on_bus.mm.port_names["sim0"]
    with held_by_modemmanager(port_name, tmp_path) as (master, path):
        report = run_check(window, path)
        assert report.facts.port.via == "modemmanager"
        assert report.facts.port.url == f"mm://{index}"
        assert window.managed_url == f"mm://{index}"
        assert not window.console.input.isEnabled()
        ready, _, _ = select.select([master], [], [], 0.2)
        assert not ready, "the app wrote to a port ModemManager holds"
