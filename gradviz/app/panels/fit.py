"""Fit panel: the data with the current model, the least-squares fit dashed beside it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...engine import StepRecord
from ...i18n import QT_TRANSLATE_NOOP, translate, whole
from .. import theme
from ..context import RunContext
from ..elided import ElidedLabel
from ..items import Curve, Line
from ..legend_strip import LegendStrip
from . import ShowsRun

__all__ = ["FitPanel"]

PREDICTED_VS_ACTUAL = QT_TRANSLATE_NOOP("FitPanel", "predicted vs actual")
MODEL_BELOW = QT_TRANSLATE_NOOP("FitPanel", "model below the view ↓")
MODEL_ABOVE = QT_TRANSLATE_NOOP("FitPanel", "model above the view ↑")
# The view grows to hold the model at the start (often y = 0, far from the data) while the data
# still fill at least 1/MAX_GROWTH of its height; past that, the note above says where the model is.
MAX_GROWTH = 4.0


def _subsample(n: int, limit: int, seed: int = 0) -> np.ndarray:
    if n <= limit:
        return np.arange(n)
    return np.sort(np.random.default_rng(seed).choice(n, limit, replace=False))


class StaticPoints:
    """Points that do not move: a cached scatter, or a density image when there are many."""

    def __init__(self, plot: pg.PlotItem, color: str, hollow: bool) -> None:
        brush = None if hollow else pg.mkBrush(color + "99")
        self.scatter = pg.ScatterPlotItem(
            size=6, pen=pg.mkPen(color, width=1.2) if hollow else None, brush=brush
        )
        # Drawn once into a pixmap; repainted only when the view itself changes.
        self.scatter.setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.image = pg.ImageItem()
        self.image.setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.color = color
        plot.addItem(self.image)
        plot.addItem(self.scatter)

    def set_data(self, x: np.ndarray, y: np.ndarray, bounds: QRectF, dense: bool) -> None:
        """Show the points as a scatter, or as a density image when `dense`."""
        self.dense = dense
        self.scatter.setVisible(not dense)
        self.image.setVisible(dense)
        if not dense:
            self.scatter.setData(x, y)
            return
        self.scatter.setData([], [])
        counts, _, _ = np.histogram2d(
            x, y, bins=(400, 300), range=[[bounds.left(), bounds.right()], [bounds.top(), bounds.bottom()]]
        )
        # From transparent to opaque, so that train and test densities show through each other.
        clear, solid = pg.mkColor(self.color), pg.mkColor(self.color)
        clear.setAlpha(0)
        lut = pg.ColorMap([0, 1], [clear, solid]).getLookupTable(nPts=256, alpha=True)
        self.image.setImage(np.log1p(counts), lut=lut, levels=(0, np.log1p(counts.max())))
        self.image.setRect(bounds)

    def legend_sample(self) -> pg.GraphicsObject:
        """What the legend shows: the scatter, or a square of the density colour."""
        if not self.dense:
            return self.scatter
        return theme.dot_sample(self.color, symbol="s")


class FitPanel(QWidget, ShowsRun):
    """One feature: data and line. Several: predicted against actual, or one feature's line.

    With several targets, `target_choice` picks the one drawn (a column of Y, W and b).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget = theme.plot_widget()
        self.plot = self.plot_widget.getPlotItem()
        self.target_choice = QComboBox()
        self.target_choice.setToolTip(
            translate("FitPanel", "With several targets: the one whose data and fit are drawn")
        )
        self.target_label = QLabel(translate("FitPanel", "target:"))
        self.view_choice = QComboBox()
        self.view_choice.setToolTip(
            translate("FitPanel", "With several features: what the horizontal axis shows")
        )
        self.residuals = QCheckBox(translate("FitPanel", "residuals"))
        self.residuals.setToolTip(
            translate("FitPanel", "Show the vertical distance from each point to the model")
        )
        self.note = QLabel()
        theme.mute(self.note)
        controls = QHBoxLayout()
        controls.addWidget(self.target_label)
        controls.addWidget(self.target_choice, 1)
        controls.addWidget(QLabel(translate("FitPanel", "x axis:")))
        controls.addWidget(self.view_choice, 1)
        controls.addWidget(self.residuals)
        controls.addWidget(self.note)
        self.where = ElidedLabel()  # where the model is when it is outside the view
        controls.addWidget(self.where)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.plot_widget, 1)

        self.train_points = StaticPoints(self.plot, theme.TRAIN, hollow=False)
        self.test_points = StaticPoints(self.plot, theme.TEST, hollow=True)
        self.moving = pg.ScatterPlotItem(size=6, pen=None, brush=pg.mkBrush(theme.TRAIN + "aa"))
        self.identity = Line(theme.pen("#888888", 1.5, dashed=True))
        self.closed_form = Line(theme.pen(theme.OPTIMUM, 2, dashed=True))
        # Predicted against actual, the least-squares fit shows as faint dots instead.
        self.closed_form_points = pg.ScatterPlotItem(size=4, pen=None, brush=pg.mkBrush(theme.OPTIMUM + "66"))
        self.closed_form_points.setCacheMode(pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.residual_lines = Curve(theme.pen("#9e9e9e", 1), connect="pairs")
        self.model = Line(theme.pen(theme.MODEL, 3))
        for item in (
            self.identity,
            self.closed_form,
            self.closed_form_points,
            self.moving,
            self.residual_lines,
            self.model,
        ):
            self.plot.addItem(item)
        self.legend = theme.legend(self.plot, offset=(-8, -8))
        self.legend.ignore(self.moving, self.residual_lines, self.model)  # it would chase the model
        self.legend_under = LegendStrip()  # where the legend goes when every spot of the view hides data
        self.legend.spill_into(self.legend_under)
        layout.addWidget(self.legend_under)
        theme.style_plot(self.plot, translate("FitPanel", "Fit"), "x", "y")

        self.context: RunContext | None = None
        self._record: StepRecord | None = None
        self.view_choice.currentIndexChanged.connect(self._on_view_change)
        self.target_choice.currentIndexChanged.connect(self._on_view_change)
        self.residuals.toggled.connect(lambda _: self._redraw())

    # -- entry points --------------------------------------------------------

    def set_run(self, context: RunContext) -> None:
        self.context = context
        self._record = None  # it belongs to the previous run, whose shapes may differ
        features = context.dataset.feature_names
        self._x_train = context.scaler.inverse_transform(context.train.X)
        self._x_test = context.scaler.inverse_transform(context.test.X)
        self._means = self._x_train.mean(axis=0)
        self._sample = _subsample(context.train.n_samples, theme.MAX_MOVING_POINTS)
        with pg.QtCore.QSignalBlocker(self.view_choice):
            self.view_choice.clear()
            if len(features) > 1:
                self.view_choice.addItem(translate("FitPanel", PREDICTED_VS_ACTUAL))
            self.view_choice.addItems(features)
            self.view_choice.setCurrentIndex(0)
        self.view_choice.setEnabled(len(features) > 1)
        targets = context.dataset.target_names
        with pg.QtCore.QSignalBlocker(self.target_choice):
            self.target_choice.clear()
            self.target_choice.addItems(targets)
            self.target_choice.setCurrentIndex(0)
        for widget in (self.target_label, self.target_choice):
            widget.setVisible(len(targets) > 1)
        self._on_view_change()

    def show_record(self, record: StepRecord) -> None:
        self._record = record
        if self.context is not None:
            self._draw_model(record)

    # -- drawing -------------------------------------------------------------

    @property
    def target(self) -> int:
        """The column of Y (and of W and b) drawn."""
        return max(self.target_choice.currentIndex(), 0)

    @property
    def _feature(self) -> int | None:
        """Index of the feature on the x axis, or None for predicted vs actual."""
        text = self.view_choice.currentText()
        names = self.run.dataset.feature_names
        return names.index(text) if text in names else None

    def _on_view_change(self) -> None:
        context = self.context
        if context is None:
            return
        c = self.target
        target = context.dataset.target_names[c]
        y_train, y_test = context.train.Y[:, c], context.test.Y[:, c]
        self.legend.clear()
        j = self._feature
        if j is None:
            x_train, x_test = y_train, y_test
            xlabel = translate("FitPanel", "actual {target}").format(target=target)
            ylabel = translate("FitPanel", "predicted {target}").format(target=target)
            title = translate("FitPanel", "Fit: predicted against actual {target}")
        else:
            x_train, x_test = self._x_train[:, j], self._x_test[:, j]
            xlabel, ylabel = context.dataset.feature_names[j], target
            if context.dataset.n_features > 1:
                title = translate(
                    "FitPanel", "Fit: {target} against {feature} (other features at their means)"
                )
            else:
                title = translate("FitPanel", "Fit: {target} against {feature}")
        theme.set_title(self.plot, title.format(target=target, feature=xlabel))
        self.plot.setLabel("bottom", xlabel)
        self.plot.setLabel("left", ylabel)
        bounds = self._bounds(np.concatenate([x_train, x_test]), np.concatenate([y_train, y_test]))
        self._bounds_rect = bounds
        # Both sets as scatters, or both as density images: circles would hide a density.
        dense = x_train.size + x_test.size > theme.MAX_SCATTER_POINTS
        self.moving.setVisible(j is None)  # hidden, an empty scatter would still be painted
        self.closed_form_points.setVisible(j is None)
        if j is None:  # predictions move, so only the actual values are static
            self.train_points.set_data(np.array([]), np.array([]), bounds, dense=False)
            self.test_points.set_data(np.array([]), np.array([]), bounds, dense=False)
            dense = False
            self.identity.set_ends(bounds.left(), bounds.left(), bounds.right(), bounds.right())
            identity = theme.line_sample(self.identity.pen())
            optimum = theme.dot_sample(theme.OPTIMUM + "99", size=6)
            theme.add_to_legend(self.legend, self.moving, translate("FitPanel", "model now (train)"))
            theme.add_to_legend(self.legend, identity, translate("FitPanel", "perfect: ŷ = y"))
            theme.add_to_legend(self.legend, optimum, translate("FitPanel", "least squares"))
        else:
            self.train_points.set_data(x_train, y_train, bounds, dense)
            self.test_points.set_data(x_test, y_test, bounds, dense)
            self.identity.clear()
            self.moving.setData([], [])
            train = translate("FitPanel", "train (density)") if dense else translate("FitPanel", "train")
            test = translate("FitPanel", "test (density)") if dense else translate("FitPanel", "test")
            theme.add_to_legend(self.legend, self.train_points.legend_sample(), train)
            if context.test.n_samples:
                theme.add_to_legend(self.legend, self.test_points.legend_sample(), test)
            model = theme.line_sample(self.model.pen())
            theme.add_to_legend(self.legend, model, translate("FitPanel", "model now"))
            closed_form = theme.line_sample(self.closed_form.pen())
            theme.add_to_legend(self.legend, closed_form, translate("FitPanel", "least squares"))
        n = context.train.n_samples
        shown = min(n, theme.MAX_MOVING_POINTS) if j is None else n
        if dense:
            note = translate("FitPanel", "density of {n} points")
        else:
            note = translate("FitPanel", "{shown} of {n} points") if shown < n else ""
        self.note.setText(note.format(shown=whole(shown), n=whole(n)))
        self.plot.enableAutoRange(False)
        self.plot.setRange(self._with_model(bounds, context.history.record(0)), padding=0)
        self._draw_closed_form()
        self.legend.reconsider()  # other data: a spot of the view may be free now
        if self._record is not None:
            self._draw_model(self._record)

    @staticmethod
    def _bounds(x: np.ndarray, y: np.ndarray) -> QRectF:
        x0, x1, y0, y1 = x.min(), x.max(), y.min(), y.max()
        dx, dy = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
        return QRectF(x0 - 0.05 * dx, y0 - 0.08 * dy, 1.1 * dx, 1.16 * dy)

    def _with_model(self, bounds: QRectF, record: StepRecord) -> QRectF:
        """`bounds`, taller if need be to hold the model of `record` over their width (see MAX_GROWTH)."""
        low, high = self._model_span(record, bounds.left(), bounds.right())
        if not (np.isfinite(low) and np.isfinite(high)):
            return bounds
        y0, y1 = min(bounds.top(), low), max(bounds.bottom(), high)
        margin = 0.05 * (y1 - y0)
        y0, y1 = y0 - margin * (low < bounds.top()), y1 + margin * (high > bounds.bottom())
        if y1 - y0 > MAX_GROWTH * bounds.height():
            return bounds
        return QRectF(bounds.left(), y0, bounds.width(), y1 - y0)

    def _model_span(self, record: StepRecord, left: float, right: float) -> tuple[float, float]:
        """The lowest and highest y of the model drawn for `record` between x = left and right."""
        j = self._feature
        if j is None:
            predicted = self._predict(record.W, record.b, self.run.train.X[self._sample])
            return float(predicted.min()), float(predicted.max())
        offset, slope = self._offset_slope(record.W, record.b, j)
        ends = (offset + slope * left, offset + slope * right)
        return float(min(ends)), float(max(ends))

    def _show_where(self, record: StepRecord) -> None:
        """Say so when the model is wholly above or below the view."""
        view = self.plot.getViewBox().viewRect()
        low, high = self._model_span(record, view.left(), view.right())
        where = MODEL_BELOW if high < view.top() else MODEL_ABOVE if low > view.bottom() else ""
        text = translate("FitPanel", where) if where else ""
        if self.where.text() != text:
            self.where.setText(text)

    def _predict(self, W: np.ndarray, b: np.ndarray, X_scaled: np.ndarray) -> np.ndarray:
        c = self.target
        return X_scaled @ W[:, c] + b[c]

    def _draw_closed_form(self) -> None:
        """Faint and dashed: the least-squares line, or its predictions as faint dots."""
        context, j = self.run, self._feature
        W, b = context.theta_star[:-1], context.theta_star[-1]
        if j is None:
            sample = self._sample
            predicted = self._predict(W, b, context.train.X[sample])
            self.closed_form_points.setData(context.train.Y[sample, self.target], predicted)
            self.closed_form.clear()
        else:
            self.closed_form_points.setData([], [])
            self.closed_form.set_ends(*self._line(W, b, j))

    def _line(self, W: np.ndarray, b: np.ndarray, j: int) -> tuple[float, float, float, float]:
        """The ends (x0, y0, x1, y1) of the model along feature j, the other features at
        their means, in original units."""
        left, right = self._bounds_rect.left(), self._bounds_rect.right()
        span = right - left
        x0, x1 = left - 10 * span, right + 10 * span  # long enough to survive zooming out
        offset, slope = self._offset_slope(W, b, j)
        return x0, offset + slope * x0, x1, offset + slope * x1

    def _offset_slope(self, W: np.ndarray, b: np.ndarray, j: int) -> tuple[float, float]:
        """The model along feature j, the others at their means, in original units: y = offset + slope·x."""
        W_raw, b_raw = self.run.original_units(W, b)
        c = self.target
        offset = b_raw[c] + self._means @ W_raw[:, c] - self._means[j] * W_raw[j, c]
        return float(offset), float(W_raw[j, c])

    def _draw_model(self, record: StepRecord) -> None:
        context, j, c = self.run, self._feature, self.target
        W, b = record.W, record.b
        sample = self._sample
        actual = context.train.Y[sample, c]
        if j is None:
            predicted = self._predict(W, b, context.train.X[sample])
            self.moving.setData(actual, predicted)
            self.model.clear()
            residual_x, residual_y = actual, predicted
            ends = actual
        else:
            self.model.set_ends(*self._line(W, b, j))
            residual_x, residual_y = self._x_train[sample, j], actual
            W_raw, b_raw = context.original_units(W, b)
            ends = self._x_train[sample] @ W_raw[:, c] + b_raw[c]
        self._show_where(record)
        if self.residuals.isChecked():
            xs = np.repeat(residual_x, 2)
            ys = np.empty(2 * sample.size)
            ys[0::2], ys[1::2] = residual_y, ends
            self.residual_lines.set_data(xs, ys)
        else:
            self.residual_lines.clear()

    def _redraw(self) -> None:
        if self._record is not None and self.context is not None:
            self._draw_model(self._record)
