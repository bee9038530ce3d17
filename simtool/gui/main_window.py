"""The main window: port bar, the wizard, signal history, AT console, saved reports, status.

It wires widgets to the ModemController and never touches the port itself.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from simtool.gui.console import AtConsole
from simtool.gui.dialogs import ErrorDialog, ExportDialog, ask_open_path, ask_save_path
from simtool.gui.ports import SCENARIOS, PortChoice, PortCombo, PortScanner
from simtool.gui.sampling import SignalSample, sample_from_facts
from simtool.gui.settings import Settings
from simtool.gui.signal_graph import SignalHistoryView
from simtool.gui.status_panel import StatusPanel
from simtool.gui.style import tint
from simtool.gui.wizard import WizardView
from simtool.gui.worker import ModemController
from simtool.report.model import Report, host_os

if TYPE_CHECKING:
    from simtool.facts import AccountResult

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 5000          # signal history: one light read every 5 s


def _banner(parent: QWidget, status: str) -> tuple[QFrame, QHBoxLayout, QLabel]:
    frame = QFrame(parent)
    frame.setAutoFillBackground(True)
    palette = frame.palette()
    palette.setColor(frame.backgroundRole(), tint(status, 55))
    frame.setPalette(palette)
    row = QHBoxLayout(frame)
    label = QLabel()
    label.setWordWrap(True)
    row.addWidget(label, 1)
    frame.hide()
    return frame, row, label


class MainWindow(QMainWindow):
    report_shown = Signal(object)        # Report, after it is on screen (tests, screenshot)

    def __init__(self, settings: Settings | None = None,
                 poll_interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__()
        self.settings = settings or Settings.load()
        self.report: Report | None = None
        self.replaying = False
        # The operator's last answer on the account step, with the port and card (ICCID) it
        # is about: later checks of the same card keep showing it.
        self.account: tuple[tuple[str | None, str | None], AccountResult] | None = None
        self.setWindowTitle(self.tr("simtool \u2014 why is there no service?"))
        self.controller = ModemController(self)
        self.scanner = PortScanner(self)
        self.ports_known: list[PortChoice] | None = None

        # Port bar
        self.port_combo = PortCombo()
        port_label = QLabel(self.tr("&Port:"))
        port_label.setBuddy(self.port_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Look for ports again"))
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setAccessibleName(self.tr("Run the check"))
        self.check_button.setToolTip(self.tr("Run the checklist on this port (F5)"))
        self.check_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running check"))
        self.cancel_button.setToolTip(self.tr("Stop the running check (Esc)"))
        self.cancel_button.setEnabled(False)
        # Its space is kept while hidden: a layout that changes size at the start and end of
        # every check re-laid out the whole window (a ~19 ms stall, measured).
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(120)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Check in progress"))
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.busy.setSizePolicy(policy)
        self.busy.hide()
        port_row = QHBoxLayout()
        port_row.addWidget(port_label)
        port_row.addWidget(self.port_combo, 1)
        port_row.addWidget(self.refresh_button)
        port_row.addWidget(self.check_button)
        port_row.addWidget(self.cancel_button)
        port_row.addWidget(self.busy)

        # Banners: no modem found / modem went away
        self.no_modem_banner, row, self.no_modem_label = _banner(self, "manual")
        self.no_modem_label.setText(self.tr(
            "No modem found on this computer. Plug it in and press Refresh, or see the tool "
            "work on a simulated modem:"))
        self.scenario_combo = QComboBox()
        self.scenario_combo.addItems(list(SCENARIOS))
        self.scenario_combo.setAccessibleName(self.tr("Simulated problem"))
        self.try_sim_button = QPushButton(self.tr("&Try a simulated modem"))
        self.try_sim_button.setAccessibleName(self.tr("Try a simulated modem"))
        row.addWidget(self.scenario_combo)
        row.addWidget(self.try_sim_button)
        self.lost_banner, row, self.lost_label = _banner(self, "fail")
        self.reconnect_button = QPushButton(self.tr("Reco&nnect"))
        self.reconnect_button.setAccessibleName(self.tr("Reconnect to the modem"))
        row.addWidget(self.reconnect_button)

        # Tabs and status panel
        self.wizard = WizardView()
        self.history_view = SignalHistoryView()
        self.console = AtConsole()
        self.reports_list = QListWidget()
        self.reports_list.setAccessibleName(self.tr("Saved reports, newest first"))
        reports_page = QWidget()
        reports_layout = QVBoxLayout(reports_page)
        reports_layout.addWidget(QLabel(self.tr("Reports you exported (double-click to open, "
                                                "read-only):")))
        reports_layout.addWidget(self.reports_list, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.wizard, self.tr("&Diagnosis"))
        self.tabs.addTab(self.history_view, self.tr("Signal &history"))
        self.tabs.addTab(self.console, self.tr("AT c&onsole"))
        self.tabs.addTab(reports_page, self.tr("Sa&ved reports"))
        self.status_panel = StatusPanel()
        splitter = QSplitter()
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.status_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([760, 280])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(port_row)
        layout.addWidget(self.no_modem_banner)
        layout.addWidget(self.lost_banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.port_combo, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.check_button)
        self.setTabOrder(self.check_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.tabs)

        self._build_actions()
        self._connect()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_interval_ms)
        self.poll_timer.timeout.connect(self.controller.poll)
        self.poll_timer.start()
        self._restore()
        self.refresh_reports()

    # -- setup --------------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = QAction(self.tr("&Open report…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.export_action = QAction(self.tr("&Export report…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_csv_action = QAction(self.tr("Export signal history as &CSV…"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.open_action, self.export_action, self.export_csv_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        modem_menu = self.menuBar().addMenu(self.tr("&Modem"))
        self.check_action = QAction(self.tr("Check &again"), self)
        self.check_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.cancel_action = QAction(self.tr("&Cancel"), self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_apn_action = QAction(self.tr("&Undo the last APN change…"), self)
        modem_menu.addAction(self.check_action)
        modem_menu.addAction(self.cancel_action)
        modem_menu.addSeparator()
        modem_menu.addAction(self.undo_apn_action)
        view_menu = self.menuBar().addMenu(self.tr("&Language"))
        languages = QActionGroup(self)
        languages.setExclusive(True)
        for code, name in ((None, self.tr("System default")), ("en", "English"),
                           ("zh_CN", "\u7b80\u4f53\u4e2d\u6587")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.setData(code)
            action.triggered.connect(self._on_language)
            languages.addAction(action)
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About simtool"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _connect(self) -> None:
        c = self.controller
        self.check_button.clicked.connect(self.check_now)
        self.check_action.triggered.connect(self.check_now)
        self.wizard.check_again.connect(self.check_now)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_action.triggered.connect(self.cancel)
        self.undo_apn_action.triggered.connect(lambda: self._on_fix_requested("apn-undo"))
        self.refresh_button.clicked.connect(self.refresh_ports)
        self.try_sim_button.clicked.connect(self.try_simulated)
        self.reconnect_button.clicked.connect(self.reconnect)
        self.open_action.triggered.connect(self.ask_open_report)
        self.export_action.triggered.connect(self.ask_export_report)
        self.export_csv_action.triggered.connect(self.history_view.ask_export)
        self.quit_action.triggered.connect(self.close)
        self.reports_list.itemActivated.connect(self._on_report_activated)
        self.scanner.found.connect(self._on_ports_found)
        self.wizard.manual_answers_changed.connect(self._on_manual_answers)
        self.wizard.support_changed.connect(self._on_support_changed)
        self.wizard.fix_requested.connect(self._on_fix_requested)
        c.action_finished.connect(self._on_action_finished)
        c.account_answered.connect(self._on_account_answered)
        self.console.send_requested.connect(c.send)
        c.reply.connect(self.console.show_reply)
        c.urc.connect(self.console.show_urc)
        c.check_started.connect(self._on_check_started)
        c.progress.connect(self._on_progress)
        c.check_finished.connect(self._on_check_finished)
        c.check_cancelled.connect(self._on_check_cancelled)
        c.open_failed.connect(self._on_open_failed)
        c.port_lost.connect(self._on_port_lost)
        c.reconnected.connect(self._on_reconnected)
        c.sample.connect(self._on_sample)
        c.failed.connect(self._on_failed)
        c.busy_changed.connect(self._on_busy)

    def _restore(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.geometry.encode("ascii")))
        else:
            self.resize(1100, 720)
        if self.settings.last_port:
            self.port_combo.set_url(self.settings.last_port)

    # -- starting --------------------------------------------------------------------------
    def start(self, url: str | None = None) -> None:
        """Look for ports; check `url` right away when given (--port)."""
        if url:
            self.port_combo.set_url(url)
            self.check_url(url)
        self.refresh_ports()

    @Slot()
    def refresh_ports(self) -> None:
        self.statusBar().showMessage(self.tr("Looking for modems…"))
        self.scanner.scan()

    @Slot(object)
    def _on_ports_found(self, ports: list[PortChoice]) -> None:
        first_scan = self.ports_known is None
        self.ports_known = ports
        keep = self.controller.url or self.port_combo.current_url() or None
        self.port_combo.set_ports(ports, keep)
        modems = [p for p in ports if p.modem]
        self.no_modem_banner.setVisible(not modems and self.controller.url is None)
        if not modems:
            self.statusBar().showMessage(self.tr("No modem found."))
            if self.controller.url is None:
                self.wizard.show_message(self.tr("No modem found on this computer. Plug it in "
                                                 "and press Refresh, or try a simulated "
                                                 "modem."), "manual")
            return
        self.statusBar().showMessage(self.tr("{count} modem port(s) found.").format(
            count=len(modems)))
        likely = [p for p in ports if p.likely_at]
        if first_scan and self.controller.url is None and likely:
            self.check_url(self.port_combo.current_url())

    # -- checking ------------------------------------------------------------------------
    def check_url(self, url: str) -> None:
        self.port_combo.set_url(url)
        self.check_now()

    @Slot()
    def check_now(self) -> None:
        url = self.port_combo.current_url()
        if not url:
            self.wizard.show_message(self.tr("Choose the modem's port first."), "warn")
            self.port_combo.setFocus()
            return
        if self.controller.checking:
            return
        self.replaying = False
        self.settings.last_port = url
        if url == self.controller.url and self.controller.connected:
            self._check_connected()
        else:
            self.controller.open(url)

    def _check_connected(self) -> None:
        support = self.wizard.contact_page.support(host_os())
        self.controller.check(self.wizard.manual_answers, support)

    @Slot()
    def try_simulated(self) -> None:
        url = f"sim://{self.scenario_combo.currentText()}?latency=30"
        self.port_combo.set_url(url)
        self.no_modem_banner.hide()
        self.check_now()

    @Slot()
    def cancel(self) -> None:
        if self.controller.busy:
            self.wizard.show_progress(self.tr("Cancelling…"))
            self.controller.cancel()

    @Slot()
    def reconnect(self) -> None:
        self.lost_label.setText(self.tr("Trying to reach the modem again…"))
        self.controller.reconnect_now()

    @Slot()
    def _on_check_started(self) -> None:
        checking = self.tr("Checking {url}…").format(url=self.controller.url)
        if self.report is not None and self.report.facts.port.url != self.controller.url:
            # Another modem: its old result must not pass for this one's.
            self.report = None
            self.wizard.clear()
            self.status_panel.clear()
        self.wizard.set_checking(True, checking)
        self.wizard.show_progress(self.tr("Talking to the modem…"))
        self.statusBar().showMessage(checking)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        if not busy:
            self.wizard.set_checking(False)
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.check_button.setEnabled(not busy)
        self.wizard.again_button.setEnabled(not busy and not self.replaying)

    @Slot(str, str)
    def _on_progress(self, _step: str, message: str) -> None:
        self.wizard.show_progress(message)

    @Slot(object)
    def _on_check_finished(self, report: Report) -> None:
        self.wizard.hide_progress()
        self.show_report(self._judged(report))
        self.statusBar().showMessage(self.tr("Check finished: {summary}").format(
            summary=report.verdict.summary), 10000)

    def show_report(self, report: Report, *, read_only: bool = False) -> None:
        self.report = report
        self.replaying = read_only
        self.wizard.show_report(report, read_only=read_only)
        self.status_panel.show_facts(report.facts)
        if not read_only and report.facts.reachable:
            self.history_view.add_sample(sample_from_facts(report.facts, _now()))
        self.report_shown.emit(report)

    @Slot()
    def _on_check_cancelled(self) -> None:
        self.wizard.hide_progress()
        self.wizard.show_message(self.tr("Check cancelled. Press Check again (F5) to run it."),
                                 "warn")
        self.statusBar().showMessage(self.tr("Check cancelled."), 5000)

    @Slot(str, str, object)
    def _on_open_failed(self, url: str, message: str, report: object) -> None:
        self.wizard.hide_progress()
        if isinstance(report, Report):
            self.show_report(report)
        else:
            self.wizard.show_message(message, "fail")
        self.statusBar().showMessage(self.tr("Cannot open {url}").format(url=url), 10000)

    @Slot(str)
    def _on_port_lost(self, message: str) -> None:
        self.wizard.hide_progress()
        text = self.tr("The modem went away: {message}\nsimtool reconnects by itself when it "
                       "is back, or press Reconnect.").format(message=message)
        self.lost_label.setText(text)
        self.lost_banner.show()
        self.wizard.show_message(self.tr("The modem was unplugged or reset. Waiting for it to "
                                         "come back…"), "fail")

    @Slot(str)
    def _on_reconnected(self, url: str) -> None:
        self.lost_banner.hide()
        self.statusBar().showMessage(self.tr("{url} is back; checking again.").format(url=url),
                                     5000)

    @Slot(object)
    def _on_sample(self, sample: SignalSample) -> None:
        self.history_view.add_sample(sample)
        if not self.replaying:
            self.status_panel.show_sample(sample)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.wizard.hide_progress()
        ErrorDialog.show_error(self, self.tr("The modem worker hit an unexpected error."),
                               message)

    # -- fixes (issue 7) ----------------------------------------------------------------------
    @Slot(str)
    def _on_fix_requested(self, fix: str) -> None:
        from simtool.gui.fixes import ApnChoice, ConfirmFix, PinDialog
        from simtool.gui.unlock import PukDialog

        report = self.report
        if self.controller.checking:
            return
        if report is None or self.replaying or not self.controller.connected:
            self.statusBar().showMessage(self.tr("No modem is connected: press Check first."),
                                         5000)
            return
        params: object = None
        if fix == "radio-on":
            if not ConfirmFix.ask(self, self.tr("Switch the modem's radio on (AT+CFUN=1)? It "
                                                "then looks for the network again.")):
                return
        elif fix == "pin":
            entry = PinDialog.ask(self, report.facts.sim.pin_retries)
            if entry is None or entry.accept_last_attempt and not ConfirmFix.ask(self, self.tr(
                    "This is the last PIN attempt. If the PIN is wrong, the SIM is blocked and "
                    "only the PUK from your operator opens it again. Send this PIN?")):
                return
            params = entry
        elif fix == "puk":
            puk = PukDialog.ask(self, report.facts.sim.puk_retries)
            if puk is None or puk.accept_last_attempt and not ConfirmFix.ask(self, self.tr(
                    "This is the last PUK attempt. If the PUK is wrong, the SIM is destroyed "
                    "for good and must be replaced. Send this PUK?")):
                return
            params = puk
        elif fix in ("balance", "topup"):
            params = self._ask_account(fix, report)
            if params is None:
                return
        elif fix == "apn" and len(_apn_choices(report)) > 1:
            params = ApnChoice.ask(self, report.facts.apn.configured or "",
                                   _apn_choices(report))
            if params is None:
                return
        elif fix == "apn":
            expected = _apn_choices(report)[0]
            question = self.tr("The modem has APN '{have}', your operator expects '{want}'. "
                               "Set it to '{want}'? The old value is kept so it can be "
                               "undone.").format(have=report.facts.apn.configured or "",
                                                 want=expected)
            if not ConfirmFix.ask(self, question):
                return
            params = expected
        elif fix == "apn-undo":
            if not ConfirmFix.ask(self, self.tr("Restore the APN the modem had before simtool's "
                                                "last change?")):
                return
        else:
            return
        self.wizard.notice.hide()
        self.controller.run_action(fix, params)
        self.wizard.show_progress(self.tr("Asking the operator…") if fix in ("balance", "topup")
                                  else self.tr("Applying the fix…"))

    def _ask_account(self, fix: str, report: Report) -> object:
        """The code to send (balance) or the voucher (top-up); None when cancelled."""
        from simtool.actions.account import codes_for
        from simtool.gui.account import BalanceDialog, SmsBalanceDialog, TopUpDialog
        from simtool.providers.database import lookup_imsi

        imsi = report.facts.sim.imsi      # read by the check: no need to ask the modem again
        codes = codes_for(lookup_imsi(imsi) if imsi else [], imsi)
        if fix == "balance" and codes.method == "sms" and codes.balance_sms is not None:
            # The operator answers by SMS (China's): ask before sending, it may be charged.
            return SmsBalanceDialog.ask(self, codes.balance_sms, codes.provider)
        if fix == "balance":
            return BalanceDialog.ask(self, codes.balance, codes.provider)
        return TopUpDialog.ask(self, codes.topup, codes.provider)

    @Slot(str, bool, str)
    def _on_action_finished(self, name: str, ok: bool, message: str) -> None:
        self.wizard.hide_progress()
        self.wizard.show_notice(message, "pass" if ok else "fail")
        if name in ("balance", "topup"):
            return          # the modem is unchanged: _on_account_answered re-judged the step
        # Check again so every step shows the modem as it is now (retries, radio, APN).
        if self.controller.connected:
            self.check_now()

    @Slot(object)
    def _on_account_answered(self, result: AccountResult) -> None:
        if self.report is None or self.replaying:
            return
        self.account = (_card(self.report), result)
        self.report = self._judged(self.report)
        self.wizard.show_report(self.report, keep_place=True)
        self.report_shown.emit(self.report)

    def _account_for(self, report: Report) -> AccountResult | None:
        """The operator's last answer, when it is about the card of `report`."""
        if self.account is None or self.account[0] != _card(report):
            return None
        return self.account[1]

    def _judged(self, report: Report) -> Report:
        """`report` judged with the operator's last answer about its card, if any."""
        account = self._account_for(report)
        if account is None:
            return report
        from simtool.diagnosis.checklist import evaluate

        checks, verdict = evaluate(report.facts, manual_answers=self.wizard.manual_answers,
                                   account=account)
        return replace(report, checks=checks, verdict=verdict)

    # -- manual answers and support form -----------------------------------------------------
    @Slot(object)
    def _on_manual_answers(self, answers: dict[str, bool | None]) -> None:
        if self.report is None or self.replaying:
            return
        from simtool.diagnosis.checklist import evaluate

        checks, verdict = evaluate(self.report.facts, manual_answers=answers,
                                   account=self._account_for(self.report))
        self.report = replace(self.report, checks=checks, verdict=verdict)
        self.wizard.show_report(self.report, keep_place=True)
        self.report_shown.emit(self.report)

    @Slot()
    def _on_support_changed(self) -> None:
        if self.report is not None and not self.replaying:
            self.report.support = self.wizard.contact_page.support(
                self.report.support.host_os or host_os())

    # -- reports -------------------------------------------------------------------------
    @Slot()
    def ask_export_report(self) -> None:
        if self.report is None:
            self.statusBar().showMessage(self.tr("Run a check first."), 5000)
            return
        choice = ExportDialog.ask(self, self.settings.redact_exports)
        if choice is None:
            return
        from simtool.report import EXTENSIONS

        self.settings.redact_exports = choice.redact
        suggested = f"simtool-report.{EXTENSIONS[choice.fmt]}"
        path = ask_save_path(self, self.tr("Export report"), suggested,
                             self.tr("Reports (*.{ext})").format(ext=EXTENSIONS[choice.fmt]))
        if not path:
            return
        try:
            self.export_report(path, choice.fmt, redact=choice.redact)
        except Exception as exc:  # noqa: BLE001 - a failed export is reported, not fatal
            log.exception("export failed")
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))

    def export_report(self, path: str | Path, fmt: str, *, redact: bool) -> None:
        """Write the report in `fmt` to `path` (atomically) and keep a copy in the history."""
        from simtool.fileio import write_atomic
        from simtool.report import render

        if self.report is None:
            raise ValueError("no report to export")
        write_atomic(path, render(self.report, fmt, redact=redact))
        self._save_to_history(self.report, fmt, redact)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 10000)
        self.refresh_reports()

    def _save_to_history(self, report: Report, fmt: str, redact: bool) -> None:
        from simtool.gui.history import save_to_history

        save_to_history(report, fmt, redact=redact)

    def refresh_reports(self) -> None:
        from simtool.gui.history import list_history

        self.reports_list.clear()
        for entry in list_history():
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.reports_list.addItem(item)

    @Slot(QListWidgetItem)
    def _on_report_activated(self, item: QListWidgetItem) -> None:
        self.open_report(item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def ask_open_report(self) -> None:
        from simtool.paths import reports_dir

        path = ask_open_path(self, self.tr("Open report"), str(reports_dir()),
                             self.tr("simtool reports (*.json)"))
        if path:
            self.open_report(path)

    def open_report(self, path: str | Path) -> bool:
        """Show a saved JSON report in the wizard, read-only."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            report = Report.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError) as error:
            QMessageBox.warning(self, self.tr("Cannot open the report"),
                                self.tr("{path} is not a simtool JSON report: {error}").format(
                                    path=path, error=error))
            return False
        self.show_report(report, read_only=True)
        self.tabs.setCurrentWidget(self.wizard)
        self.statusBar().showMessage(self.tr("Showing saved report {path}").format(path=path))
        return True

    # -- misc ----------------------------------------------------------------------------
    @Slot()
    def _on_language(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.settings.language = action.data()
            self.settings.save()
            self.statusBar().showMessage(self.tr("The language changes the next time simtool "
                                                 "starts."), 10000)

    @Slot()
    def _about(self) -> None:
        from simtool import __version__
        from simtool.providers.database import database_path

        QMessageBox.about(self, self.tr("About simtool"), self.tr(
            "simtool {version}\nFinds out why a SIM card or cellular modem gives no service, "
            "and says what to do about it.\n\n"
            "Licence: GNU General Public License, version 3 or later. simtool comes with no "
            "warranty.\n\n"
            "APNs and balance and top-up codes come from the mobile-broadband-provider-info "
            "database (GNOME project and contributors, public domain), read from {path}."
            ).format(version=__version__, path=database_path()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.poll_timer.stop()
        self.settings.geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        if self.controller.url:
            self.settings.last_port = self.controller.url
        self.settings.save()
        self.controller.shutdown()
        super().closeEvent(event)


def _now() -> float:
    import time

    return time.time()


def _apn_choices(report: Report) -> list[str]:
    """The APNs to offer: the expected ones, without the operator's IoT APNs unless the card
    is an IoT card (物联网卡) -- then those first (provider overlay)."""
    from simtool.providers import operators
    from simtool.providers.database import lookup_imsi

    expected = list(report.facts.apn.expected)
    imsi = report.facts.sim.imsi
    found = lookup_imsi(imsi) if imsi else []
    iot = {name.lower() for name in operators.iot_apns(found)}
    if not iot:
        return expected
    if operators.is_iot_card(found, apn=report.facts.apn.configured):
        return sorted(expected, key=lambda apn: apn.lower() not in iot)
    return [apn for apn in expected if apn.lower() not in iot] or expected


def _card(report: Report) -> tuple[str | None, str | None]:
    """Which modem port and SIM card a report is about."""
    return report.facts.port.url, report.facts.sim.iccid
