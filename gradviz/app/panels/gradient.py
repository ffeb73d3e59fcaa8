"""Gradient panel: ∂C/∂θ per parameter, θ beside θ*, and ‖∇C‖ over the iterations.

Hovering a bar reads its parameter and exact value at the top of the panel; when the
rows are tall enough, each bar also carries its value, rounded. The bars are in the run's
units (standardized features, when it standardizes), or in original units on request; a
line under them says which.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGraphicsRectItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...datasets import Standardizer
from ...engine import StepRecord
from ...i18n import QT_TRANSLATE_NOOP, number, translate
from .. import theme
from ..context import RunContext
from ..items import Bars, Curve, Line, Marker, log10_positive
from ..sticky_range import IterationRange, StickyRange
from ..units import units_name
from . import ShowsRun

__all__ = ["GradientPanel", "in_original_units"]

UNITS_CHOICE = QT_TRANSLATE_NOOP("GradientPanel", "in original units")  # the caption under the bars says what
UNITS_TIP = QT_TRANSLATE_NOOP(
    "GradientPanel",
    "Show θ, θ* and ∂C/∂θ for the raw features: w = w′/σ and b = b′ − μ·w, while "
    "∂C/∂w = σ·∂C/∂w′ + μ·∂C/∂b′ and ∂C/∂b = ∂C/∂b′ (the chain rule). The run still trains "
    "on standardized features.",
)
UNITS_OFF_TIP = QT_TRANSLATE_NOOP(
    "GradientPanel", "The features are not standardized: θ and ∂C/∂θ are in original units already"
)
NORM_TITLE = QT_TRANSLATE_NOOP("GradientPanel", "‖∇C‖ ({units})")
UNITS_CAPTION = QT_TRANSLATE_NOOP("GradientPanel", "θ and ∂C/∂θ in {units}")

ROW_PIXELS_FOR_LABELS = 14  # bars this tall on screen, or taller, carry their values


TICK_CHARS = 14  # longer names are cut on the axis (the hover readout gives them whole)


def _short(label: str) -> str:
    return label if len(label) <= TICK_CHARS else label[: TICK_CHARS - 1] + "…"


def gradient_readout(label: str, value: float) -> str:
    """Every digit of the value (its repr), with the window's decimal mark."""
    return f"∂C/∂{label} = {number(value, '')}"


def parameter_readout(label: str, value: float, optimum: float) -> str:
    return f"{label} = {number(value, '')}    (θ* = {number(optimum, '')})"


def _flatten(theta: np.ndarray) -> np.ndarray:
    """Entries of θ = [W; bᵀ] in the order of RunContext.parameters: column by column, b last."""
    return theta.T.ravel()


def in_original_units(
    scaler: Standardizer, theta: np.ndarray, grad: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """θ = [W; bᵀ] and ∂C/∂θ of a run on scaled features, for the raw features (see
    Standardizer.to_original_units and gradient_to_original_units: they convert differently)."""
    W, b = scaler.to_original_units(theta[:-1], theta[-1])
    dW, db = scaler.gradient_to_original_units(grad[:-1], grad[-1])
    return np.vstack([W, b]), np.vstack([dW, db])


class Caption(pg.LabelItem):
    """A line of text in a plot layout, in the axis labels' style: `fit` shows the first of its
    texts that fits a width (the last one elided if none does). It never widens the layout."""

    def __init__(self) -> None:
        super().__init__(" ", justify="center")
        self.texts: tuple[str, ...] = ("",)

    def updateMin(self) -> None:  # noqa: N802 - pyqtgraph's name
        super().updateMin()
        self.setMinimumWidth(0)
        height = self._sizeHint[Qt.SizeHint.MinimumSize][1]
        self.setMaximumHeight(height)  # the plots take the rest
        self._sizeHint[Qt.SizeHint.MinimumSize] = (0, height)

    def set_texts(self, *texts: str) -> None:
        self.texts = texts

    def fit(self, width: float) -> None:
        look = theme.look()
        points = look.points(theme.LABEL_POINTS)
        font = QFont()
        font.setPointSizeF(points)
        metrics = QFontMetricsF(font)
        shown = next((text for text in self.texts if metrics.horizontalAdvance(text) <= width), None)
        if shown is None:
            shown = metrics.elidedText(self.texts[-1], Qt.TextElideMode.ElideRight, max(width, 0))
        style = {"size": f"{points}pt", "color": look.palette.foreground}
        if shown != self.text or any(self.opts.get(k) != v for k, v in style.items()):
            self.setText(shown, **style)


class GradientPanel(QWidget, ShowsRun):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_widget = theme.layout_widget()
        self.original_units = QCheckBox(translate("GradientPanel", UNITS_CHOICE))
        self.original_units.toggled.connect(self._on_units_change)
        row = QHBoxLayout()
        row.addWidget(self.original_units)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.layout_widget)
        # The hovered bar's value, over the plots' titles while a bar is hovered: it takes no
        # room from the plots, and lets the mouse through to them.
        self.readout = QLabel(self.layout_widget)
        self.readout.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.readout.setContentsMargins(6, 2, 6, 2)
        self.readout.setAutoFillBackground(True)  # the window's colours, light or dark
        self.readout.setVisible(False)

        self.grad_plot = self.layout_widget.addPlot(row=0, col=0, axisItems=theme.axes(), enableMenu=False)
        self.param_plot = self.layout_widget.addPlot(row=0, col=1, axisItems=theme.axes(), enableMenu=False)
        # The units of both bar plots (always the same), once under them.
        self.units_caption = Caption()
        self.layout_widget.addItem(self.units_caption, row=1, col=0, colspan=2)
        self.norm_plot = self.layout_widget.addPlot(
            row=2, col=0, colspan=2, axisItems=theme.axes(log_y=True), enableMenu=False
        )
        self.layout_widget.ci.layout.setRowStretchFactor(0, 3)
        self.layout_widget.ci.layout.setRowStretchFactor(2, 2)
        theme.style_plot(self.grad_plot, translate("GradientPanel", "∂C/∂θ (bars)"), "", "")
        theme.style_plot(self.param_plot, translate("GradientPanel", "θ now (bars), θ* (|)"), "", "")
        theme.style_plot(self.norm_plot, "‖∇C‖", translate("GradientPanel", "iteration"), "")
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
        # The row of the parameter picked in the Graph or the Derivation, framed in both plots.
        self.selection = [QGraphicsRectItem() for _ in range(2)]
        for plot, frame in zip((self.grad_plot, self.param_plot), self.selection):
            frame.setPen(theme.pen(theme.SELECTION, 2))
            frame.setVisible(False)
            plot.addItem(frame)
        self.norm = theme.long_curve(self.norm_plot, theme.MODEL)
        self.norm.log_y = True
        # The record shown, as a dot: at step 0 the curve is one point, which a line does not draw.
        self.norm_now = Marker("o", 7, theme.pen(theme.BACKGROUND, 1), theme.MODEL)
        self.norm_plot.addItem(self.norm_now)
        for plot in (self.grad_plot, self.param_plot, self.norm_plot):
            plot.disableAutoRange()  # ranges are set explicitly; autorange repaints twice
        self._grad_range = StickyRange(margin=0.15, shrink_below=0.05, symmetric=True)
        self._param_range = StickyRange(margin=0.08, shrink_below=0.1)
        self._norm_range = StickyRange(margin=0.05, shrink_below=0.3, decades=True, lead=0.5)
        self._x_range = IterationRange()
        self.context: RunContext | None = None
        self._record: StepRecord | None = None
        self._star = np.empty(0)  # θ*, flattened, in the units shown
        self._shown: tuple[np.ndarray, np.ndarray] | None = None  # ∂C/∂θ and θ, flattened, as shown
        self._highlighted: int | None = None  # the framed row
        self._hovered: tuple[str, int] | None = None  # ("grad" or "param", row)
        # Every mouse move, unlike pyqtgraph's sigMouseMoved, which drops moves closer than 10 ms.
        self.layout_widget.viewport().installEventFilter(self)
        self.grad_plot.getViewBox().sigResized.connect(self._place_labels)

    def set_run(self, context: RunContext) -> None:
        self.context = context
        labels = [p.label for p in context.parameters]
        y = np.arange(len(labels))
        self._y = y
        # Every 4th name first, then the other even ones, then the odd ones: pyqtgraph draws
        # a further level only while the names fit, so a short plot names every other row.
        ticks = list(zip(y.tolist(), [_short(label) for label in labels]))
        self.grad_plot.getAxis("left").setTicks([ticks[0::4], ticks[2::4], ticks[1::2]])
        for plot, zero in zip((self.grad_plot, self.param_plot), self.zero_lines):
            plot.setYRange(-0.6, len(labels) - 0.4, padding=0)
            zero.set_ends(0, -1, 0, len(labels))
        self.original_units.setEnabled(context.standardized)
        self.original_units.setToolTip(
            translate("GradientPanel", UNITS_TIP if context.standardized else UNITS_OFF_TIP)
        )
        norm_title = translate("GradientPanel", NORM_TITLE).format(units=units_name(context.standardized))
        theme.set_title(self.norm_plot, norm_title)
        self._norm_range.reset()
        self._x_range.reset()
        self.norm.clear()
        self.norm_now.clear()
        self._record = None
        self._show_units()
        self._set_hovered(None)
        self.highlight(None)

    @property
    def in_original_units(self) -> bool:
        """Whether the bars show original units while the run trains on standardized features."""
        return self.original_units.isChecked() and self.run.standardized

    def _in_units_shown(self, theta: np.ndarray, grad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """θ and ∂C/∂θ, flattened, in the units the bars show."""
        if self.in_original_units:
            theta, grad = in_original_units(self.run.scaler, theta, grad)
        return _flatten(theta), _flatten(grad)

    def _on_units_change(self) -> None:
        if self.context is not None:
            self._show_units()
            if self._record is not None:
                self.show_record(self._record)

    def _show_units(self) -> None:
        """Name the units under the bars, and draw θ* and fit the axes anew in them."""
        context, y = self.run, self._y
        units = units_name(not self.in_original_units and context.standardized)
        self.units_caption.set_texts(translate("GradientPanel", UNITS_CAPTION).format(units=units), units)
        self._fit_caption()
        start = context.history.record(0)
        self._star, start_gradient = self._in_units_shown(context.theta_star, start.grad)
        self._start_gradient = float(np.abs(start_gradient).max())
        self.optimum.set_data(np.repeat(self._star, 2), np.stack([y - 0.4, y + 0.4], axis=1).ravel())
        self._param_range.reset()
        self._grad_range.reset()
        self._shown = None

    def highlight(self, index: tuple[int, int] | None) -> None:
        """Frame the row of θ[index] (None: no row), as picked elsewhere."""
        rows = [p.index for p in self.run.parameters]
        self._highlighted = rows.index(index) if index in rows else None
        self._frame_highlight()

    def _frame_highlight(self) -> None:
        row = self._highlighted
        for plot, frame in zip((self.grad_plot, self.param_plot), self.selection):
            frame.setVisible(row is not None)
            if row is not None:
                (x0, x1), _ = plot.viewRange()
                margin = 0.01 * (x1 - x0)
                frame.setRect(QRectF(x0 + margin, row - 0.45, x1 - x0 - 2 * margin, 0.9))

    def show_record(self, record: StepRecord) -> None:
        context, y = self.run, self._y
        self._record = record
        theta, gradient = self._in_units_shown(record.theta, record.grad)
        self._shown = (gradient, theta)
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
        if np.isfinite(record.grad_norm):
            self.norm_now.set_point(record.iteration, float(log10_positive(max(record.grad_norm, norm_low))))
        else:
            self.norm_now.clear()
        x_high = self._x_range.fit(record.iteration)
        if x_high is not None:
            self.norm_plot.setXRange(0, x_high, padding=0.02)
        norm_range = self._norm_range.fit(float(log10_positive(norm_low)), float(log10_positive(norm_high)))
        if norm_range is not None:
            self.norm_plot.setYRange(*norm_range, padding=0)
        self._place_labels()
        self._frame_highlight()
        if self._hovered is not None:
            self._show_readout()

    def _fit_param_range(self, theta: np.ndarray) -> None:
        """Hold θ, θ* and zero on a steady axis (see StickyRange)."""
        star = self._star
        low = min(theta.min(), star.min(), 0.0)
        high = max(theta.max(), star.max(), 0.0)
        param_range = self._param_range.fit(low, high)
        if param_range is not None:
            self.param_plot.setXRange(*param_range, padding=0)

    # -- values on the bars, and on hover ------------------------------------

    def labels_shown(self) -> bool:
        """Whether the rows are tall enough on screen for each bar to carry its value."""
        rows = len(self._y) if self.context is not None else 0
        box = self.grad_plot.getViewBox()
        return rows > 0 and box.height() / rows >= ROW_PIXELS_FOR_LABELS

    def _fit_caption(self) -> None:
        self.units_caption.fit(self.layout_widget.viewport().width() - 16)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):  # the presenter's look
            self._fit_caption()

    def _place_labels(self) -> None:
        self._fit_caption()
        shown = self._shown is not None and self.labels_shown()
        if not shown:
            self.grad_bars.hide_labels()
            self.param_bars.hide_labels()
            return
        star = self._star  # the θ* strokes: labels go past them, never over
        for plot, bars, marks in (
            (self.grad_plot, self.grad_bars, None),
            (self.param_plot, self.param_bars, star),
        ):
            box = plot.getViewBox()
            low, high = box.viewRange()[0]
            bars.show_labels((low, high), box.width(), marks)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            self._set_hovered(self._bar_at(self.layout_widget.mapToScene(event.position().toPoint())))
        elif event.type() == QEvent.Type.Leave:
            self._set_hovered(None)
        return False

    def _bar_at(self, scene_pos: QPointF) -> tuple[str, int] | None:
        if self._shown is None:
            return None
        for kind, plot in (("grad", self.grad_plot), ("param", self.param_plot)):
            box = plot.getViewBox()
            if box.sceneBoundingRect().contains(scene_pos):
                row = round(box.mapSceneToView(scene_pos).y())
                return (kind, row) if 0 <= row < len(self._y) else None
        return None

    def _set_hovered(self, hovered: tuple[str, int] | None) -> None:
        if hovered == self._hovered:
            return
        self._hovered = hovered
        self._show_readout()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.readout.setGeometry(0, 0, self.width(), self.readout.sizeHint().height())

    def _show_readout(self) -> None:
        if self._hovered is None or self._shown is None:
            self.readout.setVisible(False)
            return
        kind, row = self._hovered
        label = self.run.parameters[row].label
        gradient, theta = self._shown
        if kind == "grad":
            self.readout.setText(gradient_readout(label, float(gradient[row])))
        else:
            optimum = float(self._star[row])
            self.readout.setText(parameter_readout(label, float(theta[row]), optimum))
        if not self.readout.isVisible():
            self.readout.setVisible(True)
            self.readout.raise_()
