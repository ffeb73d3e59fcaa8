"""Loss panel: train and test loss against iteration, with the losses of the least-squares θ*.

The train loss at θ* is the floor of the train curve. The test curve ends at the test loss
at θ*, which may well lie below the train floor: both are drawn, each in its curve's colour.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine import StepRecord
from ...i18n import QT_TRANSLATE_NOOP, number, translate
from .. import theme
from ..context import RunContext
from ..items import LOG_FLOOR, Curve, Line, Marker, log10_positive
from ..legend_strip import LegendStrip, legend_entry
from ..race import RacerView
from ..race_items import RaceCurves
from ..sticky_range import IterationRange, StickyRange
from . import ShowsRun

__all__ = ["LossPanel"]

TRAIN_LEGEND = QT_TRANSLATE_NOOP("LossPanel", "train")
TEST_LEGEND = QT_TRANSLATE_NOOP("LossPanel", "test")
FLOOR_LEGEND = QT_TRANSLATE_NOOP("LossPanel", "least squares, train loss")
TEST_FLOOR_LEGEND = QT_TRANSLATE_NOOP("LossPanel", "least squares, test loss")
GHOST_LEGEND = QT_TRANSLATE_NOOP("LossPanel", "correct run (ghost)")


class LossPanel(QWidget, ShowsRun):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = theme.plot_widget(log_y=True)
        self.plot = self.plot_widget.getPlotItem()
        self.log_scale = QCheckBox(translate("LossPanel", "log scale"))
        self.log_scale.setChecked(True)
        self.readout = QLabel()
        theme.mute(self.readout)
        row = QHBoxLayout()
        row.addWidget(self.log_scale)
        row.addStretch(1)
        row.addWidget(self.readout)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.plot_widget, 1)
        self.legend_strip = LegendStrip()  # the racers, under the plot: it never covers the curves
        layout.addWidget(self.legend_strip)

        theme.style_plot(
            self.plot,
            translate("LossPanel", "Loss (MSE)"),
            translate("LossPanel", "iteration"),
            translate("LossPanel", "loss"),
        )
        self.legend = theme.legend(self.plot, offset=(-8, 8))
        self.legend_under = LegendStrip()  # where the legend goes when every spot of the view hides a curve
        self.legend.spill_into(self.legend_under)
        layout.addWidget(self.legend_under)
        self.train = theme.long_curve(self.plot, theme.TRAIN)
        self.test = theme.long_curve(self.plot, theme.TEST)
        self.floor = Line(theme.pen(theme.OPTIMUM, 1.5, dashed=True))  # train loss at θ*
        self.test_floor = Line(theme.pen(theme.TEST, 1.5, dashed=True))  # test loss at θ*
        self.plot.addItem(self.floor)
        self.plot.addItem(self.test_floor)
        self._train_sample = theme.line_sample(self.train.pen())
        self._test_sample = theme.line_sample(self.test.pen())
        self._floor_sample = theme.line_sample(self.floor.pen())
        self._test_floor_sample = theme.line_sample(self.test_floor.pen())
        # The correct run, when this one trains with other Functions: its entry shows only then.
        self.ghost = Curve(theme.pen(theme.GHOST, 1.5, dashed=True), thin="columns")
        self.plot.addItem(self.ghost)
        self._ghost_sample = theme.line_sample(self.ghost.pen())
        self._ghost_path: tuple | None = None
        # A race: one training-loss curve per racer (racer 1 is this run's train curve, recoloured).
        self.race_curves = RaceCurves(self.plot)
        self._race: tuple[RacerView, ...] | None = None
        self._race_bounds: tuple[float, float] | None = None
        self._train_pen = self.train.pen()
        self._fill_legend()
        self.now = Marker("o", 9, pg.mkPen("w"), theme.TRAIN)
        self.hover = Marker("o", 11, pg.mkPen(theme.FOREGROUND, width=1.5))
        self.plot.addItem(self.now)
        self.plot.addItem(self.hover)
        self.legend.ignore(self.hover)  # it follows the mouse

        self.plot.disableAutoRange()
        self._x_range = IterationRange()
        self._y_range = StickyRange(margin=0.05, shrink_below=0.3, lead=0.5)
        self.context: RunContext | None = None
        self._count = 0
        self.log_scale.toggled.connect(self._on_log_change)
        self._on_log_change(True)
        self._mouse = pg.SignalProxy(self.plot.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse)

    def set_run(self, context: RunContext) -> None:
        self.context = context
        self._count = 0
        self._x_range.reset()
        self._y_range.reset()
        self._place_floor()
        self.train.clear()
        self.test.clear()
        self.test.setVisible(self._shows_test)
        self.hover.clear()
        self.readout.setText("")
        self.show_ghost(None)
        self.show_race(None)
        self._fill_legend()  # with a test entry or without, as this run's split has
        self.legend.reconsider()

    def show_ghost(self, path: tuple[np.ndarray, np.ndarray, np.ndarray] | None) -> None:
        """The correct run's loss up to the record shown (iterations, θs, losses), or None to hide it."""
        had = self._ghost_path is not None
        self._ghost_path = path
        if had != (path is not None):
            self._fill_legend()
        if path is None:
            self.ghost.clear()
            return
        iterations, _, losses = path
        self.ghost.set_data(iterations, losses)

    def show_race(self, views: tuple[RacerView, ...] | None) -> None:
        """Each racer's training loss up to the record shown, racer 1 (this run) first; None: no race."""
        was = self._race is not None
        self._race = views
        if views is None:
            self.race_curves.show(())
            self._race_bounds = None
            if was:
                self.train.setPen(self._train_pen)
                self.now.setBrush(pg.mkBrush(theme.TRAIN))
                self.test.setVisible(self._shows_test)
                self._place_floor()
                self._fill_legend()  # back to the entries of one run
                self.legend_strip.set_entries([])
            return
        if not was:  # each racer's train loss: the test curve would be one more line to read
            self.test.setVisible(False)
            self._place_floor()
            self._fill_legend()
        colour = views[0].colour
        if self.train.pen().color().name().lower() != colour.lower():
            self.train.setPen(theme.pen(colour, 1.5))
            self.now.setBrush(pg.mkBrush(colour))
        self._race_bounds = self.race_curves.show(views)
        self.legend_strip.set_entries(
            [legend_entry(view.colour, view.label) for view in views]
            + [translate("LossPanel", "(training loss)")]
        )
        if self._race_bounds is not None and self._count and self.context is not None:
            low, high = self.train.y_bounds()
            self._fit_view(int(self.context.history.iterations[self._count - 1]), *self._with_race(low, high))
        self.legend.keep_clear()

    @property
    def _shows_test(self) -> bool:
        """The test curve (and its loss at θ*) show: a test set, and no race."""
        return self.context is not None and self.context.test.n_samples > 0 and self._race is None

    def _legend_entries(self) -> list[tuple]:
        entries = []
        if self._race is None:  # a race names its racers under the plot
            entries.append((self._train_sample, TRAIN_LEGEND))
            if self._shows_test:
                entries.append((self._test_sample, TEST_LEGEND))
        entries.append((self._floor_sample, FLOOR_LEGEND))
        if self._shows_test:
            entries.append((self._test_floor_sample, TEST_FLOOR_LEGEND))
        if self._ghost_path is not None:
            entries.append((self._ghost_sample, GHOST_LEGEND))
        return [(sample, translate("LossPanel", name)) for sample, name in entries]

    def _fill_legend(self) -> None:
        self.legend.clear()
        for sample, name in self._legend_entries():
            theme.add_to_legend(self.legend, sample, name)

    def _with_race(self, low: float, high: float) -> tuple[float, float]:
        if self._race_bounds is None:
            return low, high
        return min(low, self._race_bounds[0]), max(high, self._race_bounds[1])

    def show_record(self, record: StepRecord) -> None:
        history = self.run.history
        n = history.index_of(record.iteration) + 1
        self._count = n
        x = history.iterations[:n]
        self.train.set_data(x, history.loss_train[:n], history.generation)
        low, high = self.train.y_bounds()
        low = min(low, max(self.run.loss.loss_star, LOG_FLOOR * high))
        if self.run.test.n_samples:
            self.test.set_data(x, history.loss_test[:n], history.generation)
            if self._shows_test:
                test_low, test_high = self.test.y_bounds()
                test_star = max(self.run.loss_test_star, LOG_FLOOR * test_high)
                low, high = min(low, test_low, test_star), max(high, test_high)
        self.now.set_point(record.iteration, self._y(record.loss_train))
        self._fit_view(record.iteration, *self._with_race(low, high))
        self.legend.keep_clear()

    def _fit_view(self, iteration: int, low: float, high: float) -> None:
        """Move the axes only when the curves outgrow them (see sticky_range)."""
        x_high = self._x_range.fit(iteration)
        if x_high is not None:
            self.plot.setXRange(0, x_high, padding=0.02)
            self._place_floor()
        y_range = self._y_range.fit(self._y(low), self._y(high))
        if y_range is not None:
            self.plot.setYRange(*y_range, padding=0)

    def _place_floor(self) -> None:
        """The losses at θ*, across the x axis and well beyond (for zooming out)."""
        if self.context is None:
            return
        span = max(self._x_range.high, 10.0)
        y = self._y(self.context.loss.loss_star)
        self.floor.set_ends(-10 * span, y, 11 * span, y)
        if self._shows_test:
            y = self._y(self.context.loss_test_star)
            self.test_floor.set_ends(-10 * span, y, 11 * span, y)
        else:
            self.test_floor.clear()

    def _y(self, value: float) -> float:
        """Where a loss value sits on the axis (pyqtgraph plots log10 in log mode)."""
        return float(log10_positive(value)) if self.log_scale.isChecked() else float(value)

    def _on_log_change(self, on: bool) -> None:
        self.plot.setLogMode(y=on)
        self._y_range.reset()
        self._y_range.decades = on
        self.train.log_y = self.test.log_y = self.ghost.log_y = on
        self.race_curves.set_log_y(on)
        self.hover.clear()
        label = translate("LossPanel", "loss (log scale)") if on else translate("LossPanel", "loss")
        self.plot.setLabel("left", label)
        if self.context is not None:
            self._place_floor()
            if self._count:
                self.show_record(self.context.history.record(self._count - 1))
            self.show_ghost(self._ghost_path)
            self.show_race(self._race)

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
        train = number(record.loss_train, ".6g")
        if np.isnan(record.loss_test):
            text = translate("LossPanel", "it {iteration}: train {train}")
        else:
            text = translate("LossPanel", "it {iteration}: train {train}, test {test}")
        test = number(record.loss_test, ".6g")
        self.readout.setText(text.format(iteration=record.iteration, train=train, test=test))
        self.hover.set_point(record.iteration, self._y(record.loss_train))
