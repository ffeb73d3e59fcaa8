"""Gradient panel: ∂C/∂θ per parameter, θ beside θ*, and ‖∇C‖ over the iterations."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...engine import StepRecord
from .. import theme
from ..context import RunContext
from ..items import Bars, Curve, Line, log10_positive
from ..sticky_range import IterationRange, StickyRange
from . import ShowsRun

__all__ = ["GradientPanel"]


def _flatten(theta: np.ndarray) -> np.ndarray:
    """Entries of θ = [W; bᵀ] in the order of RunContext.parameters: column by column, b last."""
    return theta.T.ravel()


class GradientPanel(QWidget, ShowsRun):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_widget = theme.layout_widget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.layout_widget)

        self.grad_plot = self.layout_widget.addPlot(row=0, col=0)
        self.param_plot = self.layout_widget.addPlot(row=0, col=1)
        self.norm_plot = self.layout_widget.addPlot(
            row=1, col=0, colspan=2, axisItems={"left": theme.LogAxis("left")}
        )
        self.layout_widget.ci.layout.setRowStretchFactor(0, 3)
        self.layout_widget.ci.layout.setRowStretchFactor(1, 2)
        theme.style_plot(self.grad_plot, "∂C/∂θ (bars)", "", "")
        theme.style_plot(self.param_plot, "θ now (bars), θ* (|)", "", "")
        theme.style_plot(self.norm_plot, "‖∇C‖", "iteration", "")
        self.param_plot.setYLink(self.grad_plot)
        self.grad_plot.getAxis("left").setStyle(textFillLimits=[(0, 0.9)])  # names may fill 90%
        self.param_plot.getAxis("left").setStyle(showValues=False)
        # Zero lines as plain Qt lines: a vertical InfiniteLine in a GraphicsLayoutWidget
        # crashes PySide6 6.11 at interpreter exit unless the widget is deleted first.
        self.zero_lines = [Line(theme.pen("#777777", 1)) for _ in range(2)]
        for plot, zero in zip((self.grad_plot, self.param_plot), self.zero_lines):
            plot.addItem(zero)
            plot.getViewBox().invertY(True)
        self.norm_plot.setLogMode(y=True)

        self.grad_bars = Bars(theme.MODEL)
        self.param_bars = Bars(theme.TRAIN)
        # θ*: a short upright stroke on each row, as tall as the bars whatever the row count.
        self.optimum = Curve(theme.pen(theme.OPTIMUM, 3), connect="pairs")
        self.grad_plot.addItem(self.grad_bars)
        self.param_plot.addItem(self.param_bars)
        self.param_plot.addItem(self.optimum)
        self.norm = theme.long_curve(self.norm_plot, theme.MODEL)
        self.norm.log_y = True
        for plot in (self.grad_plot, self.param_plot, self.norm_plot):
            plot.disableAutoRange()  # ranges are set explicitly; autorange repaints twice
        self._grad_range = StickyRange(margin=0.15, shrink_below=0.05, symmetric=True)
        self._param_range = StickyRange(margin=0.08, shrink_below=0.1)
        self._norm_range = StickyRange(margin=0.05, shrink_below=0.3, decades=True, lead=0.5)
        self._x_range = IterationRange()
        self.context: RunContext | None = None

    def set_run(self, context: RunContext) -> None:
        self.context = context
        labels = [p.label for p in context.parameters]
        y = np.arange(len(labels))
        self._y = y
        # Every 4th name first, then the other even ones, then the odd ones: pyqtgraph draws
        # a further level only while the names fit, so a short plot names every other row.
        ticks = list(zip(y.tolist(), labels))
        self.grad_plot.getAxis("left").setTicks([ticks[0::4], ticks[2::4], ticks[1::2]])
        star = _flatten(context.theta_star)
        self.optimum.set_data(np.repeat(star, 2), np.stack([y - 0.4, y + 0.4], axis=1).ravel())
        for plot, zero in zip((self.grad_plot, self.param_plot), self.zero_lines):
            plot.setYRange(-0.6, len(labels) - 0.4, padding=0)
            zero.set_ends(0, -1, 0, len(labels))
        start = context.history.record(0)
        self._start_gradient = float(np.abs(start.grad).max())
        self._param_range.reset()
        self._grad_range.reset()
        self._norm_range.reset()
        self._x_range.reset()
        self.norm.clear()

    def show_record(self, record: StepRecord) -> None:
        context, y = self.run, self._y
        gradient = _flatten(record.grad)
        theta = _flatten(record.theta)
        self.grad_bars.set_values(gradient, y)
        self.param_bars.set_values(theta, y)
        # Not below a billionth of the first gradient: past that it is rounding noise.
        largest = max(np.abs(gradient).max(), 1e-9 * self._start_gradient)
        grad_range = self._grad_range.fit(-largest, largest)
        if grad_range is not None:  # bars shrink against a steady axis as the run converges
            self.grad_plot.setXRange(*grad_range, padding=0)
        self._fit_param_range(theta)
        history = context.history
        n = history.index_of(record.iteration) + 1
        self.norm.set_data(history.iterations[:n], history.grad_norm[:n], history.generation)
        norm_low, norm_high = self.norm.y_bounds()
        x_high = self._x_range.fit(record.iteration)
        if x_high is not None:
            self.norm_plot.setXRange(0, x_high, padding=0.02)
        norm_range = self._norm_range.fit(float(log10_positive(norm_low)), float(log10_positive(norm_high)))
        if norm_range is not None:
            self.norm_plot.setYRange(*norm_range, padding=0)

    def _fit_param_range(self, theta: np.ndarray) -> None:
        """Hold θ, θ* and zero on a steady axis (see StickyRange)."""
        star = _flatten(self.run.theta_star)
        low = min(theta.min(), star.min(), 0.0)
        high = max(theta.max(), star.max(), 0.0)
        param_range = self._param_range.fit(low, high)
        if param_range is not None:
            self.param_plot.setXRange(*param_range, padding=0)
