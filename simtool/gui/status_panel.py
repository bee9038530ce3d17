"""The status panel: modem, SIM, operator, registration, APN, and signal as numbers and bars."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from simtool.diagnosis.labels import state_label
from simtool.facts import Facts
from simtool.gui.facts_view import show
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


class StatusPanel(QWidget):
    """Read-only summary of the last facts; updated by checks and by signal samples."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        sections = (
            (self.tr("Modem"), (("modem", self.tr("Model")), ("firmware", self.tr("Firmware")),
                                ("imei", self.tr("IMEI")), ("via", self.tr("Read")))),
            (self.tr("SIM"), (("sim", self.tr("State")), ("iccid", self.tr("ICCID")),
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
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                value.setAccessibleName(label)
                value.setWordWrap(True)
                self.labels[key] = value
                form.addRow(label + ":", value)
            if title == self.tr("Signal"):
                form.addRow(self.tr("Bars:"), self.bars)
            layout.addWidget(box)
        layout.addStretch(1)

    def clear(self) -> None:
        for label in self.labels.values():
            label.setText(show(None))
        self.bars.set_bars(None)

    def value(self, key: str) -> str:
        return self.labels[key].text()

    def show_facts(self, facts: Facts) -> None:
        m, sim = facts.modem, facts.sim
        model = " ".join(x for x in (m.manufacturer, m.model) if x) or None
        self._set("modem", show(model))
        self._set("firmware", show(m.revision))
        self._set("imei", show(m.imei))
        self._set("via", self.tr("via ModemManager") if facts.port.via == "modemmanager"
                  else self.tr("over the AT port") if facts.port.via else show(None))
        self._set("sim", show(state_label(sim.state)))
        self._set("iccid", show(sim.iccid))
        self._set("imsi", show(sim.imsi))
        self._set("msisdn", show(sim.msisdn))
        self._set("apn", show(facts.apn.configured))
        self.show_sample(sample_from_facts(facts, 0.0))

    def show_sample(self, sample: SignalSample) -> None:
        self._set("operator", show(sample.operator))
        self._set("registration", show(state_label(sample.registration)))
        self._set("rat", show(sample.rat))
        level = f"{sample.metric} {show(sample.value, 'dBm')}" if sample.metric else show(None)
        self._set("metric", level)
        self._set("rsrq", show(sample.rsrq_db, "dB"))
        self._set("sinr", show(sample.sinr_db, "dB"))
        self._set("quality", show(state_label(sample.quality)))
        self.bars.set_bars(QUALITY_BARS.get(sample.quality or ""))

    def _set(self, key: str, text: str) -> None:
        self.labels[key].setText(text)
