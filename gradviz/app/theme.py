"""Colours and pens shared by every panel, so the window reads as one piece."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QPixmapCache

from .items import Curve

BACKGROUND = "#ffffff"
FOREGROUND = "#222222"
TRAIN = "#1f77b4"
TEST = "#ff7f0e"
MODEL = "#d62728"
OPTIMUM = "#2ca02c"
ARROW = "#d62728"
GRID_ALPHA = 0.15
ERROR = "#c62828"  # messages that report a problem
GHOST = "#555555"  # the correct run beside a run with a mistake or a student's Functions
SELECTION = "#7b3fc4"  # a parameter picked in the Graph or the Derivation, wherever it shows

MAX_SCATTER_POINTS = 20_000  # beyond this, static data is drawn as a density image
MAX_MOVING_POINTS = 2_000  # points that move every frame (predictions, residuals)


def configure() -> None:
    pg.setConfigOptions(background=BACKGROUND, foreground=FOREGROUND, antialias=True)
    # Axes, titles and legends are drawn from cached pixmaps (see style_plot). Qt's default
    # 10 MB cache holds them for a small window only: at 1600×1100 they were drawn again
    # every frame (52 ms a frame instead of 8).
    QPixmapCache.setCacheLimit(64 * 1024)  # in kB


def pen(color: str, width: float = 2.0, dashed: bool = False) -> pg.QtGui.QPen:
    p = pg.mkPen(color, width=width)
    if dashed:
        p.setStyle(pg.QtCore.Qt.PenStyle.DashLine)
    p.setCosmetic(True)
    return p


def long_curve(plot: pg.PlotItem, color: str) -> Curve:
    """A curve over the whole history: thousands of points, redrawn every frame.

    One pixel wide, because Qt draws antialiased 1-pixel lines about fifteen times
    faster than wider ones; thinned to two points per pixel column.
    """
    curve = Curve(pen(color, 1), thin="columns")
    plot.addItem(curve)
    return curve


class LogAxis(pg.AxisItem):
    """A log axis that labels only 1·10ⁿ (and 2 and 5 where decades are tall), so labels never pile up."""

    PIXELS_FOR_2_AND_5 = 50  # a decade this long has room for 2·10ⁿ and 5·10ⁿ labels too

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        strings = super().logTickStrings(values, scale, spacing)
        low, high = sorted(self.range)
        length = self.height() if self.orientation in ("left", "right") else self.width()
        tall = length / max(high - low, 1e-12) >= self.PIXELS_FOR_2_AND_5
        kept = self._keep(values, strings, (1.0, 2.0, 5.0) if tall else (1.0,))
        if sum(map(bool, kept)) < 2:  # a scale needs two labels: add the 2s and 5s
            kept = self._keep(values, strings, (1.0, 2.0, 5.0))
        if not any(kept) and math.floor(high) < math.ceil(low):
            return strings  # the view lies inside one decade, between marks: label every tick
        return kept

    @staticmethod
    def _keep(values, strings, mantissas) -> list[str]:
        return [s if round(10 ** (v % 1), 6) in mantissas else "" for v, s in zip(values, strings)]


def plot_widget(log_y: bool = False, view_box: pg.ViewBox | None = None) -> pg.PlotWidget:
    """A plot view; `log_y` gives it a LogAxis on the left."""
    widget = pg.PlotWidget(axisItems={"left": LogAxis("left")} if log_y else None, viewBox=view_box)
    widget.setAntialiasing(True)  # for the items in items.py: pyqtgraph's set it per item
    return widget


def layout_widget() -> pg.GraphicsLayoutWidget:
    """A view holding several plots."""
    widget = pg.GraphicsLayoutWidget()
    widget.setAntialiasing(True)
    return widget


def legend(plot: pg.PlotItem, offset: tuple[int, int]) -> pg.LegendItem:
    """A legend with a light backing, so it stays readable over data."""
    legend = plot.addLegend(offset=offset, labelTextSize="9pt", brush=pg.mkBrush(255, 255, 255, 210))
    legend.setCacheMode(_CACHE)
    return legend


def add_to_legend(legend: pg.LegendItem, sample: pg.GraphicsObject, name: str) -> None:
    """Add an entry whose sample and label are drawn once, then reused from a pixmap."""
    legend.addItem(sample, name)
    for item in legend.items[-1]:
        item.setCacheMode(_CACHE)


def line_sample(line_pen: pg.QtGui.QPen) -> pg.PlotDataItem:
    """A legend sample for a line drawn by items.Line or items.Curve (never itself drawn)."""
    return pg.PlotDataItem(pen=line_pen)


def dot_sample(color: str, symbol: str = "o", size: float = 8) -> pg.PlotDataItem:
    """A legend sample for points (one point, never drawn: a sample's symbol needs data)."""
    return pg.PlotDataItem(
        [0], [0], symbol=symbol, symbolSize=size, symbolBrush=color, symbolPen=None, pen=None
    )


def style_plot(plot: pg.PlotItem, title: str, x: str, y: str) -> None:
    plot.setTitle(title, size="11pt")
    plot.setLabel("bottom", x)
    plot.setLabel("left", y)
    plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
    plot.setMenuEnabled(False)
    # Axes (with their grid lines) and titles are redrawn from a pixmap unless they
    # change: replaying their text and translucent lines was most of a frame's cost.
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setCacheMode(_CACHE)
        axis.enableAutoSIPrefix(False)  # "b (×0.001)" with ticks of 700 reads as a wrong value
        # Room for tick labels only grows: a narrower label must not shift the plot (and
        # repaint everything in it) when a falling loss crosses into a new decade.
        axis.setStyle(autoReduceTextSpace=False)
    plot.titleLabel.setCacheMode(_CACHE)


_CACHE = pg.QtWidgets.QGraphicsItem.CacheMode.DeviceCoordinateCache
