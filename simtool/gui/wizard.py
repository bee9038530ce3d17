"""The troubleshooting wizard: one step per check, in checklist order, the verdict highlighted.

Left: the steps with their status marks. Right: one page per step (status, the facts the
check used, the remedy in plain words, the fixes the app offers), the manual questions, and
a last page with what to tell the operator. The wizard only shows a Report; it never talks
to the modem. Every page scrolls down when it must, never sideways: text wraps and the fix
buttons flow onto a second row (150 % scaling on a 1280x720 screen leaves 853x480).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QBrush, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from simtool.diagnosis.results import CHECK_IDS, MANUAL_IDS, CheckResult
from simtool.gui.facts_view import facts_for, operator_brief
from simtool.gui.fixes import fixes_for, in_app_words, window_places
from simtool.gui.flow import FlowLayout
from simtool.gui.style import STATUS_MARKS, scaled_font, status_colour, tint
from simtool.report.model import Report, SupportInfo

CONTACT_ID = "contact"


def manual_question(check_id: str) -> str:
    questions = {
        "other-device": QCoreApplication.translate(
            "Wizard", "Does the SIM card work in another phone or device?"),
        "power": QCoreApplication.translate(
            "Wizard", "Does the modem get enough power (original adapter or a powered USB "
            "port)?"),
        "firmware": QCoreApplication.translate(
            "Wizard", "Is a firmware update for the modem pending?"),
        "host-data": QCoreApplication.translate(
            "Wizard", "Is mobile data switched on in this computer's network settings?"),
    }
    return questions.get(check_id, check_id)


def status_word(status: str) -> str:
    words = {
        "pass": QCoreApplication.translate("Wizard", "Passed"),
        "warn": QCoreApplication.translate("Wizard", "Warning"),
        "fail": QCoreApplication.translate("Wizard", "Failed"),
        "skip": QCoreApplication.translate("Wizard", "Skipped"),
        "manual": QCoreApplication.translate("Wizard", "Your answer is needed"),
        "error": QCoreApplication.translate("Wizard", "Could not be checked"),
        "pending": QCoreApplication.translate("Wizard", "Checking…"),
        "waiting": QCoreApplication.translate("Wizard", "Not checked yet"),
    }
    return words.get(status, status)


# One accelerator letter per fix, unique among the fixes and unused by the window's menus,
# port bar, tabs and wizard buttons (tests/gui/test_mnemonics.py walks every state).
def fix_label(fix: str, report: Report | None) -> str:
    labels = {
        "radio-on": QCoreApplication.translate("Wizard", "S&witch the radio on…"),
        "pin": QCoreApplication.translate("Wizard", "&Enter the PIN…"),
        "puk": QCoreApplication.translate("Wizard", "&Unblock with the PUK…"),
        "balance": QCoreApplication.translate("Wizard", "Chec&k the balance…"),
        "topup": QCoreApplication.translate("Wizard", "Top up with a v&oucher…"),
        "apn-edit": QCoreApplication.translate("Wizard", "Ed&it the APN…"),
        "restart": QCoreApplication.translate("Wizard", "Re&start the modem…"),
        "operator": QCoreApplication.translate("Wizard", "Choose the net&work…"),
        "probe": QCoreApplication.translate("Wizard", "F&ind the AT port"),
    }
    if fix in labels:
        return labels[fix]
    expected = report.facts.apn.expected[0] if report and report.facts.apn.expected else ""
    return QCoreApplication.translate("Wizard", "&Set the APN to '{apn}'…").format(
        apn=expected)


def _plain(label: str) -> str:
    """A button's text as a sentence quotes it: no accelerator, no ellipsis."""
    return re.sub(r"\(&\w\)", "", label).replace("&", "").rstrip("…").strip()


def in_app_text(text: str, step_fixes: list[str], report: Report | None) -> str:
    """A remedy or detail as the app says it: each command the app does itself becomes the
    place to do it (a button of this step first, else the window's menu or tab). Saved
    reports keep the commands."""
    places = window_places()
    for fix in step_fixes:
        places[fix] = QCoreApplication.translate(
            "Wizard", "the \u201c{button}\u201d button below").format(
            button=_plain(fix_label(fix, report)))
    return in_app_words(text, places)


def _wrapping_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # Wrapped text asks for its width, never forces it: the page only scrolls down. The
    # height follows the width (a new policy would drop the flag setWordWrap sets).
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    label.setMinimumWidth(1)
    return label


class VerticalScroll(QScrollArea):
    """A page that scrolls down when it must, never sideways."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(body)

    def content_fits_across(self) -> bool:
        """The page's content is no wider than its viewport (nothing cut off at the right)."""
        body = self.widget()
        return body is None or body.minimumSizeHint().width() <= self.viewport().width()


class StepPage(VerticalScroll):
    """One check: status, detail, the facts used, what to do, and the fixes on offer."""

    fix_clicked = Signal(str)             # fix name

    def __init__(self, parent: QWidget | None = None) -> None:
        body = QWidget()
        super().__init__(body, parent)
        layout = QVBoxLayout(body)
        self.title = _wrapping_label()
        self.title.setFont(scaled_font(self, 1.35, bold=True))
        self.status = QLabel()
        self.status.setFont(scaled_font(self, 1.0, bold=True))
        self.verdict_banner = _wrapping_label()
        self.verdict_banner.setAutoFillBackground(True)
        self.verdict_banner.setContentsMargins(8, 6, 8, 6)
        self.detail = _wrapping_label()
        self.remedy_box = QGroupBox(self.tr("What to do"))
        remedy_layout = QVBoxLayout(self.remedy_box)
        self.remedy = _wrapping_label()
        remedy_layout.addWidget(self.remedy)
        self.facts_box = QGroupBox(self.tr("Facts used"))
        self.facts_form = QFormLayout(self.facts_box)
        self.facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The fixes the app offers on this step (fixes_for), in a row that wraps.
        self.fix_row = FlowLayout()
        self.fix_buttons: list[QPushButton] = []
        self.fixes: list[str] = []
        # Two to start with (most steps offer one or two); more are added when a step
        # offers more.
        for _ in range(2):
            self._add_fix_button()
        self.fix_button = self.fix_buttons[0]
        for widget in (self.title, self.status, self.verdict_banner, self.detail):
            layout.addWidget(widget)
        layout.addWidget(self.remedy_box)
        layout.addLayout(self.fix_row)
        layout.addWidget(self.facts_box)
        layout.addStretch(1)
        self.result: CheckResult | None = None

    def _add_fix_button(self) -> QPushButton:
        button = QPushButton()
        button.setAccessibleName(self.tr("Fix"))   # renamed for each fix it offers
        button.hide()
        index = len(self.fix_buttons)
        button.clicked.connect(lambda _checked=False, i=index: self._on_fix(i))
        self.fix_buttons.append(button)
        self.fix_row.addWidget(button)
        return button

    def _on_fix(self, index: int) -> None:
        if index < len(self.fixes):
            self.fix_clicked.emit(self.fixes[index])

    def show_result(self, result: CheckResult, report: Report, is_verdict: bool,
                    read_only: bool = False) -> None:
        self.result = result
        self.fixes = [] if read_only else fixes_for(result.id, result.status, report.facts)
        while len(self.fix_buttons) < len(self.fixes):
            self._add_fix_button()
        for index, button in enumerate(self.fix_buttons):
            fix = self.fixes[index] if index < len(self.fixes) else None
            button.setVisible(fix is not None)
            if fix is not None:
                button.setText(fix_label(fix, report))
                button.setAccessibleName(_plain(fix_label(fix, report)))
        self.title.setText(result.title)
        self.status.setText(f"{STATUS_MARKS.get(result.status, '')} {status_word(result.status)}")
        palette = self.status.palette()
        palette.setColor(self.status.foregroundRole(), status_colour(result.status, self))
        self.status.setPalette(palette)
        self.verdict_banner.setVisible(is_verdict)
        if is_verdict:
            self.verdict_banner.setText(self.tr("This is the cause: the first check that "
                                                "failed. Fix this first, then press Check "
                                                "again."))
            banner = self.verdict_banner.palette()
            banner.setColor(self.verdict_banner.backgroundRole(), tint(result.status, 60))
            self.verdict_banner.setPalette(banner)
        # Here each command becomes the app's own control; a saved report shown read-only
        # keeps the commands it was written with (no modem is connected to press them).
        def words(text: str) -> str:
            return text if read_only else in_app_text(text, self.fixes, report)

        self.detail.setText(words(result.detail or ""))
        self.detail.setVisible(bool(result.detail))
        self.remedy.setText(words(result.remedy or ""))
        self.remedy_box.setVisible(bool(result.remedy))
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)
        rows = facts_for(result.id, report.facts)
        for label, value in rows:
            value_label = _wrapping_label(value)
            # Preferred (not Ignored) width: the form sizes the row for the text's real
            # width, so a one-line value does not get a row three lines tall.
            policy = value_label.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
            value_label.setSizePolicy(policy)
            value_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value_label.setAccessibleName(label)
            self.facts_form.addRow(label + ":", value_label)
        self.facts_box.setVisible(bool(rows))
        self.setAccessibleName(self.tr("Step: {title}").format(title=result.title))


class ManualPage(VerticalScroll):
    """A question only the user can answer: yes / no / don't know."""

    answered = Signal(str, object)        # check id, True/False/None

    def __init__(self, check_id: str, parent: QWidget | None = None) -> None:
        body = QWidget()
        super().__init__(body, parent)
        self.check_id = check_id
        self.read_only = False
        layout = QVBoxLayout(body)
        self.title = _wrapping_label(manual_question(check_id))
        self.title.setFont(scaled_font(self, 1.35, bold=True))
        self.detail = _wrapping_label()
        self.yes = QRadioButton(self.tr("&Yes"))
        self.no = QRadioButton(self.tr("N&o"))
        self.unknown = QRadioButton(self.tr("&I don't know"))
        self.group = QButtonGroup(self)
        for button, name in ((self.yes, "yes"), (self.no, "no"), (self.unknown, "unknown")):
            button.setAccessibleName(f"{check_id} {name}")
            self.group.addButton(button)
        self.unknown.setChecked(True)
        self.remedy = _wrapping_label()
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        for button in (self.yes, self.no, self.unknown):
            layout.addWidget(button)
        layout.addWidget(self.remedy)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._on_toggled)

    def set_answer(self, answer: bool | None) -> None:
        button = self.unknown if answer is None else (self.yes if answer else self.no)
        button.setChecked(True)

    def answer(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def show_result(self, result: CheckResult | None, report: Report | None = None) -> None:
        self.detail.setText(result.detail if result else "")
        self.detail.setVisible(bool(result and result.detail))
        remedy = result.remedy or "" if result else ""
        self.remedy.setText(remedy if self.read_only else in_app_text(remedy, [], report))
        self.remedy.setVisible(bool(result and result.remedy))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for button in (self.yes, self.no, self.unknown):
            button.setEnabled(not read_only)

    @Slot(object, bool)
    def _on_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self.answered.emit(self.check_id, self.answer())


class ContactPage(VerticalScroll):
    """What to tell the operator and how to reach them, a copy button, the support bundle,
    and the user's own words."""

    support_changed = Signal()
    bundle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        body = QWidget()
        super().__init__(body, parent)
        layout = QVBoxLayout(body)
        title = _wrapping_label(self.tr("Contact your operator"))
        title.setFont(scaled_font(self, 1.35, bold=True))
        intro = _wrapping_label(self.tr(
            "If the cause is on the operator's side (card barred, suspended, not activated, "
            "plan expired), call them and give them these details."))
        # The operator's hotline and website, when simtool knows them; a link opens.
        self.reach = QLabel()
        self.reach.setWordWrap(True)
        self.reach.setTextFormat(Qt.TextFormat.RichText)
        self.reach.setOpenExternalLinks(True)
        self.reach.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        policy = self.reach.sizePolicy()   # keeps height-for-width of word wrap
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.reach.setSizePolicy(policy)
        self.reach.setAccessibleName(self.tr("How to reach your operator"))
        self.reach.hide()
        self.brief = QPlainTextEdit()
        self.brief.setReadOnly(True)
        self.brief.setAccessibleName(self.tr("What to tell the operator"))
        self.brief.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.copy_button = QPushButton(self.tr("C&opy to clipboard"))
        self.copy_button.setAccessibleName(self.tr("Copy the details to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.bundle_button = QPushButton(self.tr("Save a s&upport bundle…"))
        self.bundle_button.setAccessibleName(self.tr("Save a support bundle"))
        self.bundle_button.setToolTip(self.tr(
            "One zip for your operator or a support desk: the report (PDF and JSON), the AT "
            "transcript, the signal history and the AT console's log."))
        self.bundle_button.clicked.connect(self.bundle_requested)
        self.bundle_button.setMinimumWidth(1)
        # A heading that wraps (a group box title would not) and each label above its
        # field: at 150 % on a small screen the page may be 240 px wide, and a field beside
        # a long label would shrink to nothing.
        form_box = QFrame()
        form_box.setFrameShape(QFrame.Shape.StyledPanel)
        form = QVBoxLayout(form_box)
        heading = _wrapping_label(self.tr("In your own words (goes into the report)"))
        heading.setFont(scaled_font(self, 1.0, bold=True))
        form.addWidget(heading)
        readable = self.fontMetrics().averageCharWidth() * 14
        self.symptom = QLineEdit()
        self.symptom.setPlaceholderText(self.tr("e.g. no internet since this morning"))
        self.symptom.setAccessibleName(self.tr("Symptom"))
        self.last_worked = QLineEdit()
        self.last_worked.setPlaceholderText(self.tr("e.g. yesterday evening"))
        self.last_worked.setAccessibleName(self.tr("When it last worked"))
        self.device_changed = QComboBox()
        self.device_changed.addItem(self.tr("Not sure"), None)
        self.device_changed.addItem(self.tr("Yes"), True)
        self.device_changed.addItem(self.tr("No"), False)
        self.device_changed.setAccessibleName(self.tr("Device or card changed"))
        self.device_changed.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for text, field in ((self.tr("&Symptom:"), self.symptom),
                            (self.tr("Last wor&ked:"), self.last_worked),
                            (self.tr("Dev&ice or card changed:"), self.device_changed)):
            field.setMinimumWidth(readable)
            label = _wrapping_label(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setBuddy(field)
            form.addWidget(label)
            form.addWidget(field)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.reach)
        layout.addWidget(self.brief, 1)
        row = FlowLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.bundle_button)
        layout.addLayout(row)
        layout.addWidget(form_box)
        self.symptom.textChanged.connect(self._changed)
        self.last_worked.textChanged.connect(self._changed)
        self.device_changed.currentIndexChanged.connect(self._changed)

    def show_report(self, report: Report) -> None:
        cause = report.verdict.summary if report.verdict.status != "ok" else None
        lines = [f"{label}: {value}" for label, value in operator_brief(report.facts, cause)]
        self.brief.setPlainText("\n".join(lines))
        self._show_reach(report)
        for widget in (self.symptom, self.last_worked, self.device_changed):
            widget.blockSignals(True)
        self.symptom.setText(report.support.symptom or "")
        self.last_worked.setText(report.support.last_worked or "")
        index = self.device_changed.findData(report.support.device_changed)
        self.device_changed.setCurrentIndex(max(index, 0))
        for widget in (self.symptom, self.last_worked, self.device_changed):
            widget.blockSignals(False)

    def _show_reach(self, report: Report) -> None:
        from html import escape

        from simtool.providers.contacts import contact_for_imsi

        contact = contact_for_imsi(report.facts.sim.imsi)
        if contact is None:
            self.reach.hide()
            return
        parts = [escape(contact.name)]
        if contact.hotline:
            hotline = escape(contact.hotline)
            if contact.note:
                hotline += f" ({escape(contact.note)})"
            parts.append(self.tr("hotline {number}").format(number=f"<b>{hotline}</b>"))
        if contact.website:
            url = QUrl(contact.website).toString()
            parts.append(f'<a href="{escape(url, quote=True)}">{escape(url)}</a>')
        self.reach.setText(self.tr("Your operator: {how}").format(how=", ".join(parts)))
        self.reach.show()

    def support(self, host_os: str | None) -> SupportInfo:
        return SupportInfo(symptom=self.symptom.text().strip() or None,
                           last_worked=self.last_worked.text().strip() or None,
                           device_changed=self.device_changed.currentData(),
                           host_os=host_os)

    def text_to_copy(self) -> str:
        extra = [
            f"{self.tr('Symptom')}: {self.symptom.text().strip() or '-'}",
            f"{self.tr('Last worked')}: {self.last_worked.text().strip() or '-'}",
            f"{self.tr('Device or card changed')}: {self.device_changed.currentText()}",
        ]
        return self.brief.toPlainText() + "\n" + "\n".join(extra)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.symptom, self.last_worked):
            widget.setReadOnly(read_only)
        self.device_changed.setEnabled(not read_only)

    @Slot()
    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text_to_copy())

    @Slot()
    def _changed(self) -> None:
        self.support_changed.emit()


def _check_titles() -> dict[str, str]:
    from simtool.diagnosis.checklist import TITLES

    return {check_id: QCoreApplication.translate("Checks", TITLES[check_id])
            for check_id in TITLES}


class WizardView(QWidget):
    """The wizard. Feed it reports with `show_report`; it emits what the user asks for."""

    check_again = Signal()
    fix_requested = Signal(str)               # fix name (fixes.fixes_for)
    manual_answers_changed = Signal(object)   # dict[str, bool | None]
    support_changed = Signal()
    bundle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.read_only = False
        self.stale = False
        self.manual_answers: dict[str, bool | None] = {}
        self.verdict_id: str | None = None

        self.summary = _wrapping_label(self.tr("Choose the modem's port above and press "
                                               "Check."))
        self.summary.setFont(scaled_font(self, 1.2, bold=True))
        self.summary.setAutoFillBackground(True)
        self.summary.setContentsMargins(10, 8, 10, 8)
        self.summary.setAccessibleName(self.tr("Verdict"))
        # Room for two lines from the start, so "Checking…" and a two-line verdict do not
        # resize (and re-lay out) the whole wizard at every check.
        self.summary.setMinimumHeight(2 * self.summary.fontMetrics().lineSpacing() + 16)
        # One line, always there: showing, hiding or re-wrapping it would re-layout the whole
        # wizard on every progress message while a check runs (measured: ~10 ms stalls).
        self.progress_label = QLabel()
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.progress_label.setFixedHeight(self.fontMetrics().height() + 4)
        self.progress_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                          QSizePolicy.Policy.Fixed)
        self.notice = _wrapping_label()       # the outcome of the last fix, until the next one
        self.notice.setAccessibleName(self.tr("Result of the last fix"))
        self.notice.setAutoFillBackground(True)
        self.notice.setContentsMargins(10, 4, 10, 4)
        self.notice.hide()

        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Checklist steps"))
        self.steps.setMinimumWidth(self.fontMetrics().averageCharWidth() * 18)
        self.steps.setWordWrap(True)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.welcome = _wrapping_label(self.tr(
            "simtool walks through what a support engineer would check, in order: the port, "
            "the radio, the SIM card and its PIN, the signal, the registration with the "
            "network, the APN and the data session.\n\nThe first check that fails is the "
            "cause; its page says what to do. Nothing on the modem is changed unless you ask."))
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.welcome.setContentsMargins(12, 12, 12, 12)
        self.welcome_page = VerticalScroll(self.welcome)
        self.pages.addWidget(self.welcome_page)
        self.step_page = StepPage()
        self.step_page.fix_clicked.connect(self._on_fix_clicked)
        self.pages.addWidget(self.step_page)
        self.manual_pages: dict[str, ManualPage] = {}
        for check_id in MANUAL_IDS:
            page = ManualPage(check_id)
            page.answered.connect(self._on_manual_answer)
            self.manual_pages[check_id] = page
            self.pages.addWidget(page)
        self.contact_page = ContactPage()
        self.contact_page.support_changed.connect(self.support_changed)
        self.contact_page.bundle_requested.connect(self.bundle_requested)
        self.pages.addWidget(self.contact_page)

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        # F5 (Modem menu) is its key: no accelerator letter to spend here.
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.setAccessibleName(self.tr("Check again"))
        self.again_button.setToolTip(self.tr("Run the checklist again (F5)"))
        self.again_button.setEnabled(False)       # nothing to check again yet
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.again_button.clicked.connect(self.check_again)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.steps)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([270, 520])
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.steps.currentRowChanged.connect(self._on_step_selected)
        self.setTabOrder(self.steps, self.pages)
        self._set_summary_colour("skip")
        self.show_outline()

    # -- feeding -----------------------------------------------------------------------
    def show_outline(self) -> None:
        """Before any check: the steps simtool will go through, none judged yet."""
        self.steps.blockSignals(True)
        self.steps.clear()
        titles = _check_titles()
        for check_id in CHECK_IDS:
            self._add_step(check_id, titles[check_id], "waiting")
        for check_id in MANUAL_IDS:
            self._add_step(check_id, manual_question(check_id), "waiting")
        self._add_step(CONTACT_ID, self.tr("Contact your operator"), "waiting", mark="\u260e")
        self.steps.blockSignals(False)
        self.steps.setCurrentRow(-1)
        self.pages.setCurrentWidget(self.welcome_page)
        self._update_buttons()

    def show_report(self, report: Report, *, read_only: bool = False,
                    keep_place: bool = False) -> None:
        """Show `report`; land on the verdict, or stay on the current step (`keep_place`,
        used after a manual answer re-judged the same facts)."""
        previous = self._current_id()
        self.report = report
        self.read_only = read_only
        self.stale = False
        self.verdict_id = report.verdict.check if report.verdict.status == "problem" else None
        self.steps.setEnabled(True)
        self.pages.setEnabled(True)
        self.steps.blockSignals(True)
        self.steps.clear()
        by_id = {c.id: c for c in report.checks}
        for result in report.checks:
            self._add_step(result.id, result.title, result.status)
        for check_id in MANUAL_IDS:
            page = self.manual_pages[check_id]
            page.blockSignals(True)
            page.set_answer(self.manual_answers.get(check_id))
            page.blockSignals(False)
            page.set_read_only(read_only)
            page.show_result(by_id.get(check_id), report)
            if check_id not in by_id:
                self._add_step(check_id, manual_question(check_id), "manual")
        self._add_step(CONTACT_ID, self.tr("Contact your operator"), "pending", mark="\u260e")
        self.steps.blockSignals(False)
        self.contact_page.show_report(report)
        self.contact_page.set_read_only(read_only)
        self.again_button.setEnabled(not read_only)
        self._show_summary(report)
        if keep_place and previous is not None and self._row_of(previous) >= 0:
            target = previous
        else:
            target = self.verdict_id or (report.checks[0].id if report.checks else CONTACT_ID)
        self.select_step(target)

    def show_progress(self, message: str) -> None:
        self.progress_label.setText(message)

    def clear(self) -> None:
        """Forget the shown report (another modem is being checked): back to the outline."""
        self.report = None
        self.verdict_id = None
        self.stale = False
        self.notice.hide()
        self.again_button.setEnabled(False)
        self.show_outline()

    def set_checking(self, checking: bool, message: str = "") -> None:
        """While a check runs the last result is stale: say so and grey it out."""
        if checking:
            self.show_message(message, "skip")
        self.steps.setEnabled(not checking)
        self.pages.setEnabled(not checking)

    def set_stale(self, message: str) -> None:
        """The result shown is about another port than the one chosen now: say so in the
        verdict's place and grey the steps, until a check of the new port replaces them."""
        self.stale = True
        self.show_message(message, "skip")
        self.steps.setEnabled(False)
        self.pages.setEnabled(False)

    def unset_stale(self) -> None:
        """The port chosen is the one the result is about again."""
        if not self.stale:
            return
        self.stale = False
        self.steps.setEnabled(True)
        self.pages.setEnabled(True)
        if self.report is not None:
            self._show_summary(self.report)

    def refresh_summary(self) -> None:
        """Show the verdict of the report on screen again (after a fix's progress text)."""
        if self.report is not None and not self.stale:
            self._show_summary(self.report)

    def show_notice(self, text: str, status: str) -> None:
        self.notice.setText(text)
        palette = self.notice.palette()
        palette.setColor(self.notice.backgroundRole(), tint(status, 40))
        self.notice.setPalette(palette)
        self.notice.setVisible(bool(text))

    def hide_progress(self) -> None:
        self.progress_label.clear()

    def show_message(self, text: str, status: str = "skip") -> None:
        self.summary.setText(text)
        self._set_summary_colour(status)

    # -- navigation --------------------------------------------------------------------
    def select_step(self, check_id: str) -> None:
        row = self._row_of(check_id)
        if row >= 0:
            self.steps.setCurrentRow(row)
            self._on_step_selected(row)

    def current_page(self) -> QWidget | None:
        return self.pages.currentWidget()

    @Slot()
    def go_back(self) -> None:
        self.steps.setCurrentRow(max(self.steps.currentRow() - 1, 0))

    @Slot()
    def go_next(self) -> None:
        self.steps.setCurrentRow(min(self.steps.currentRow() + 1, self.steps.count() - 1))

    def step_ids(self) -> list[str]:
        return [str(self.steps.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.steps.count())]

    def step_item(self, check_id: str) -> QListWidgetItem | None:
        row = self._row_of(check_id)
        return self.steps.item(row) if row >= 0 else None

    # -- internals ---------------------------------------------------------------------
    def _add_step(self, check_id: str, title: str, status: str, mark: str | None = None) -> None:
        symbol = mark or STATUS_MARKS.get(status, "\u25cb" if status == "waiting" else "")
        text = f"{symbol}  {title}"
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, check_id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     f"{title}: {status_word(status)}")
        if status not in ("pending", "waiting"):
            item.setForeground(QBrush(status_colour(status, self)))
        if check_id == self.verdict_id and status != "waiting":
            font = scaled_font(self, 1.0, bold=True)
            item.setFont(font)
            item.setBackground(QBrush(tint("fail", 56)))
            item.setText(text + "  \u2190 " + self.tr("cause"))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{title}: {status_word(status)}, {self.tr('the cause')}")
        self.steps.addItem(item)

    def _row_of(self, check_id: str) -> int:
        for i in range(self.steps.count()):
            if self.steps.item(i).data(Qt.ItemDataRole.UserRole) == check_id:
                return i
        return -1

    def _current_id(self) -> str | None:
        item = self.steps.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @Slot(int)
    def _on_step_selected(self, row: int) -> None:
        self._update_buttons()
        if row < 0 or self.report is None:
            if row >= 0:
                self.pages.setCurrentWidget(self.welcome_page)
            return
        check_id = str(self.steps.item(row).data(Qt.ItemDataRole.UserRole))
        if check_id == CONTACT_ID:
            self.pages.setCurrentWidget(self.contact_page)
            return
        result = next((c for c in self.report.checks if c.id == check_id), None)
        if check_id in self.manual_pages:
            self.pages.setCurrentWidget(self.manual_pages[check_id])
            return
        if result is not None:
            self.step_page.show_result(result, self.report, check_id == self.verdict_id,
                                       self.read_only)
            self.pages.setCurrentWidget(self.step_page)

    def _update_buttons(self) -> None:
        row = self.steps.currentRow()
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < self.steps.count() - 1)

    def _show_summary(self, report: Report) -> None:
        verdict = report.verdict
        if verdict.status == "ok" and report.facts.packet.last_error.before_change:
            # "No problem found" would claim more than was tried: the modem has not tried
            # a data session since the user's change.
            self.summary.setText(self.tr(
                "? Not tested since your change: the modem has not tried a data session "
                "since. Restart the modem or test the connection to see whether data works "
                "now."))
            self._set_summary_colour("warn")
            return
        if verdict.status == "ok":
            text, status = self.tr("\u2714 No problem found. {summary}"), "pass"
        elif verdict.status == "problem":
            text, status = self.tr("\u2716 {summary}"), "fail"
        else:
            text, status = self.tr("? Not sure yet: {summary}"), "warn"
        summary = verdict.summary if self.read_only else in_app_text(verdict.summary, [], report)
        text = text.format(summary=summary)
        if self.read_only:
            text = self.tr("Saved report of {created} (read-only). ").format(
                created=local_time(report.created)) + text
        self.summary.setText(text)
        self._set_summary_colour(status)

    def _set_summary_colour(self, status: str) -> None:
        palette = self.summary.palette()
        palette.setColor(self.summary.backgroundRole(), tint(status, 50))
        self.summary.setPalette(palette)

    @Slot(str)
    def _on_fix_clicked(self, fix: str) -> None:
        if self.report is not None:
            self.fix_requested.emit(fix)

    @Slot(str, object)
    def _on_manual_answer(self, check_id: str, answer: object) -> None:
        self.manual_answers[check_id] = answer if isinstance(answer, bool) else None
        self.manual_answers_changed.emit(dict(self.manual_answers))


def local_time(iso_utc: str | None) -> str:
    """'2026-11-20T01:30:00Z' as this computer's local time, '2026-11-20 09:30'."""
    from datetime import datetime

    if not iso_utc:
        return ""
    try:
        moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
