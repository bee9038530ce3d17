"""The main window: port bar, the wizard, signal history, AT console, saved reports, status.

It wires widgets to the ModemController and never touches the port itself. What is on
screen always belongs to the port in the Port box: choosing another port greys the old
result at once and says so, a saved report puts its own port in the box, and anything
running on the old port is cancelled so the new one does not wait behind it.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QRect, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
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
from simtool.gui.ports import PortChoice, PortCombo, PortScanner, scenario_choices
from simtool.gui.sampling import SignalSample, sample_from_facts
from simtool.gui.settings import Settings
from simtool.gui.signal_graph import SignalHistoryView
from simtool.gui.status_panel import StatusPanel
from simtool.gui.style import tint
from simtool.gui.wizard import WizardView, local_time
from simtool.gui.worker import ModemController, login_asked
from simtool.report.model import ActionTaken, Report, host_os, utc_now

if TYPE_CHECKING:
    from simtool.facts import AccountResult, Facts, LastError

log = logging.getLogger(__name__)

POLL_INTERVAL_MS = 5000          # signal history: one light read every 5 s
DEFAULT_SIZE = (1100, 720)

# Fixes that change the modem: after one, the modem's last data error predates the change.
MODEM_CHANGES = ("radio-on", "restart", "pin", "puk", "apn", "apn-edit", "apn-undo",
                 "operator", "operator-undo")


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's program for it (tests replace this)."""
    return QDesktopServices.openUrl(url)


def _banner(parent: QWidget, status: str) -> tuple[QFrame, QHBoxLayout, QLabel]:
    frame = QFrame(parent)
    frame.setAutoFillBackground(True)
    palette = frame.palette()
    palette.setColor(frame.backgroundRole(), tint(status, 55))
    frame.setPalette(palette)
    row = QHBoxLayout(frame)
    label = QLabel()
    label.setWordWrap(True)
    label.setMinimumWidth(1)
    row.addWidget(label, 1)
    frame.hide()
    return frame, row, label


def fit_to_screen(frame: QRect, available: QRect) -> QRect:
    """`frame` moved and shrunk so that all of it is on `available` (a saved size taller
    than this screen, a window left on a screen that is gone)."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    x = min(max(frame.x(), available.x()), available.right() - width + 1)
    y = min(max(frame.y(), available.y()), available.bottom() - height + 1)
    return QRect(x, y, width, height)


def stale_error_step(before: LastError) -> Any:
    """A check step (runner.CheckOptions.steps) that marks the modem's last data error as
    from before the user's change when it is the same error as before it: the modem has not
    tried a data session since, so the old refusal is not today's cause."""
    from dataclasses import astuple

    def mark(_session: object, facts: Facts) -> None:
        error = facts.packet.last_error
        if (error.text or error.cause is not None) and \
                astuple(error)[:2] == astuple(before)[:2]:
            error.before_change = True

    return mark


def data_test_step(worker: Any) -> Any:
    """A check step that tests the data path (Test the connection, issue 15), its progress
    shown as the worker's; marked so a source that runs no steps says it needs the AT port."""
    timeout = worker.data_test_timeout

    def test(session: Any, facts: Facts) -> None:
        from simtool.actions.data_test import data_path_step

        data_path_step(session, facts, timeout=timeout,
                       progress=lambda message: worker.progress.emit("data-path", message))

    test.data_test = True  # type: ignore[attr-defined]
    return test


def read_unread_step() -> Any:
    """A check step that reads the unread SMS the user allowed to be marked read."""
    def read(session: Any, facts: Facts) -> None:
        from simtool.actions.notices import read_unread_step as step

        step(session, facts)

    return read


class MainWindow(QMainWindow):
    report_shown = Signal(object)        # Report, after it is on screen (tests, screenshot)

    def __init__(self, settings: Settings | None = None,
                 poll_interval_ms: int = POLL_INTERVAL_MS) -> None:
        super().__init__()
        self.settings = settings or Settings.load()
        self.report: Report | None = None
        # What the status bar says about a check, put back after a port scan's short message.
        self._lasting_status = ""
        self._ports_said: str | None = None
        self.replaying = False
        # The operator's last answer on the account step, with the port and card (ICCID) it
        # is about: later checks of the same card keep showing it.
        self.account: tuple[tuple[str | None, str | None], AccountResult] | None = None
        # What the user had simtool do, per port (reports carry it), and the data error the
        # modem had before the last change, per port (the next check says it is old).
        self.actions_taken: dict[str, list[ActionTaken]] = {}
        self.cards: dict[str, str | None] = {}
        self.changed_since: dict[str, LastError] = {}
        self._fix_before: LastError | None = None
        self._scan_result: list[Any] | None = None
        self._fitted = False
        # The history entry of each check exported (created, port, redacted): its JSON.
        self._history_of: dict[tuple[str, str | None, bool], Path] = {}
        # Qt appends the application's display name ("simtool") itself.
        self.setWindowTitle(self.tr("Why is there no service?"))
        self.controller = ModemController(self)
        self.scanner = PortScanner(self)
        self.ports_known: list[PortChoice] | None = None
        # The mm:// URL the current port is read through (ModemManager holds it), if any.
        self.managed_url: str | None = None

        # Port bar
        self.port_combo = PortCombo()
        port_label = QLabel(self.tr("&Port:"))
        port_label.setBuddy(self.port_combo)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Look for ports again"))
        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setAccessibleName(self.tr("Run the check"))
        self.check_button.setToolTip(self.tr("Run the checklist on this port (Enter, F5)"))
        self.check_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the running check"))
        self.cancel_button.setToolTip(self.tr("Stop the running check (Esc)"))
        self.cancel_button.setEnabled(False)
        # Its space is kept while hidden: a layout that changes size at the start and end of
        # every check re-laid out the whole window (a ~19 ms stall, measured).
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setFixedWidth(self.fontMetrics().averageCharWidth() * 10)
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
        for name, label in scenario_choices():
            self.scenario_combo.addItem(label, name)
        self.scenario_combo.setAccessibleName(self.tr("Simulated problem"))
        self.scenario_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario_combo.setMinimumContentsLength(18)
        self.try_sim_button = QPushButton(self.tr("&Try a simulated modem"))
        self.try_sim_button.setAccessibleName(self.tr("Try a simulated modem"))
        row.addWidget(self.scenario_combo)
        row.addWidget(self.try_sim_button)
        self.lost_banner, row, self.lost_label = _banner(self, "fail")
        # No accelerator: the modem reconnects by itself, and the letters are spoken for.
        self.reconnect_button = QPushButton(self.tr("Reconnect"))
        self.reconnect_button.setAccessibleName(self.tr("Reconnect to the modem"))
        row.addWidget(self.reconnect_button)

        # Tabs and status panel
        self.wizard = WizardView()
        self.history_view = SignalHistoryView()
        self.console = AtConsole()
        self.reports_list = QListWidget()
        self.reports_list.setAccessibleName(self.tr("Saved reports, newest first"))
        self.reports_list.setWordWrap(True)
        self.open_report_button = QPushButton(self.tr("&Open"))
        self.open_report_button.setAccessibleName(self.tr("Open the saved report"))
        self.delete_report_button = QPushButton(self.tr("D&elete…"))
        self.delete_report_button.setAccessibleName(self.tr("Delete the saved report"))
        self.reports_folder_button = QPushButton(self.tr("&Show the folder"))
        self.reports_folder_button.setAccessibleName(self.tr("Show the reports folder"))
        reports_page = QWidget()
        reports_layout = QVBoxLayout(reports_page)
        hint = QLabel(self.tr("Reports you exported, newest first (double-click to open, "
                              "read-only). Times are this computer's."))
        hint.setWordWrap(True)
        reports_layout.addWidget(hint)
        reports_layout.addWidget(self.reports_list, 1)
        report_buttons = QHBoxLayout()
        for button in (self.open_report_button, self.delete_report_button):
            report_buttons.addWidget(button)
        report_buttons.addStretch(1)
        report_buttons.addWidget(self.reports_folder_button)
        reports_layout.addLayout(report_buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.wizard, self.tr("&Diagnosis"))
        self.tabs.addTab(self.history_view, self.tr("Si&gnal history"))
        self.tabs.addTab(self.console, self.tr("&AT console"))
        self.tabs.addTab(reports_page, self.tr("Sa&ved reports"))
        self.status_panel = StatusPanel()
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.status_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([760, 280])

        # After an export: open what was written, or its folder (no accelerators: Tab
        # reaches them, and a click is what people do with a file just saved).
        self.open_file_button = QPushButton(self.tr("Open the file"))
        self.open_file_button.setAccessibleName(self.tr("Open the file just saved"))
        self.open_folder_button = QPushButton(self.tr("Show in folder"))
        self.open_folder_button.setAccessibleName(self.tr("Show the folder of the file just "
                                                          "saved"))
        self.saved_path: Path | None = None
        for button in (self.open_file_button, self.open_folder_button):
            button.setFlat(True)
            button.hide()
            self.statusBar().addPermanentWidget(button)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(port_row)
        layout.addWidget(self.no_modem_banner)
        layout.addWidget(self.lost_banner)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.port_combo, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.check_button)
        self.setTabOrder(self.check_button, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.tabs)

        self._build_actions()
        self._connect()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_interval_ms)
        self.poll_timer.timeout.connect(self._poll)
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
        self.bundle_action = QAction(self.tr("Save a support &bundle…"), self)
        self.bundle_action.setShortcut(QKeySequence("Ctrl+B"))
        self.export_csv_action = QAction(self.tr("Export signal history as &CSV…"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        for action in (self.open_action, self.export_action, self.bundle_action,
                       self.export_csv_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.clear_history_action = QAction(self.tr("Clear the card &history…"), self)
        file_menu.addAction(self.clear_history_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        modem_menu = self.menuBar().addMenu(self.tr("&Modem"))
        self.check_action = QAction(self.tr("Check &again"), self)
        self.check_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.cancel_action = QAction(self.tr("&Cancel"), self)
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.probe_action = QAction(self.tr("F&ind the AT port"), self)
        self.restart_action = QAction(self.tr("Re&start the modem…"), self)
        self.edit_apn_action = QAction(self.tr("&Edit the APN…"), self)
        self.undo_apn_action = QAction(self.tr("&Undo the last APN change…"), self)
        self.network_action = QAction(self.tr("Choose the &network…"), self)
        self.undo_network_action = QAction(self.tr("Undo the last net&work choice…"), self)
        for action in (self.check_action, self.cancel_action):
            modem_menu.addAction(action)
        modem_menu.addSeparator()
        for action in (self.probe_action, self.restart_action):
            modem_menu.addAction(action)
        modem_menu.addSeparator()
        for action in (self.edit_apn_action, self.undo_apn_action, self.network_action,
                       self.undo_network_action):
            modem_menu.addAction(action)

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
        self.guide_action = QAction(self.tr("&Quick guide"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.keys_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.reports_folder_action = QAction(self.tr("Open the &reports folder"), self)
        self.about_action = QAction(self.tr("&About simtool"), self)
        for action in (self.guide_action, self.keys_action, self.reports_folder_action):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        c = self.controller
        self.check_button.clicked.connect(self.check_now)
        self.check_action.triggered.connect(self.check_now)
        line = self.port_combo.lineEdit()
        if line is not None:
            line.returnPressed.connect(self.check_now)
        self.port_combo.currentTextChanged.connect(self._on_port_text_changed)
        self.wizard.check_again.connect(self.check_now)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_action.triggered.connect(self.cancel)
        self.probe_action.triggered.connect(lambda: self._on_fix_requested("probe"))
        self.restart_action.triggered.connect(lambda: self._on_fix_requested("restart"))
        self.edit_apn_action.triggered.connect(lambda: self._on_fix_requested("apn-edit"))
        self.undo_apn_action.triggered.connect(lambda: self._on_fix_requested("apn-undo"))
        self.network_action.triggered.connect(lambda: self._on_fix_requested("operator"))
        self.undo_network_action.triggered.connect(
            lambda: self._on_fix_requested("operator-undo"))
        self.refresh_button.clicked.connect(self.refresh_ports)
        self.try_sim_button.clicked.connect(self.try_simulated)
        self.reconnect_button.clicked.connect(self.reconnect)
        self.open_action.triggered.connect(self.ask_open_report)
        self.export_action.triggered.connect(self.ask_export_report)
        self.bundle_action.triggered.connect(self.ask_support_bundle)
        self.export_csv_action.triggered.connect(self.history_view.ask_export)
        self.history_view.exported.connect(self._on_saved)
        self.quit_action.triggered.connect(self.close)
        self.clear_history_action.triggered.connect(self.clear_history)
        self.guide_action.triggered.connect(self._guide)
        self.keys_action.triggered.connect(self._keys)
        self.reports_folder_action.triggered.connect(self.show_reports_folder)
        self.about_action.triggered.connect(self._about)
        self.reports_list.itemActivated.connect(self._on_report_activated)
        self.open_report_button.clicked.connect(self._open_selected_report)
        self.delete_report_button.clicked.connect(self.delete_selected_report)
        self.reports_folder_button.clicked.connect(self.show_reports_folder)
        self.open_file_button.clicked.connect(self._open_saved_file)
        self.open_folder_button.clicked.connect(self._open_saved_folder)
        self.scanner.found.connect(self._on_ports_found)
        self.scanner.probed.connect(self._on_ports_probed)
        self.wizard.manual_answers_changed.connect(self._on_manual_answers)
        self.wizard.support_changed.connect(self._on_support_changed)
        self.wizard.fix_requested.connect(self._on_fix_requested)
        self.wizard.bundle_requested.connect(self.ask_support_bundle)
        c.action_started.connect(self._on_action_started)
        c.action_result.connect(self._on_action_result)
        c.action_finished.connect(self._on_action_finished)
        c.account_answered.connect(self._on_account_answered)
        c.released.connect(self._on_released)
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
        c.managed.connect(self._on_managed)

    def _restore(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.geometry.encode("ascii")))
        else:
            self.resize(*DEFAULT_SIZE)
        self.fit_on_screen()
        if self.settings.last_port:
            self.port_combo.set_url(self.settings.last_port)

    def fit_on_screen(self) -> None:
        """Keep the whole window, buttons and status bar included, on the screen it opens
        on: a size saved on a bigger screen or at another scale is shrunk to fit."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None or (QApplication.platformName() == "offscreen"
                              and not os.environ.get("QT_QPA_PLATFORM", "").startswith(
                                  "offscreen:")):
            return              # no real screen (a --screenshot run, tests): nothing to fit
        available = screen.availableGeometry()
        if self.isMaximized() or self.isFullScreen():
            return
        # At a fractional scale the logical screen size is rounded up (1366 / 1.5 -> 911,
        # which is 1367 device pixels): one pixel less keeps the window on the screen.
        spare = 1 if screen.devicePixelRatio() % 1 else 0
        room = available.adjusted(0, 0, -spare, -spare)
        # The window manager's frame (title bar, borders) must fit too: fit the frame,
        # then give the window what is left inside it.
        frame = self.frameGeometry()
        extra = frame.size() - self.geometry().size()
        fitted = fit_to_screen(frame, room)
        if fitted != frame:
            self.move(fitted.topLeft())
            self.resize(fitted.width() - extra.width(), fitted.height() - extra.height())

    # -- starting --------------------------------------------------------------------------
    def start(self, url: str | None = None) -> None:
        """Look for ports; check `url` right away when given (--port)."""
        if url:
            self.port_combo.set_url(url)
            self.check_url(url)
        self.refresh_ports()

    @Slot()
    def refresh_ports(self) -> None:
        self._say_about_ports(self.tr("Looking for modems…"))
        self.scanner.scan()

    # How long a port-scan message shows over a check's message before the check's returns.
    PORTS_MESSAGE_MS = 4000

    def _say_about_ports(self, text: str) -> None:
        """A port scan's news: it must not replace what the status bar says about a check (a
        scan that ends after the check would leave "1 serial port" under the verdict)."""
        if not (self.controller.checking or self.controller.opening or self.report is not None):
            self.statusBar().showMessage(text)
            return
        current = self.statusBar().currentMessage()
        if current != self._ports_said:         # not our own earlier scan message
            self._lasting_status = current
        self._ports_said = text
        self.statusBar().showMessage(text, self.PORTS_MESSAGE_MS)
        QTimer.singleShot(self.PORTS_MESSAGE_MS + 50, self._restore_status)

    @Slot()
    def _restore_status(self) -> None:
        if not self.statusBar().currentMessage() and self._lasting_status:
            self.statusBar().showMessage(self._lasting_status)

    @Slot(object)
    def _on_ports_found(self, ports: list[PortChoice]) -> None:
        first_scan = self.ports_known is None
        self.ports_known = ports
        keep = self.controller.url or self.port_combo.current_url() or None
        self._set_ports(ports, keep)
        modems = [p for p in ports if p.modem]
        no_modem = not modems and self.controller.url is None and self.report is None
        self.no_modem_banner.setVisible(no_modem)
        if not modems:
            # The banner says "no modem found"; the status bar says what there is instead.
            self._say_about_ports(self.tr("{count} serial port(s), none of them a "
                                          "modem's.").format(count=len(ports))
                                  if ports else self.tr("No serial ports."))
            return
        self._say_about_ports(self.tr("{count} modem port(s) found.").format(
            count=len(modems)))
        likely = [p for p in ports if p.likely_at]
        if first_scan and self.controller.url is None and likely:
            self.check_url(self.port_combo.current_url())

    def _set_ports(self, ports: list[PortChoice], keep: str | None) -> None:
        self.port_combo.blockSignals(True)
        self.port_combo.set_ports(ports, keep)
        self.port_combo.blockSignals(False)
        self._on_port_text_changed(self.port_combo.currentText())

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
        if (self.controller.checking or self.controller.opening) and \
                url == self.controller.url:
            return
        self.replaying = False
        self.no_modem_banner.hide()
        self.settings.last_port = url
        if self.report is not None and self.report.facts.port.url != url:
            # Another modem: its old result must not stay beside the new address, not even
            # while the old port lets go.
            self._forget_report()
        checking = self.tr("Checking {url}…").format(url=url)
        self.wizard.set_checking(True, checking)
        self.wizard.show_progress(self.tr("Opening the port…"))
        self.statusBar().showMessage(checking)
        if self.controller.busy and self.controller.url not in (None, url):
            self.wizard.show_progress(self.tr("Waiting for {old} to stop…").format(
                old=self.controller.url))
        if url == self.controller.url and self.controller.connected:
            self._check_connected()
        else:
            self.console.set_unavailable(None)      # until the worker says otherwise
            self.managed_url = None
            # The check follows the open, with what the wizard knows (answers, support).
            self.controller.open(url, answers=dict(self.wizard.manual_answers),
                                 support=self._support(), steps=self._steps_for(url))

    def _support(self) -> Any:
        return self.wizard.contact_page.support(host_os())

    def _steps_for(self, url: str) -> tuple[Any, ...]:
        before = self.changed_since.get(url)
        return (stale_error_step(before),) if before is not None else ()

    def _check_connected(self) -> None:
        url = self.controller.url or ""
        self.controller.check(self.wizard.manual_answers, self._support(), self._steps_for(url))

    def _forget_report(self) -> None:
        self.report = None
        self.wizard.clear()
        self.status_panel.clear()
        self.status_panel.setEnabled(True)

    @Slot(str)
    def _on_port_text_changed(self, _text: str) -> None:
        """Typing or picking another port: the result on screen is no longer about it."""
        if self.report is None or self.controller.checking:
            return
        url = self.port_combo.current_url()
        shown = self.report.facts.port.url
        stale = bool(url) and url != shown
        if stale:
            self.wizard.set_stale(self.tr(
                "The result below is for {old}. Press Check (Enter) to check {new}.").format(
                old=shown, new=url))
        else:
            self.wizard.unset_stale()
        self.status_panel.setEnabled(not stale)      # its facts are the old modem's too

    @Slot()
    def try_simulated(self) -> None:
        url = f"sim://{self.scenario_combo.currentData()}?latency=30"
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
        if self.managed_url is not None and self.managed_url != self.controller.url:
            checking = self.tr("Checking {port} through ModemManager ({url}): ModemManager "
                               "holds the port…").format(port=self.controller.url,
                                                         url=self.managed_url)
        if self.report is not None and self.report.facts.port.url != self.controller.url:
            self._forget_report()
        self.wizard.set_checking(True, checking)
        self.wizard.show_progress(self.tr("Talking to the modem…"))
        self.statusBar().showMessage(checking)

    @Slot(bool)
    def _on_busy(self, busy: bool) -> None:
        if not busy:
            self.wizard.set_checking(False)
            if self.report is None and not self.controller.connected:
                self.wizard.hide_progress()
        self.busy.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.cancel_action.setEnabled(busy)
        self.check_button.setEnabled(not self.controller.checking)
        self.wizard.again_button.setEnabled(not busy and not self.replaying
                                            and self.report is not None)

    @Slot(str, str)
    def _on_progress(self, _step: str, message: str) -> None:
        self.wizard.show_progress(message)

    @Slot(object)
    def _on_check_finished(self, report: Report) -> None:
        self.wizard.hide_progress()
        url = report.facts.port.url or ""
        iccid = report.facts.sim.iccid
        if iccid and self.cards.get(url) not in (None, iccid):
            self.actions_taken.pop(url, None)      # another card in the same port
            self.changed_since.pop(url, None)
        if iccid:
            self.cards[url] = iccid
        if not report.facts.packet.last_error.before_change:
            self.changed_since.pop(url, None)   # a newer error, or none: nothing stale
        report.actions = list(self.actions_taken.get(url, []))
        self.show_report(self._judged(report))
        # The verdict is on screen in full; the status bar says which check it is of.
        if self.managed_url is not None and self.managed_url != self.controller.url:
            # Said for as long as this port is shown: it was not opened, ModemManager was asked.
            self.statusBar().showMessage(self.tr(
                "Check of {port} through ModemManager ({url}), which holds the port, finished "
                "at {time}.").format(port=self.controller.url, url=self.managed_url,
                                     time=local_time(report.created)[-5:]))
        else:
            self.statusBar().showMessage(self.tr("Check of {url} finished at {time}.").format(
                url=url, time=local_time(report.created)[-5:]))
        if login_asked(report) and not self.replaying:
            self._ask_device_password(report)

    def _ask_device_password(self, report: Report) -> None:
        """The stick or router wants its admin password: ask for it (masked), then check
        once more with it. It lives only for that one check: never saved."""
        from simtool.sources.base import Credentials

        password, ok = QInputDialog.getText(
            self, self.tr("Device password"),
            self.tr("{device} shows its state only after its admin login.\n"
                    "Its admin password (the one for its web page, often on a label on the "
                    "device). simtool tries it once and does not save it:").format(
                device=report.facts.port.url or self.tr("The device")),
            QLineEdit.EchoMode.Password)
        if ok and password:
            self.controller.worker.set_credentials(Credentials(password))
            self.check_now()

    def show_report(self, report: Report, *, read_only: bool = False) -> None:
        self.report = report
        self.replaying = read_only
        self.wizard.show_report(report, read_only=read_only)
        self.status_panel.show_facts(report.facts)
        self.status_panel.setEnabled(True)
        modem = self._modem_key(report)
        self.history_view.show_modem(modem)
        if not read_only and report.facts.reachable:
            sample = sample_from_facts(report.facts, _now())
            self.history_view.add_sample(replace(sample, modem=modem))
        self.wizard.again_button.setEnabled(not read_only and not self.controller.busy)
        self.report_shown.emit(report)

    def _modem_key(self, report: Report | None) -> str | None:
        """Which line of the signal graph: the port, and the card when known."""
        if report is None:
            return self.controller.url
        url = report.facts.port.url or self.controller.url
        iccid = report.facts.sim.iccid
        return f"{url} (ICCID \u2026{iccid[-4:]})" if url and iccid else url

    @Slot()
    def _on_check_cancelled(self) -> None:
        self.wizard.hide_progress()
        self.wizard.set_checking(False)
        self.wizard.show_message(self.tr("Check cancelled. Press Check again (F5) to run it."),
                                 "warn")
        self.statusBar().showMessage(self.tr("Check cancelled."), 5000)

    @Slot(str, str, object)
    def _on_open_failed(self, url: str, message: str, report: object) -> None:
        self.wizard.hide_progress()
        self.wizard.set_checking(False)
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

    @Slot(str, str)
    def _on_managed(self, url: str, managed: str) -> None:
        """The modem is read through ModemManager: no AT console; a device path it holds is
        read through it, never opened beside it (the CLI does the same)."""
        from simtool.gui.worker import console_unavailable

        self.managed_url = managed
        self.console.set_unavailable(console_unavailable(managed))
        if url != managed:
            self.statusBar().showMessage(self.tr(
                "ModemManager holds {port}: simtool reads the modem through ModemManager "
                "({url}), never beside it.").format(port=url, url=managed))

    @Slot()
    def _poll(self) -> None:
        """One signal reading, from a modem that answered its check: a port that did not
        answer AT would only make every reading wait for its timeouts (tens of seconds the
        worker could not do anything else)."""
        report = self.report
        if report is not None and not self.replaying and report.facts.reachable and \
                report.facts.port.url in (self.controller.url, self.managed_url):
            self.controller.poll()

    @Slot(object)
    def _on_sample(self, sample: SignalSample) -> None:
        if self.replaying or self.report is None or \
                self.report.facts.port.url != self.controller.url:
            # A sample of a port whose check is not on screen: kept in its own graph line.
            self.history_view.add_sample(replace(sample, modem=self.controller.url))
            return
        self.history_view.add_sample(replace(sample, modem=self._modem_key(self.report)))
        self.status_panel.show_sample(sample)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.wizard.hide_progress()
        ErrorDialog.show_error(self, self.tr("The modem worker hit an unexpected error."),
                               message)

    # -- fixes ---------------------------------------------------------------------------
    def _ready_for_fix(self, fix: str) -> bool:
        if self.controller.checking:
            return False
        if fix == "probe":
            return True          # needs no open port: it looks at all of them
        if self.report is None or self.replaying or not self.controller.connected:
            self.statusBar().showMessage(self.tr("No modem is connected: press Check first."),
                                         5000)
            return False
        return True

    @Slot(str)
    def _on_fix_requested(self, fix: str) -> None:
        from simtool.gui.fixes import ConfirmFix

        if not self._ready_for_fix(fix):
            return
        if fix == "probe":
            self.probe_ports()
            return
        if fix == "operator":
            # First a scan (it can take minutes); the choice follows when it has finished.
            self.wizard.notice.hide()
            self.controller.run_action("operator-scan", None)
            return
        report = self.report
        assert report is not None
        if fix == "connect-test":
            self._test_connection(report)
            return
        params: object = None
        if fix == "radio-on":
            if not ConfirmFix.ask(self, self.tr("Switch the modem's radio on (AT+CFUN=1)? It "
                                                "then looks for the network again."),
                                  self.tr("Switch the radio on")):
                return
        elif fix == "restart":
            if not ConfirmFix.ask(self, self.tr(
                    "Restart the modem: switch its radio off and on again (AT+CFUN=4, then "
                    "AT+CFUN=1)? It forgets the networks that refused it, searches, registers "
                    "and connects again with its current settings. The connection drops for "
                    "up to a minute."), self.tr("Restart the modem")):
                return
        elif fix in ("pin", "puk", "balance", "topup", "apn", "apn-edit"):
            params = self._ask_params(fix, report)
            if params is None:
                return
        elif fix == "apn-undo":
            if not ConfirmFix.ask(self, self.tr("Restore the APN the modem had before simtool's "
                                                "last change?"), self.tr("Restore the APN")):
                return
        elif fix == "operator-undo":
            if not ConfirmFix.ask(self, self.tr("Put back the network selection the modem had "
                                                "before simtool's last change?"),
                                  self.tr("Restore the selection")):
                return
        else:
            return
        self.wizard.notice.hide()
        self._fix_before = report.facts.packet.last_error
        self.controller.run_action(fix, params)

    def _test_connection(self, report: Report) -> None:
        """Test the connection (issue 15): check again with the data-path test, after asking;
        unread SMS are read too only when the user also allows that."""
        from simtool.gui.fixes import ConfirmFix

        if not ConfirmFix.ask(self, self.tr(
                "Test whether traffic passes through the data session? The modem looks up a "
                "name, asks a test web address and pings one, each for a few seconds. If no "
                "data session is up, it opens one for the test and closes it again."),
                self.tr("Test the connection")):
            return
        url = self.controller.url or ""
        steps: list[Any] = list(self._steps_for(url))
        skipped = report.facts.unread_sms_skipped
        if skipped and ConfirmFix.ask(self, self.tr(
                "{count} unread SMS may hold the operator's notice. This modem marks them "
                "read when simtool reads them. Read them too?").format(count=skipped),
                self.tr("Read them")):
            steps.append(read_unread_step())
        steps.append(data_test_step(self.controller.worker))
        self.wizard.notice.hide()
        self.controller.check(self.wizard.manual_answers, self._support(), tuple(steps))
        self.wizard.show_progress(self.tr("Testing the connection…"))

    @Slot()
    def clear_history(self) -> None:
        """Forget every card and delete the saved reports, after asking."""
        from simtool.gui.history import ConfirmClearHistory
        from simtool.report.history import clear_history

        if not ConfirmClearHistory.ask(self):
            return
        cards, reports = clear_history()
        self.refresh_reports()
        self.statusBar().showMessage(self.tr("Forgot {cards} card(s) and deleted {reports} "
                                             "saved report(s).").format(cards=cards,
                                                                        reports=reports), 10000)

    def _ask_params(self, fix: str, report: Report) -> object:
        """What the fix needs from the user (PIN, APN, network...); None when cancelled."""
        from simtool.gui.fixes import ApnChoice, ConfirmFix, PinDialog
        from simtool.gui.unlock import PukDialog

        if fix == "pin":
            entry = PinDialog.ask(self, report.facts.sim.pin_retries)
            if entry is None or entry.accept_last_attempt and not ConfirmFix.ask(self, self.tr(
                    "This is the last PIN attempt. If the PIN is wrong, the SIM is blocked and "
                    "only the PUK from your operator opens it again. Send this PIN?"),
                    self.tr("Send the PIN")):
                return None
            return entry
        if fix == "puk":
            puk = PukDialog.ask(self, report.facts.sim.puk_retries)
            if puk is None or puk.accept_last_attempt and not ConfirmFix.ask(self, self.tr(
                    "This is the last PUK attempt. If the PUK is wrong, the SIM is destroyed "
                    "for good and must be replaced. Send this PUK?"), self.tr("Send the PUK")):
                return None
            return puk
        if fix in ("balance", "topup"):
            return self._ask_account(fix, report)
        if fix == "apn" and len(_apn_choices(report)) > 1:
            return ApnChoice.ask(self, report.facts.apn.configured or "", _apn_choices(report))
        if fix == "apn":
            if not report.facts.apn.expected:
                return None
            expected = _apn_choices(report)[0]
            question = self.tr("The modem has APN '{have}', your operator expects '{want}'. "
                               "Set it to '{want}'? The old value is kept so it can be "
                               "undone.").format(have=report.facts.apn.configured or "",
                                                 want=expected)
            return expected if ConfirmFix.ask(self, question, self.tr("Set the APN")) else None
        if fix == "apn-edit":
            from simtool.gui.apn_editor import ApnEditor

            settings = ApnEditor.ask(self, report.facts)
            if settings is None:
                return None
            login = self.tr(" with a user name and password") if settings.auth else ""
            question = self.tr("Set the APN of context {cid} to '{apn}' ({kind}){login}? The "
                               "old settings are kept so they can be undone.").format(
                cid=settings.cid, apn=settings.apn, kind=settings.pdp_type, login=login)
            return settings if ConfirmFix.ask(self, question, self.tr("Set the APN")) else None
        return None

    def _ask_account(self, fix: str, report: Report) -> object:
        """The code to send (balance) or the voucher (top-up); None when cancelled."""
        from simtool.actions.account import codes_for, iot_sms_warning
        from simtool.gui.account import BalanceDialog, SmsBalanceDialog, TopUpDialog
        from simtool.providers.database import lookup_imsi

        imsi = report.facts.sim.imsi      # read by the check: no need to ask the modem again
        found = lookup_imsi(imsi) if imsi else []
        codes = codes_for(found, imsi)
        if fix == "balance" and codes.method == "sms" and codes.balance_sms is not None:
            # The operator answers by SMS (China's): ask before sending, it may be charged;
            # an IoT card is told first that it will most likely fail, and where to look.
            return SmsBalanceDialog.ask(self, codes.balance_sms, codes.provider,
                                        iot_sms_warning(found, report.facts.apn.configured))
        if fix == "balance":
            return BalanceDialog.ask(self, codes.balance, codes.provider)
        return TopUpDialog.ask(self, codes.topup, codes.provider)

    @Slot(str)
    def _on_action_started(self, name: str) -> None:
        words = {
            "balance": self.tr("Asking the operator…"),
            "topup": self.tr("Asking the operator…"),
            "operator-scan": self.tr("Looking for networks (up to 3 minutes; Esc cancels)…"),
            "restart": self.tr("Restarting the modem…"),
        }
        text = words.get(name, self.tr("Applying the fix…"))
        self.wizard.set_checking(True, text)
        self.wizard.show_progress(text)
        self.statusBar().showMessage(text)

    @Slot(str, object)
    def _on_action_result(self, name: str, result: object) -> None:
        """What a query found; used once its action has finished (the worker is free)."""
        if name == "operator-scan" and isinstance(result, list):
            self._scan_result = result

    def _choose_network(self, networks: list[Any]) -> None:
        """After a scan: the user picks a network (or automatic), confirms, and it is set."""
        from simtool.gui.fixes import ConfirmFix
        from simtool.gui.network_dialog import NetworkDialog

        if self.report is None or not self.controller.connected:
            return
        home = self.report.facts.sim.home
        home_id = f"{home.mcc}{home.mnc}" if home.mcc and home.mnc else None
        choice = NetworkDialog.ask(self, networks, home_id)
        if choice is None:
            return
        shown = choice.name or choice.numeric or ""
        question = (self.tr("Let the modem choose the network again (automatic selection, "
                            "AT+COPS=0)?") if choice.numeric is None else
                    self.tr("Fix the modem to {network} ({numeric})? It then uses no other "
                            "network until you choose again or undo.").format(
                        network=shown, numeric=choice.numeric))
        if ConfirmFix.ask(self, question, self.tr("Use this network")):
            self._fix_before = self.report.facts.packet.last_error
            self.controller.run_action("operator", choice)

    @Slot(str, bool, str)
    def _on_action_finished(self, name: str, ok: bool, message: str) -> None:
        self.wizard.hide_progress()
        self.wizard.set_checking(False)
        self.wizard.refresh_summary()
        self.wizard.show_notice(message, "pass" if ok else "fail")
        url = self.controller.url or ""
        # The outcome, never "Checking…": a fix or a query is not a check.
        self.statusBar().showMessage(message, 10000)
        if name == "operator-scan":
            networks, self._scan_result = self._scan_result, None
            if ok and networks is not None:
                # Out of this signal's handler: the dialog runs its own event loop.
                QTimer.singleShot(0, lambda: self._choose_network(networks))
            return
        self.actions_taken.setdefault(url, []).append(ActionTaken(utc_now(), name, ok, message))
        if name in ("balance", "topup"):
            return          # the modem is unchanged: _on_account_answered re-judged the step
        before = getattr(self, "_fix_before", None)
        if ok and name in MODEM_CHANGES and before is not None and \
                (before.text or before.cause is not None):
            self.changed_since.setdefault(url, before)
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

    # -- probing for the AT port -------------------------------------------------------------
    def probe_ports(self) -> None:
        """Ask every serial port whether it answers AT (off the GUI thread), then check the
        first that does. The port open now is closed first: it cannot be probed while held."""
        self.wizard.set_checking(True, self.tr("Looking for the port that answers AT…"))
        self.wizard.show_progress(self.tr("Sending AT to every serial port…"))
        self.statusBar().showMessage(self.tr("Looking for the port that answers AT…"))
        self.busy.show()
        if self.controller.url is not None:
            self.controller.release()     # `released` starts the probe
        else:
            self.scanner.scan(probe=True)

    @Slot()
    def _on_released(self) -> None:
        self.scanner.scan(probe=True)

    @Slot(object)
    def _on_ports_probed(self, ports: list[PortChoice]) -> None:
        self.busy.setVisible(self.controller.busy)
        self.wizard.set_checking(False)
        self.wizard.hide_progress()
        self.ports_known = ports
        answering = [p for p in ports if p.answers]
        self._set_ports(ports, answering[0].url if answering else None)
        if not answering:
            self._forget_report()
            self.wizard.show_message(self.tr(
                "No serial port answered AT. The modem may be in storage (CD-ROM) or HiLink "
                "mode, need a driver, or be unplugged; plug it in again and press Refresh."),
                "fail")
            self.statusBar().showMessage(self.tr("No port answered AT."), 10000)
            return
        self.statusBar().showMessage(self.tr("{url} answers AT: checking it.").format(
            url=answering[0].url), 10000)
        self.check_url(answering[0].url)

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
    def _export_dir(self) -> Path:
        """Where exports go by default: the last folder used, else Documents, else home."""
        from PySide6.QtCore import QStandardPaths

        if self.settings.export_dir and Path(self.settings.export_dir).is_dir():
            return Path(self.settings.export_dir)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _file_stem(self, report: Report, kind: str) -> str:
        """simtool-<kind>-<local date>-<time>[-<ICCID's last 4 digits>]."""
        from simtool.report.bundle import bundle_name

        return bundle_name(report).removesuffix(".zip").replace("simtool-support",
                                                                f"simtool-{kind}")

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
        ext = EXTENSIONS[choice.fmt]
        suggested = self._export_dir() / f"{self._file_stem(self.report, 'report')}.{ext}"
        path = ask_save_path(self, self.tr("Export report"), str(suggested),
                             self.tr("Reports (*.{ext})").format(ext=ext))
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
        self.settings.export_dir = str(Path(path).resolve().parent)
        self._on_saved(str(path))
        self.refresh_reports()

    @Slot()
    def ask_support_bundle(self) -> None:
        if self.report is None:
            self.statusBar().showMessage(self.tr("Run a check first."), 5000)
            return
        from simtool.report.bundle import bundle_name

        suggested = self._export_dir() / bundle_name(self.report)
        path = ask_save_path(self, self.tr("Save a support bundle"), str(suggested),
                             self.tr("Zip archives (*.zip)"))
        if not path:
            return
        try:
            self.save_support_bundle(path, redact=self.settings.redact_exports)
        except Exception as exc:  # noqa: BLE001 - a failed export is reported, not fatal
            log.exception("support bundle failed")
            QMessageBox.warning(self, self.tr("Saving the bundle failed"), str(exc))

    def save_support_bundle(self, path: str | Path, *, redact: bool = False) -> None:
        """One zip: the report (PDF + JSON), AT transcript, signal CSV and console log."""
        from simtool.fileio import write_atomic
        from simtool.report.bundle import build_bundle

        if self.report is None:
            raise ValueError("no report to bundle")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = build_bundle(self.report, signal_csv=self.history_view.csv_text(),
                                console_log=self.console.text(), redact=redact)
            write_atomic(path, data)
        finally:
            QApplication.restoreOverrideCursor()
        self.settings.export_dir = str(Path(path).resolve().parent)
        self._on_saved(str(path))

    @Slot(str)
    def _on_saved(self, path: str) -> None:
        self.saved_path = Path(path)
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path))
        self.open_file_button.show()
        self.open_folder_button.show()

    @Slot()
    def _open_saved_file(self) -> None:
        if self.saved_path is not None:
            open_url(QUrl.fromLocalFile(str(self.saved_path)))

    @Slot()
    def _open_saved_folder(self) -> None:
        if self.saved_path is not None:
            open_url(QUrl.fromLocalFile(str(self.saved_path.parent)))

    def _save_to_history(self, report: Report, fmt: str, redact: bool) -> None:
        """One history entry per check, whatever the number of formats it was exported in."""
        from simtool.gui.history import save_to_history

        key = (report.created, report.facts.port.url, redact)
        saved = save_to_history(report, fmt, redact=redact, same_as=self._history_of.get(key))
        self._history_of[key] = saved.with_suffix(".json")

    def refresh_reports(self) -> None:
        from simtool.gui.history import list_history

        self.reports_list.clear()
        for entry in list_history():
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.reports_list.addItem(item)
        if self.reports_list.count():
            self.reports_list.setCurrentRow(0)
        has_any = self.reports_list.count() > 0
        self.open_report_button.setEnabled(has_any)
        self.delete_report_button.setEnabled(has_any)

    @Slot(QListWidgetItem)
    def _on_report_activated(self, item: QListWidgetItem) -> None:
        self.open_report(item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def _open_selected_report(self) -> None:
        item = self.reports_list.currentItem()
        if item is not None:
            self.open_report(item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def delete_selected_report(self) -> None:
        from simtool.gui.fixes import ask_with_verb
        from simtool.gui.history import delete_from_history

        item = self.reports_list.currentItem()
        if item is None:
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        if not ask_with_verb(self, self.tr("Delete the report?"), self.tr(
                "Delete the saved report {name} and its exports from the history?").format(
                name=path.stem), self.tr("Delete")):
            return
        delete_from_history(path)
        self.refresh_reports()

    @Slot()
    def show_reports_folder(self) -> None:
        from simtool.paths import reports_dir

        folder = reports_dir()
        folder.mkdir(parents=True, exist_ok=True)
        open_url(QUrl.fromLocalFile(str(folder)))

    @Slot()
    def ask_open_report(self) -> None:
        from simtool.paths import reports_dir

        path = ask_open_path(self, self.tr("Open report"), str(reports_dir()),
                             self.tr("simtool reports (*.json)"))
        if path:
            self.open_report(path)

    def open_report(self, path: str | Path) -> bool:
        """Show a saved JSON report in the wizard, read-only, with its port in the Port box."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            report = Report.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError) as error:
            QMessageBox.warning(self, self.tr("Cannot open the report"),
                                self.tr("{path} is not a simtool JSON report: {error}").format(
                                    path=path, error=error))
            return False
        if self.controller.busy:
            self.controller.cancel()
        self.port_combo.blockSignals(True)
        self.port_combo.set_url(report.facts.port.url or "")
        self.port_combo.blockSignals(False)
        self.no_modem_banner.hide()
        self.show_report(report, read_only=True)
        self.tabs.setCurrentWidget(self.wizard)
        self.statusBar().showMessage(self.tr("Showing saved report {path}; Check (F5) checks "
                                             "that port now.").format(path=path))
        return True

    # -- help and misc ---------------------------------------------------------------------
    @Slot()
    def _guide(self) -> None:
        from simtool.gui.dialogs import HelpDialog

        HelpDialog.show_guide(self)

    @Slot()
    def _keys(self) -> None:
        from simtool.gui.dialogs import HelpDialog

        HelpDialog.show_keys(self)

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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._fitted:
            # Once the window manager has added its frame (it says how big a moment after
            # the window is mapped), check again that it all fits.
            self._fitted = True
            QTimer.singleShot(0, self.fit_on_screen)
            QTimer.singleShot(300, self.fit_on_screen)
            QTimer.singleShot(350, self._share_width)

    def _share_width(self) -> None:
        """Give the pages most of the width once the window's size is known (on a small
        screen at 150 % fixed sizes left the step pages a narrow strip)."""
        width = self.splitter.width()
        panel = max(self.status_panel.minimumWidth(), min(280, int(width * 0.26)))
        self.splitter.setSizes([width - panel, panel])
        pages = self.wizard.splitter.width()
        steps = max(self.wizard.steps.minimumWidth(), min(270, int(pages * 0.34)))
        self.wizard.splitter.setSizes([steps, pages - steps])

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


__all__ = ["MainWindow", "fit_to_screen", "local_time", "open_url", "stale_error_step"]
