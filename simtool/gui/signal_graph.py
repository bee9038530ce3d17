"""Signal history: a live graph of the metric that matters, registration changes marked,
one line per modem (the one checked last is shown; the others stay a choice away), with a
time axis in local time.

Drawn with QPainter (QtCharts is not in PySide6-Essentials). Samples arrive from the worker's
polling; the graph only paints what it is given. Export writes CSV atomically.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from simtool.diagnosis.labels import state_label
from simtool.fileio import write_atomic
from simtool.gui.sampling import SignalSample
from simtool.gui.style import STATUS_COLOURS

MAX_SAMPLES = 2880            # 4 hours at one sample every 5 s
DBM_TOP, DBM_BOTTOM = -40.0, -130.0
# Time-axis steps in seconds; the first that leaves room for the labels is used.
TICK_STEPS = (10, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200)

CSV_COLUMNS = ("time_utc", "rat", "metric", "value_dbm", "rssi_dbm", "rsrp_dbm", "rsrq_db",
               "sinr_db", "rscp_dbm", "quality", "registration", "operator",
               "modem")       # added: which modem (port and card) the sample is of


def samples_to_csv(samples: list[SignalSample]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in samples:
        when = datetime.fromtimestamp(s.t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        row = (when, s.rat, s.metric, s.value, s.rssi_dbm, s.rsrp_dbm, s.rsrq_db, s.sinr_db,
               s.rscp_dbm, s.quality, s.registration, s.operator, s.modem)
        writer.writerow("" if v is None else v for v in row)
    return out.getvalue()


def time_ticks(t0: float, t1: float, width: float, label_width: float) -> list[float]:
    """Round times between t0 and t1 for axis labels that do not overlap."""
    span = max(t1 - t0, 1.0)
    for step in TICK_STEPS:
        if width * step / span >= label_width * 1.5:
            break
    first = (int(t0) // step + 1) * step
    return [float(t) for t in range(first, int(t1) + 1, step)]


class SignalGraph(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: dict[str | None, deque[SignalSample]] = {}
        self.current: str | None = None
        self.setMinimumSize(240, 150)
        self.setAccessibleName(self.tr("Signal history graph"))

    @property
    def samples(self) -> deque[SignalSample]:
        """The samples of the modem shown."""
        return self.series.setdefault(self.current, deque(maxlen=MAX_SAMPLES))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 320)

    def add(self, sample: SignalSample) -> None:
        self.series.setdefault(sample.modem, deque(maxlen=MAX_SAMPLES)).append(sample)
        if sample.modem != self.current:
            return
        if sample.metric and sample.value is not None:
            self.setAccessibleDescription(self.tr("Latest: {metric} {value} dBm").format(
                metric=sample.metric, value=f"{sample.value:g}"))
        self.update()

    def show_modem(self, modem: str | None) -> None:
        self.current = modem
        self.update()

    def registration_changes(self) -> list[SignalSample]:
        """Samples whose registration differs from the one before (first one included)."""
        changes: list[SignalSample] = []
        previous: str | None = None
        for s in self.samples:
            if s.registration != previous:
                changes.append(s)
                previous = s.registration
        return changes

    def registration_marks(self) -> list[tuple[float, str]]:
        """(time, the new state in the reader's words) for each registration change."""
        return [(s.t, state_label(s.registration) or self.tr("unknown"))
                for s in self.registration_changes()]

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("-130 dBm") + 10
        # Below the plot: the time axis, then two rows of registration names.
        top, right, bottom = metrics.height(), 10, metrics.height() * 3 + 6
        plot = QRectF(left, top, max(self.width() - left - right, 10),
                      max(self.height() - top - bottom, 10))

        def y_of(dbm: float) -> float:
            clamped = min(max(dbm, DBM_BOTTOM), DBM_TOP)
            return plot.top() + (DBM_TOP - clamped) / (DBM_TOP - DBM_BOTTOM) * plot.height()

        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        for dbm in range(int(DBM_TOP), int(DBM_BOTTOM) - 1, -10):
            y = y_of(dbm)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             f"{dbm} dBm" if dbm == int(DBM_TOP) else str(dbm))
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        painter.setPen(QPen(grid, 1))
        painter.drawRect(plot)

        samples = list(self.samples)
        if not samples:
            painter.setPen(text)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Waiting for signal readings…"))
            painter.end()
            return
        t0, t1 = samples[0].t, samples[-1].t
        span = max(t1 - t0, 60.0)

        def x_of(t: float) -> float:
            return plot.left() + (t - t0) / span * plot.width()

        # Time axis: local clock times at round steps.
        label_width = metrics.horizontalAdvance("00:00:00")
        for tick in time_ticks(t0, t0 + span, plot.width(), label_width):
            x = x_of(tick)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            painter.setPen(text)
            stamp = datetime.fromtimestamp(tick).strftime("%H:%M" if span >= 600 else "%H:%M:%S")
            painter.drawText(QRectF(x - label_width, plot.bottom() + 4, label_width * 2,
                                    metrics.height()), Qt.AlignmentFlag.AlignHCenter, stamp)

        # Registration changes: a dashed line and the new state's name. Names that would
        # overlap the previous one go one line lower (changes can come seconds apart).
        marker = palette.color(QPalette.ColorRole.Highlight)
        names_top = plot.bottom() + 4 + metrics.height()
        row_ends = [float("-inf"), float("-inf")]
        for t, name in self.registration_marks():
            x = x_of(t)
            painter.setPen(QPen(marker, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            row = 0 if x > row_ends[0] else 1
            if x <= row_ends[row]:
                continue          # no room for the name; the dashed line still marks it
            painter.setPen(text)
            painter.drawText(QPointF(x + 3, names_top + metrics.ascent() + 2
                                     + row * metrics.height()), name)
            row_ends[row] = x + 3 + metrics.horizontalAdvance(name) + 6

        path = QPainterPath()
        pen_down = False
        for s in samples:
            if s.value is None:
                pen_down = False
                continue
            point = QPointF(x_of(s.t), y_of(s.value))
            if pen_down:
                path.lineTo(point)
            else:
                path.moveTo(point)
                pen_down = True
        line_colour = STATUS_COLOURS["manual"]
        painter.setPen(QPen(line_colour, 2))
        painter.drawPath(path)
        painter.setBrush(line_colour)
        for s in samples[-60:]:
            if s.value is not None:
                painter.drawEllipse(QPointF(x_of(s.t), y_of(s.value)), 2.5, 2.5)
        last = samples[-1]
        painter.setPen(text)
        if last.metric and last.value is not None:
            label = f"{last.metric} {last.value:g} dBm ({last.rat or '?'})"
            painter.drawText(QRectF(plot.left(), 0, plot.width(), top),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.drawText(QRectF(plot.left(), 0, plot.width(), top),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.tr("last {minutes:.0f} min").format(minutes=span / 60))
        painter.end()


class SignalHistoryView(QWidget):
    """The graph with its caption, the modem chooser and the CSV export button."""

    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph = SignalGraph()
        self.caption = QLabel(self.tr("Signal is read every 5 seconds while the window is open. "
                                      "Dashed lines mark registration changes."))
        self.caption.setWordWrap(True)
        self.modems = QComboBox()
        self.modems.setAccessibleName(self.tr("Modem whose signal is shown"))
        self.modems.hide()                 # only when there is more than one to choose from
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the signal history as CSV"))
        self.export_button.clicked.connect(self.ask_export)
        self.modems.currentIndexChanged.connect(self._on_modem_chosen)
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.modems)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.graph, 1)
        layout.addLayout(row)

    @Slot(object)
    def add_sample(self, sample: SignalSample) -> None:
        if sample.modem not in self.graph.series:
            self.modems.addItem(sample.modem or self.tr("(unnamed)"), sample.modem)
            self.modems.setVisible(self.modems.count() > 1)
        self.graph.add(sample)

    def show_modem(self, modem: str | None) -> None:
        """Show the line of `modem` (the one checked last)."""
        index = self.modems.findData(modem)
        if index >= 0:
            self.modems.setCurrentIndex(index)
        self.graph.show_modem(modem)

    @Slot(int)
    def _on_modem_chosen(self, index: int) -> None:
        if index >= 0:
            self.graph.show_modem(self.modems.itemData(index))

    def export_csv(self, path: str | Path) -> None:
        write_atomic(path, self.csv_text())
        self.exported.emit(str(path))

    def csv_text(self) -> str:
        return samples_to_csv(list(self.graph.samples))

    @Slot()
    def ask_export(self) -> None:
        from simtool.gui.dialogs import ask_save_path

        path = ask_save_path(self, self.tr("Export signal history"), "signal-history.csv",
                             self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)
