"""The status panel: modem, SIM, operator, registration, APN, and signal as numbers and bars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from simtool.diagnosis.labels import sim_state_label, state_label
from simtool.facts import Facts
from simtool.gui.facts_view import operator_name, show
from simtool.gui.sampling import QUALITY_BARS, SignalSample, sample_from_facts
from simtool.gui.style import STATUS_COLOURS

_QUALITY_STATUS = {4: "pass", 3: "pass", 2: "warn", 1: "fail", 0: "fail"}


class SignalBars(QWidget):
    """Four bars, filled by signal quality; drawn with palette colours plus one status colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Signal bars"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        height = self.fontMetrics().height()
        return QSize(int(height * 2.2), int(height * 1.3))

    def set_bars(self, bars: int | None) -> None:
        self.bars = bars
        self.setAccessibleDescription(
            self.tr("{bars} of 4 bars").format(bars=bars) if bars is not None
            else self.tr("unknown"))
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        gap = w * 0.06
        bar_w = (w - gap * 3) / 4
        empty = self.palette().color(QPalette.ColorRole.Mid)
        filled = STATUS_COLOURS[_QUALITY_STATUS.get(self.bars or 0, "fail")]
        for i in range(4):
            bar_h = h * (i + 1) / 4
            rect = QRectF(i * (bar_w + gap), h - bar_h, bar_w, bar_h)
            on = self.bars is not None and i < self.bars
            painter.fillRect(rect, filled if on else empty)
        painter.end()


class StatusPanel(QScrollArea):
    """Read-only summary of the last facts; updated by checks and by signal samples. Before
    the first check it says so once instead of sixteen "unknown"s; it scrolls down (never
    sideways) when the window is short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)
        self.labels: dict[str, QLabel] = {}
        self.boxes: list[QGroupBox] = []
        self.forms: dict[str, QFormLayout] = {}
        # The modem's spelling of the operator -> the one name the app uses (facts_view).
        self._operator_names: dict[str | None, str | None] = {}
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.tr("The modem's facts appear here after a check."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.placeholder.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.placeholder)
        sections = (
            (self.tr("Modem"), (("modem", self.tr("Model")), ("firmware", self.tr("Firmware")),
                                ("imei", self.tr("IMEI")), ("via", self.tr("Read")))),
            (self.tr("SIM"), (("sim", self.tr("State")), ("iccid", self.tr("ICCID")),
                              ("eid", self.tr("EID")),
                              ("imsi", self.tr("IMSI")), ("msisdn", self.tr("Number")))),
            (self.tr("Network"), (("operator", self.tr("Operator")),
                                  ("registration", self.tr("Registration")),
                                  ("apn", self.tr("APN")))),
            (self.tr("Signal"), (("rat", self.tr("Technology")), ("metric", self.tr("Level")),
                                 ("rsrq", self.tr("RSRQ")), ("sinr", self.tr("SINR")),
                                 ("quality", self.tr("Quality")))),
        )
        self.bars = SignalBars()
        for title, rows in sections:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key, label in rows:
                value = QLabel(show(None))
                policy = value.sizePolicy()   # keeps height-for-width of word wrap
                policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
                value.setSizePolicy(policy)
                value.setMinimumWidth(1)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setAccessibleName(label)
                value.setWordWrap(True)
                self.labels[key] = value
                self.forms[key] = form
                form.addRow(label + ":", value)
            if title == self.tr("Signal"):
                form.addRow(self.tr("Bars:"), self.bars)
            layout.addWidget(box)
            self.boxes.append(box)
        layout.addStretch(1)
        # Wide enough for the longest value that cannot wrap: a 20-digit ICCID.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(
            self.tr("ICCID") + ":  " + "0" * 22) + 4 * layout.spacing() + 48
            + self.verticalScrollBar().sizeHint().width())
        self.clear()

    def has_facts(self) -> bool:
        return self.placeholder.isHidden()

    def clear(self) -> None:
        """No modem checked (or another modem is being checked): say so, once."""
        for label in self.labels.values():
            label.setText(show(None))
        self.forms["eid"].setRowVisible(self.labels["eid"], False)
        self.bars.set_bars(None)
        self._operator_names = {}
        for box in self.boxes:
            box.hide()
        self.placeholder.show()

    def _reveal(self) -> None:
        self.placeholder.hide()
        for box in self.boxes:
            box.show()

    def value(self, key: str) -> str:
        return self.labels[key].text()

    def show_facts(self, facts: Facts) -> None:
        self._reveal()
        self._operator_names = {facts.operator.name: operator_name(facts)}
        m, sim = facts.modem, facts.sim
        model = " ".join(x for x in (m.manufacturer, m.model) if x) or None
        self._set("modem", show(model))
        self._set("firmware", show(m.revision))
        self._set("imei", show(m.imei))
        via = {"modemmanager": self.tr("via ModemManager"),
               "hilink": self.tr("over its web interface (HiLink)"),
               "zte": self.tr("over its web interface (ZTE)")}
        self._set("via", via.get(facts.port.via or "", self.tr("over the AT port"))
                  if facts.port.via else show(None))
        self._set("sim", show(sim_state_label(sim)))
        self._set("iccid", show(sim.iccid))
        # An eSIM's EID is what its provider asks for; a plain SIM has no such row.
        # 32 digits do not fit the panel: groups of 8 wrap, and are easier to read out.
        eid = " ".join(sim.eid[i:i + 8] for i in range(0, len(sim.eid), 8)) if sim.eid else None
        self._set("eid", show(eid))
        self.labels["eid"].setToolTip(sim.eid or "")
        self.forms["eid"].setRowVisible(self.labels["eid"], sim.eid is not None)
        self._set("imsi", show(sim.imsi))
        self._set("msisdn", show(sim.msisdn))
        self._set("apn", show(facts.apn.configured))
        self.show_sample(sample_from_facts(facts, 0.0))

    def show_sample(self, sample: SignalSample) -> None:
        if not self.has_facts():
            return                    # samples of a modem not checked yet wait for its facts
        self._set("operator", show(self._operator_names.get(sample.operator,
                                                             sample.operator)))
        self._set("registration", show(state_label(sample.registration)))
        self._set("rat", show(sample.rat))
        level = f"{sample.metric} {show(sample.value, 'dBm')}" if sample.metric else show(None)
        if not sample.metric and sample.percent is not None:
            # ModemManager's signal quality: a percentage, no dBm.
            level = self.tr("{percent}% (ModemManager)").format(percent=sample.percent)
        self._set("metric", level)
        self._set("rsrq", show(sample.rsrq_db, "dB"))
        self._set("sinr", show(sample.sinr_db, "dB"))
        self._set("quality", show(state_label(sample.quality)))
        self.bars.set_bars(QUALITY_BARS.get(sample.quality or ""))

    def _set(self, key: str, text: str) -> None:
        self.labels[key].setText(text)
