"""Loss panel: train and test loss against iteration, with the least-squares floor."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine import StepRecord
from .. import theme
from ..context import RunContext
from ..sticky_range import StickyRange

__all__ = ["LossPanel", "positive"]

_TINY = np.finfo(float).tiny


def positive(values: np.ndarray) -> np.ndarray:
    """Values safe for a log axis: exact zeros become the smallest positive float."""
    return np.maximum(values, _TINY)


class LossPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = theme.log_plot_widget()
        self.plot = self.plot_widget.getPlotItem()
        self.log_scale = QCheckBox("log scale")
        self.log_scale.setChecked(True)
        self.readout = QLabel()
        self.readout.setStyleSheet("color: #444")
        row = QHBoxLayout()
        row.addWidget(self.log_scale)
        row.addStretch(1)
        row.addWidget(self.readout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.plot_widget, 1)

        theme.style_plot(self.plot, "Loss (MSE)", "iteration", "loss")
        self.legend = theme.legend(self.plot, offset=(-8, 8))
        self.train = theme.long_curve(self.plot, theme.TRAIN, "train")
        self.test = theme.long_curve(self.plot, theme.TEST, "test")
        floor_pen = theme.pen(theme.OPTIMUM, 1.5, dashed=True)
        self.floor = pg.InfiniteLine(angle=0, pen=floor_pen)
        self.plot.addItem(self.floor)
        # A legend sample must be a data item: an InfiniteLine there crashes Qt.
        self._floor_sample = pg.PlotDataItem(pen=floor_pen)
        self.legend.addItem(self._floor_sample, "least squares (train)")
        self.now = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(theme.TRAIN), pen=pg.mkPen("w"))
        self.hover = pg.ScatterPlotItem(size=11, brush=None, pen=pg.mkPen(theme.FOREGROUND, width=1.5))
        self.plot.addItem(self.now)
        self.plot.addItem(self.hover)

        self.plot.disableAutoRange()
        self._x_high = 0.0
        self._y_range = StickyRange(margin=0.08, shrink_below=0.3)
        self.context: RunContext | None = None
        self._count = 0
        self.log_scale.toggled.connect(self._on_log_change)
        self._on_log_change(True)
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse)

    def set_run(self, context: RunContext) -> None:
        self.context = context
        self._count = 0
        self._x_high = 0.0
        self._y_range.reset()
        self.floor.setValue(self._y(context.loss.loss_star))
        self.test.setVisible(context.test.n_samples > 0)
        self.hover.setData([], [])
        self.readout.setText("")

    def update(self, record: StepRecord) -> None:  # noqa: D102 - the panel's one drawing entry
        history = self.context.history
        n = history.index_of(record.iteration) + 1
        self._count = n
        x = history.iterations[:n]
        train = positive(history.loss_train[:n])
        self.train.setData(x, train)
        curves = [train, [self.context.loss.loss_star]]
        if self.context.test.n_samples:
            test = positive(history.loss_test[:n])
            self.test.setData(x, test)
            curves.append(test)
        self.now.setData([record.iteration], [self._y(record.loss_train)])
        self._fit_view(record.iteration, min(np.min(c) for c in curves), max(np.max(c) for c in curves))

    def _fit_view(self, iteration: int, low: float, high: float) -> None:
        """Grow the x axis by half when the run reaches its end; keep y steady (see StickyRange)."""
        if iteration > self._x_high or iteration < self._x_high / 4:
            self._x_high = max(10.0, 1.5 * iteration)
            self.plot.setXRange(0, self._x_high, padding=0.02)
        y_range = self._y_range.fit(self._y(low), self._y(high))
        if y_range is not None:
            self.plot.setYRange(*y_range, padding=0)

    def _y(self, value: float) -> float:
        """Where a loss value sits on the axis (pyqtgraph plots log10 in log mode)."""
        value = max(value, _TINY)
        return float(np.log10(value)) if self.log_scale.isChecked() else value

    def _on_log_change(self, on: bool) -> None:
        self.plot.setLogMode(y=on)
        self._y_range.reset()
        self.plot.setLabel("left", "loss (log scale)" if on else "loss")
        if self.context is not None:
            self.floor.setValue(self._y(self.context.loss.loss_star))
            if self._count:
                self.update(self.context.history.record(self._count - 1))

    def _on_mouse(self, event) -> None:
        position = event[0]
        if self.context is None or not self._count or not self.plot.sceneBoundingRect().contains(position):
            return
        x = self.plot.vb.mapSceneToView(position).x()
        iterations = self.context.history.iterations[: self._count]
        i = int(np.clip(np.searchsorted(iterations, x), 1, len(iterations) - 1)) if len(iterations) > 1 else 0
        if i and abs(iterations[i - 1] - x) < abs(iterations[i] - x):
            i -= 1
        record = self.context.history.record(i)
        test = "" if np.isnan(record.loss_test) else f", test {record.loss_test:.6g}"
        self.readout.setText(f"it {record.iteration}: train {record.loss_train:.6g}{test}")
        self.hover.setData([record.iteration], [self._y(record.loss_train)])
