"""Signal history (live samples, CSV), report export, the history folder, opening a report,
settings, and the screenshot command."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from simtool.gui.settings import Settings
from simtool.gui.signal_graph import CSV_COLUMNS
from simtool.sim import instances

CHECK_TIMEOUT_MS = 60_000


def test_graph_receives_samples_and_marks_registration_changes(qtbot, window, run_check,
                                                               tmp_path: Path):
    name = "gui-graph"
    instances.discard(name)
    run_check(window, f"sim://healthy?instance={name}")
    window.poll_timer.setInterval(50)
    window.poll_timer.start()
    graph = window.history_view.graph
    with qtbot.waitSignal(window.controller.sample, timeout=CHECK_TIMEOUT_MS) as blocker:
        pass
    sample = blocker.args[0]
    assert sample.metric == "RSRP" and sample.value is not None
    qtbot.waitUntil(lambda: len(graph.samples) >= 2, timeout=CHECK_TIMEOUT_MS)
    # The network drops the modem: the graph marks the registration change.
    instances.get(name).set_signal(None)
    qtbot.waitUntil(lambda: len(graph.registration_changes()) >= 2, timeout=CHECK_TIMEOUT_MS)
    window.poll_timer.stop()
    assert window.status_panel.value("registration") == graph.samples[-1].registration or \
        graph.samples[-1].registration is None
    out = tmp_path / "signal.csv"
    window.history_view.export_csv(out)
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) - 1 == len(graph.samples)
    instances.discard(name)


def test_export_report_writes_the_file_and_keeps_a_copy_in_history(qtbot, window, run_check,
                                                                   tmp_path: Path):
    report = run_check(window, "sim://not-subscribed")
    before = window.reports_list.count()
    target = tmp_path / "ticket.md"
    window.export_report(target, "markdown", redact=True)
    text = target.read_text(encoding="utf-8")
    assert report.facts.sim.iccid and report.facts.sim.iccid not in text   # redacted
    assert report.facts.sim.iccid[-4:] in text
    assert window.reports_list.count() == before + 1
    newest = window.reports_list.item(0).text()
    assert "Problem found" in newest and "(JSON, MD)" in newest


def test_open_report_shows_it_read_only(qtbot, window, run_check, tmp_path: Path):
    report = run_check(window, "sim://wrong-apn")
    saved = tmp_path / "saved.json"
    window.export_report(saved, "json", redact=False)
    window.close()
    from simtool.gui.main_window import MainWindow

    other = MainWindow(Settings(), poll_interval_ms=3_600_000)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.report_shown, timeout=5_000) as blocker:
        assert other.open_report(saved)
    shown = blocker.args[0]
    assert shown.verdict == report.verdict
    assert other.wizard.read_only and not other.wizard.again_button.isEnabled()
    assert "read-only" in other.wizard.summary.text()
    assert other.wizard.steps.currentItem().data(256) == "apn"
    assert not other.wizard.manual_pages["power"].yes.isEnabled()
    other.close()


def test_settings_are_saved_on_close_and_restored(qtbot, run_check, tmp_path: Path):
    from simtool.gui.main_window import MainWindow

    first = MainWindow(Settings(), poll_interval_ms=3_600_000)
    qtbot.addWidget(first)
    first.show()
    run_check(first, "sim://healthy")
    first.resize(first.minimumSizeHint())    # fits the offscreen screen (800x600)
    size = (first.width(), first.height())
    first.close()
    stored = json.loads(Settings.path().read_text(encoding="utf-8"))
    assert stored["last_port"] == "sim://healthy" and stored["geometry"]
    second = MainWindow(Settings.load(), poll_interval_ms=3_600_000)
    qtbot.addWidget(second)
    assert second.port_combo.current_url() == "sim://healthy"
    assert (second.width(), second.height()) == size
    second.close()


def test_screenshot_command_writes_a_png(tmp_path: Path):
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SIMTOOL_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, "-m", "simtool", "gui", "--port", "sim://no-sim",
                           "--screenshot", str(out)], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_screenshot_run_leaves_the_users_settings_alone(tmp_path: Path):
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SIMTOOL_HOME=str(home))
    saved = {"last_port": "/dev/ttyUSB2", "geometry": None, "language": None,
             "redact_exports": True}
    # Where the app keeps gui.json under SIMTOOL_HOME: ask the code, in that environment.
    where = subprocess.run([sys.executable, "-c", "from simtool.gui.settings import Settings; "
                            "print(Settings.path())"], env=env, capture_output=True, text=True,
                           timeout=60).stdout.strip()
    settings_file = Path(where)
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text(json.dumps(saved), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "simtool", "gui", "--port", "sim://no-sim",
                           "--screenshot", str(tmp_path / "shot.png")], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(settings_file.read_text(encoding="utf-8")) == saved
