"""The app closes the loop (issue 16): the APN editor, choosing the network by hand, finding
the AT port, the support bundle, exports that land somewhere sensible and open, saved
reports without duplicates, signal history per modem, help, the console's font. Real checks
on sim:// modems; dialogs are replaced by their `ask` class methods."""

from __future__ import annotations

import json
import os
import pty
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from app_walk import language
from PySide6.QtCore import QRect, QUrl
from PySide6.QtGui import QFontInfo

import simtool.gui.main_window as main_window_module
from simtool.gui.apn_editor import ApnEditor, presets_for
from simtool.gui.dialogs import ExportChoice, ExportDialog
from simtool.gui.fixes import ApnSettings, ConfirmFix, NetworkChoice
from simtool.gui.main_window import fit_to_screen
from simtool.gui.network_dialog import NetworkDialog
from simtool.gui.sampling import SignalSample
from simtool.report.model import Report
from simtool.sim import instances
from simtool.transport.discovery import PortCandidate

CHECK_TIMEOUT_MS = 60_000


@pytest.fixture
def confirm(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    verbs: list[str] = []

    def ask(_cls, _parent, question: str, verb: str | None = None) -> bool:  # type: ignore[no-untyped-def]
        verbs.append(verb or "")
        return True

    monkeypatch.setattr(ConfirmFix, "ask", classmethod(ask))
    return verbs


def next_report(qtbot, window, action) -> Report:  # type: ignore[no-untyped-def]
    reports: list[Report] = []
    window.report_shown.connect(reports.append)
    action()
    qtbot.waitUntil(lambda: bool(reports), timeout=CHECK_TIMEOUT_MS)
    window.report_shown.disconnect(reports.append)
    return reports[-1]


# -- APN editor ------------------------------------------------------------------------------

def test_apn_editor_offers_the_provider_list_and_masks_the_password(qtbot):
    from simtool.facts import Facts

    facts = Facts()
    facts.sim.imsi = "262021234567890"           # Vodafone DE in the provider database
    facts.apn.configured = "internet"
    editor = ApnEditor(None, facts)
    qtbot.addWidget(editor)
    assert presets_for(facts) and editor.preset.count() == len(presets_for(facts)) + 1
    assert editor.password.echoMode() == editor.password.EchoMode.Password
    editor.preset.setCurrentIndex(1)
    assert editor.apn.text() == presets_for(facts)[0].apn
    editor.auth.setCurrentIndex(editor.auth.findData(0))
    assert not editor.user.isEnabled() and not editor.password.isEnabled()
    editor.apn.setText('bad"apn')                 # a quote would end the AT string
    assert not editor.ok_button.isEnabled() and editor.problem.text()
    editor.apn.setText("web.vodafone.de")
    editor.auth.setCurrentIndex(editor.auth.findData(2))
    assert not editor.ok_button.isEnabled()       # CHAP needs a user name
    editor.user.setText("vodafone")
    editor.password.setText("s3cret")
    assert editor.ok_button.isEnabled()
    settings = editor.settings()
    assert (settings.apn, settings.auth, settings.user) == ("web.vodafone.de", 2, "vodafone")
    assert "s3cret" not in repr(settings)
    editor.show_password.setChecked(True)
    assert editor.password.echoMode() == editor.password.EchoMode.Normal


def test_the_apn_login_is_set_in_the_app_and_never_shown(qtbot, window, run_check,
                                                         monkeypatch, confirm):
    name = "gui-auth"
    instances.discard(name)
    monkeypatch.setattr(ApnEditor, "ask", classmethod(lambda cls, parent, facts: ApnSettings(
        "cmnet", "IP", 1, "user", "s3cret")))
    report = run_check(window, f"sim://auth-failed?instance={name}&latency=0")
    assert report.verdict.check == "data-session"
    window.wizard.select_step("data-session")
    page = window.wizard.step_page
    assert page.fixes[0] == "apn-edit"
    after = next_report(qtbot, window, page.fix_buttons[0].click)
    assert "Set the APN" in confirm
    # The old refusal (#29) is from before the change; the restart connects with the login.
    assert after.facts.packet.last_error.before_change is True
    window.wizard.select_step("data-session")
    final = next_report(qtbot, window, window.wizard.step_page.fix_buttons[0].click)
    assert final.verdict.status == "ok"
    shown = json.dumps(final.to_dict()) + window.wizard.notice.text() + \
        window.console.text() + window.statusBar().currentMessage()
    assert "s3cret" not in shown
    instances.discard(name)


# -- choosing the network by hand --------------------------------------------------------------

def test_roaming_refused_is_fixed_by_choosing_the_home_network_and_undone(
        qtbot, window, run_check, monkeypatch, confirm):
    name = "gui-roaming"
    instances.discard(name)
    offered: list[list[str]] = []

    def choose(_cls, _parent, networks, home):  # type: ignore[no-untyped-def]
        offered.append([n.numeric for n in networks])
        chosen = next(n for n in networks if n.numeric == home)
        return NetworkChoice(chosen.numeric, chosen.act, chosen.long_name)

    monkeypatch.setattr(NetworkDialog, "ask", classmethod(choose))
    report = run_check(window, f"sim://roaming-not-allowed?instance={name}&latency=0")
    assert report.verdict.check == "registration"
    page = window.wizard.step_page
    assert page.fixes[0] == "operator"
    after = next_report(qtbot, window, page.fix_buttons[0].click)
    assert offered and "46000" in offered[0]
    assert "Use this network" in confirm
    assert after.verdict.status == "ok" and after.facts.operator.mode == 1
    assert [a.action for a in after.actions] == ["operator"]
    undone = next_report(qtbot, window, window.undo_network_action.trigger)
    assert undone.verdict.check == "registration"            # back on the visited network
    assert undone.facts.operator.mode == 0
    instances.discard(name)


def test_network_dialog_lists_what_the_scan_found_and_automatic(qtbot):
    from simtool.at.parsers.operator import NetworkEntry

    dialog = NetworkDialog(None, [NetworkEntry(1, "CHINA MOBILE", "CMCC", "46000", 7),
                                  NetworkEntry(3, "CHN-UNICOM", "UNICOM", "46001", 7)],
                           "46000")
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    assert dialog.choice() == NetworkChoice("46000", 7, "CHINA MOBILE")   # home first
    dialog.list.setCurrentRow(0)
    assert dialog.choice() == NetworkChoice(None)                        # automatic
    assert not dialog.list.item(2).flags() & dialog.list.item(2).flags().ItemIsEnabled


# -- finding the AT port ------------------------------------------------------------------------

@pytest.fixture
def silent_port() -> Iterator[str]:
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    yield path
    os.close(master)


def test_a_silent_port_offers_the_probe_which_finds_and_checks_the_at_port(
        qtbot, window, run_check, monkeypatch, silent_port):
    answering = "sim://healthy?latency=0&instance=gui-probe"
    instances.discard("gui-probe")
    # This computer's port list, as discovery gives it: the silent port and the modem's.
    monkeypatch.setattr("simtool.transport.discovery.list_ports", lambda: [
        PortCandidate(device=silent_port), PortCandidate(device=answering)])
    report = run_check(window, silent_port)
    assert report.verdict.check == "port"
    page = window.wizard.step_page
    assert page.fixes == ["probe"]
    assert "`simtool ports --probe`" not in page.remedy.text()
    found = next_report(qtbot, window, page.fix_buttons[0].click)
    assert found.facts.port.url == answering and found.verdict.status == "ok"
    assert window.port_combo.current_url() == answering
    labels = [window.port_combo.itemText(i) for i in range(window.port_combo.count())]
    assert any("answers AT" in label for label in labels)
    instances.discard("gui-probe")


# -- support bundle, exports, saved reports -------------------------------------------------------

def test_support_bundle_holds_everything_and_names_the_hotline(qtbot, window, run_check,
                                                               monkeypatch, tmp_path: Path):
    report = run_check(window, "sim://registration-denied?latency=0")
    window.console.send_requested.emit("AT+CSQ", "AT+CSQ")
    qtbot.waitUntil(lambda: "+CSQ" in window.console.text(), timeout=10_000)
    window.wizard.select_step("contact")
    assert "10086" in window.wizard.contact_page.reach.text()   # China Mobile's hotline
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filters):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(tmp_path / Path(suggested).name)

    monkeypatch.setattr(main_window_module, "ask_save_path", save_as)
    window.wizard.contact_page.bundle_button.click()
    name = Path(asked[0]).name
    assert name.startswith("simtool-support-") and name.endswith(
        f"-{report.facts.sim.iccid[-4:]}.zip")
    assert Path(asked[0]).parent != Path.cwd()
    with zipfile.ZipFile(tmp_path / name) as bundle:
        files = set(bundle.namelist())
        readme = bundle.read("README.txt").decode("utf-8")
        console = bundle.read("console.txt").decode("utf-8")
        data = json.loads(bundle.read("report.json"))
        pdf = bundle.read("report.pdf")
    assert files == {"README.txt", "report.pdf", "report.json", "transcript.txt",
                     "signal.csv", "console.txt"}
    assert "10086" in readme and report.facts.sim.iccid in readme
    assert "+CSQ" in console and pdf.startswith(b"%PDF")
    assert data["verdict"]["check"] == "registration"
    assert window.open_file_button.isVisible()


def test_export_suggests_a_named_file_away_from_the_working_folder_and_opens_it(
        qtbot, window, run_check, monkeypatch, tmp_path: Path):
    report = run_check(window, "sim://no-sim?latency=0")
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, parent, redact: ExportChoice("pdf", False)))
    suggested: list[str] = []

    def save_as(_parent, _title, name, _filters):  # type: ignore[no-untyped-def]
        suggested.append(name)
        return str(tmp_path / Path(name).name)

    opened: list[QUrl] = []
    monkeypatch.setattr(main_window_module, "ask_save_path", save_as)
    monkeypatch.setattr(main_window_module, "open_url", lambda url: opened.append(url) or True)
    window.export_action.trigger()
    path = Path(suggested[0])
    assert path.name.startswith("simtool-report-") and path.suffix == ".pdf"
    assert path.parent != Path.cwd() and path.name != "simtool-report.pdf"
    assert report.facts.sim.iccid is None or report.facts.sim.iccid[-4:] in path.name
    window.open_file_button.click()
    window.open_folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / path.name), str(tmp_path)]
    # The next export suggests the folder used last.
    window.export_action.trigger()
    assert Path(suggested[1]).parent == tmp_path


def test_saved_reports_one_entry_per_check_local_time_and_delete(
        qtbot, window, run_check, monkeypatch, tmp_path: Path):
    run_check(window, "sim://healthy?latency=0")
    before = window.reports_list.count()
    window.export_report(tmp_path / "a.pdf", "pdf", redact=False)
    window.export_report(tmp_path / "a.json", "json", redact=False)
    window.export_report(tmp_path / "a.md", "markdown", redact=False)
    assert window.reports_list.count() == before + 1       # one check, one entry
    row = next(i for i in range(window.reports_list.count())
               if "sim://healthy" in window.reports_list.item(i).text())
    label = window.reports_list.item(row).text()
    assert "UTC" not in label and "(JSON, MD, PDF)" in label
    monkeypatch.setattr("simtool.gui.fixes.ask_with_verb", lambda *args: True)
    window.reports_list.setCurrentRow(row)
    window.delete_report_button.click()
    assert window.reports_list.count() == before
    opened: list[QUrl] = []
    monkeypatch.setattr(main_window_module, "open_url", lambda url: opened.append(url) or True)
    window.reports_folder_button.click()
    from simtool.paths import reports_dir

    assert opened[0].toLocalFile() == str(reports_dir())


# -- signal history, window, help, console ---------------------------------------------------------

def test_signal_history_keeps_one_line_per_modem_with_words_for_states(qtbot, window):
    view = window.history_view
    for t, modem, reg in ((0.0, "a", "home"), (5.0, "b", "searching"), (10.0, "a", "roaming")):
        view.add_sample(SignalSample(t, "LTE", "RSRP", -90.0, "good", registration=reg,
                                     modem=modem))
    view.show_modem("a")
    assert [s.t for s in view.graph.samples] == [0.0, 10.0]
    assert [name for _, name in view.graph.registration_marks()] == ["home network",
                                                                      "roaming"]
    assert view.modems.isVisibleTo(view) and view.modems.count() == 2
    assert view.csv_text().splitlines()[0].endswith(",modem")
    with language("zh_CN"):
        assert [name for _, name in view.graph.registration_marks()][0] == "归属网络"


def test_a_saved_geometry_larger_than_the_screen_is_fitted():
    screen = QRect(0, 0, 853, 480)
    assert fit_to_screen(QRect(200, 150, 1100, 900), screen) == QRect(0, 0, 853, 480)
    assert fit_to_screen(QRect(700, 300, 400, 300), screen) == QRect(453, 180, 400, 300)
    assert fit_to_screen(QRect(10, 10, 400, 300), screen) == QRect(10, 10, 400, 300)


def test_help_menu_and_console_font(window):
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [a.text().replace("&", "") for a in help_menu.actions() if a.text()]
    assert len(texts) >= 4 and "Quick guide" in texts and "About simtool" in texts
    assert QFontInfo(window.console.log.font()).fixedPitch()


# -- the whole app: no command lines, names for screen readers, the PDF's first page -----------

@pytest.mark.slow
def test_no_screen_of_the_app_quotes_a_command_line(qtbot, window):
    """Remedies and details name the app's own buttons and menus everywhere (issue 16, item
    4); saved reports keep the commands (tests/gui/test_fixes.py)."""
    from app_walk import window_states
    from test_zh_latin import texts_on_screen

    found = {}
    for state in window_states(qtbot, window):
        quoted = [t for t in texts_on_screen(window)
                  if "`simtool" in t or "--allow-write" in t or "simtool apn --" in t]
        if quoted:
            found[state] = quoted[0][:200]
    assert found == {}


def test_every_control_of_every_dialog_has_a_name(qtbot):
    from app_walk import dialogs
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QWidget

    nameless = []
    for name, dialog in dialogs():
        qtbot.addWidget(dialog)
        for widget in dialog.findChildren(QWidget):
            if not isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QListWidget)):
                continue
            if widget.objectName().startswith("qt_"):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text.replace("&", "").strip()):
                nameless.append(f"{name}: {type(widget).__name__}")
    assert nameless == []


@pytest.mark.skipif(__import__("shutil").which("pdftotext") is None,
                    reason="poppler-utils (pdftotext) not installed")
def test_the_pdf_opens_with_its_title_and_the_cards_identifiers(qtbot, window, run_check,
                                                                tmp_path: Path):
    import subprocess

    report = run_check(window, "sim://registration-denied?latency=0")
    path = tmp_path / "r.pdf"
    window.export_report(path, "pdf", redact=False)
    first_page = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-enc", "UTF-8",
                                 str(path), "-"], check=True, capture_output=True,
                                text=True).stdout
    assert first_page.lstrip().startswith("simtool report")
    for identifier in (report.facts.sim.iccid, report.facts.sim.imsi, report.facts.modem.imei):
        assert identifier and identifier in first_page
