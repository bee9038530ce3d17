"""Signal history: a live graph of the metric that matters, registration changes marked.

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
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from simtool.fileio import write_atomic
from simtool.gui.sampling import SignalSample
from simtool.gui.style import STATUS_COLOURS

MAX_SAMPLES = 2880            # 4 hours at one sample every 5 s
DBM_TOP, DBM_BOTTOM = -40.0, -130.0

CSV_COLUMNS = ("time_utc", "rat", "metric", "value_dbm", "rssi_dbm", "rsrp_dbm", "rsrq_db",
               "sinr_db", "rscp_dbm", "quality", "registration", "operator",
               "signal_percent")


def samples_to_csv(samples: list[SignalSample]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in samples:
        when = datetime.fromtimestamp(s.t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        row = (when, s.rat, s.metric, s.value, s.rssi_dbm, s.rsrp_dbm, s.rsrq_db, s.sinr_db,
               s.rscp_dbm, s.quality, s.registration, s.operator, s.percent)
        writer.writerow("" if v is None else v for v in row)
    return out.getvalue()


class SignalGraph(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samples: deque[SignalSample] = deque(maxlen=MAX_SAMPLES)
        self.setMinimumSize(320, 180)
        self.setAccessibleName(self.tr("Signal history graph"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 320)

    def add(self, sample: SignalSample) -> None:
        self.samples.append(sample)
        if sample.metric and sample.value is not None:
            self.setAccessibleDescription(self.tr("Latest: {metric} {value} dBm").format(
                metric=sample.metric, value=f"{sample.value:g}"))
        elif sample.percent is not None:
            self.setAccessibleDescription(self.tr("Latest: signal quality {percent}% "
                                                  "(ModemManager; no dBm)").format(
                percent=sample.percent))
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

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = palette.color(QPalette.ColorRole.Mid)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("-130 dBm") + 10
        top, right, bottom = metrics.height(), 10, metrics.height() * 2 + 4
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

        # Registration changes: a dashed line and the new state's name. Names that would
        # overlap the previous one go one line lower (changes can come seconds apart).
        marker = palette.color(QPalette.ColorRole.Highlight)
        row_ends = [float("-inf"), float("-inf")]
        for s in self.registration_changes():
            x = x_of(s.t)
            painter.setPen(QPen(marker, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            name = s.registration or self.tr("unknown")
            row = 0 if x > row_ends[0] else 1
            if x <= row_ends[row]:
                continue          # no room for the name; the dashed line still marks it
            painter.setPen(text)
            painter.drawText(QPointF(x + 3, plot.bottom() + metrics.ascent() + 2
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
        if last.metric and last.value is not None:
            painter.setPen(text)
            label = f"{last.metric} {last.value:g} dBm ({last.rat or '?'})"
            painter.drawText(QRectF(plot.left(), 0, plot.width(), top),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        elif last.percent is not None:
            # Through ModemManager there is a signal quality percentage, no dBm (unless
            # someone set up its Signal interface): no curve to draw, and the graph says so.
            painter.setPen(text)
            sentence = self.tr("Signal in dBm is not available through ModemManager: it gives "
                               "its signal quality only, now {percent}%.").format(
                percent=last.percent)
            if any(s.value is not None for s in samples):     # the check's reading: a dot
                painter.drawText(QRectF(plot.left(), 0, plot.width(), top),
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                                 sentence)
            else:
                painter.drawText(plot.adjusted(12, 12, -12, -12),
                                 Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                                 sentence)
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), bottom),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                         self.tr("last {minutes:.0f} min").format(minutes=span / 60))
        painter.end()


class SignalHistoryView(QWidget):
    """The graph with its caption and the CSV export button."""

    exported = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph = SignalGraph()
        self.caption = QLabel(self.tr("Signal is read every 5 seconds while the window is open. "
                                      "Dashed lines mark registration changes."))
        self.caption.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport CSV…"))
        self.export_button.setAccessibleName(self.tr("Export the signal history as CSV"))
        self.export_button.clicked.connect(self.ask_export)
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.graph, 1)
        layout.addLayout(row)

    @Slot(object)
    def add_sample(self, sample: SignalSample) -> None:
        self.graph.add(sample)

    def export_csv(self, path: str | Path) -> None:
        write_atomic(path, samples_to_csv(list(self.graph.samples)))
        self.exported.emit(str(path))

    @Slot()
    def ask_export(self) -> None:
        from simtool.gui.dialogs import ask_save_path

        path = ask_save_path(self, self.tr("Export signal history"), "signal-history.csv",
                             self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)
