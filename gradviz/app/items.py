"""Plot items that Qt draws by itself: no Python runs while they paint.

pyqtgraph's items work out their bounds and paint in Python, several times per
frame each; with four plots at 60 frames per second that was most of a frame.
Whatever moves on every frame (lines, curves, markers, bars) is drawn with these
instead: each update hands Qt a finished line, path or position. pyqtgraph still
provides the plots, axes, legends, images and the static scatters.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QBrush, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
)

__all__ = ["Line", "Curve", "Marker", "Markers", "Bars", "peak_decimate", "pixel_thin", "log10_positive"]

_NO_PEN = QPen(pg.QtCore.Qt.PenStyle.NoPen)
_EMPTY = (np.array([]), np.array([]))


def _brush(color: str | None) -> QBrush:
    return QBrush() if color is None else pg.mkBrush(color)


def log10_positive(values: np.ndarray | float) -> np.ndarray:
    """log10 for a log axis, where values ≤ 0 sit at the smallest positive float."""
    return np.log10(np.maximum(values, np.finfo(float).tiny))


def peak_decimate(x: np.ndarray, y: np.ndarray, max_points: int) -> tuple[np.ndarray, np.ndarray]:
    """At most about `max_points` points that keep every peak: the min and max of each bin.

    For x that increases, as along an iteration axis. The newest points stay exact.
    """
    n = len(x)
    if n <= max_points:
        return x, y
    size = -(-2 * (n - 1) // max_points)  # points per bin
    whole = (n - 1) - (n - 1) % size  # binned; the rest, with the newest point, is kept as is
    bins = y[:whole].reshape(-1, size)
    y_out = np.empty(2 * len(bins))
    y_out[0::2], y_out[1::2] = bins.min(axis=1), bins.max(axis=1)
    x_out = np.repeat(x[:whole:size], 2)
    return np.concatenate([x_out, x[whole:]]), np.concatenate([y_out, y[whole:]])


class Line(QGraphicsLineItem):
    """A straight segment in data coordinates; hidden until it has ends."""

    def __init__(self, pen: QPen) -> None:
        super().__init__()
        self.setPen(pen)
        self.setVisible(False)

    def set_ends(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.setLine(QLineF(float(x0), float(y0), float(x1), float(y1)))
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)

    def get_data(self) -> tuple[np.ndarray, np.ndarray]:
        if not self.isVisible():
            return _EMPTY
        line = self.line()
        return np.array([line.x1(), line.x2()]), np.array([line.y1(), line.y2()])


def pixel_thin(x: np.ndarray, y: np.ndarray, x_scale: float, y_scale: float) -> np.ndarray:
    """Which points to keep so that each lands in another pixel than the point before.

    For paths that wander (x need not increase): a run that has converged piles
    thousands of steps into one pixel, which show as one. The ends are kept.
    """
    keep = np.ones(len(x), dtype=bool)
    if len(x) > 2:
        cx, cy = np.floor(x * x_scale), np.floor(y * y_scale)
        keep[1:-1] = (cx[1:-1] != cx[:-2]) | (cy[1:-1] != cy[:-2])
    return keep


class Curve(QGraphicsPathItem):
    """A polyline through many points, thinned first to what its pixels can show.

    `thin` is None (every point), "columns" (x increases, as along iterations:
    keep the min and max of each pixel column, see `peak_decimate`) or "pixels"
    (any path: drop points that land in the same pixel as the one before, see
    `pixel_thin`). With `log_y`, y is drawn as log10(y), as pyqtgraph's log axes
    expect (see `log10_positive`).
    """

    def __init__(self, pen: QPen, thin: str | None = None, connect: str = "all") -> None:
        super().__init__()
        self.setPen(pen)
        self.thin = thin
        self.connect = connect
        self.log_y = False
        self._data = _EMPTY

    def set_data(self, x: np.ndarray, y: np.ndarray) -> None:
        self._data = (x, y)
        to_pixels = self.sceneTransform()  # data to the view's pixels
        if self.thin == "columns" and len(x) > 2:
            columns = abs(to_pixels.m11()) * float(x[-1] - x[0])
            x, y = peak_decimate(x, y, 2 * int(min(max(columns, 50), 4000)))
        if self.log_y:  # after peak_decimate (log10 keeps the order), before pixel_thin
            y = log10_positive(y)
        if self.thin == "pixels":
            keep = pixel_thin(x, y, abs(to_pixels.m11()), abs(to_pixels.m22()))
            x, y = x[keep], y[keep]
        finite = bool(np.isfinite(y).all() and np.isfinite(x).all())
        connect = self.connect if finite or self.connect != "all" else "finite"
        path = pg.arrayToQPath(np.asarray(x, float), np.asarray(y, float), connect=connect, finiteCheck=False)
        self.setPath(path)

    def clear(self) -> None:
        self._data = _EMPTY
        self.setPath(QPainterPath())

    def get_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The points last given, before thinning."""
        return self._data


def symbol_path(symbol: str, size: float) -> QPainterPath:
    """One of pyqtgraph's symbols ('o', 'star', '|', 't', …), `size` pixels across."""
    return QTransform.fromScale(size, size).map(Symbols[symbol])


class Marker(QGraphicsPathItem):
    """A symbol of constant size on screen, at one point in data coordinates."""

    def __init__(
        self, symbol: str | QPainterPath, size: float, pen: QPen | None = None, brush: str | None = None
    ) -> None:
        super().__init__(symbol if isinstance(symbol, QPainterPath) else symbol_path(symbol, size))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setPen(_NO_PEN if pen is None else pen)
        self.setBrush(_brush(brush))
        self.setVisible(False)

    def set_point(self, x: float, y: float) -> None:
        self.setPos(float(x), float(y))
        self.setVisible(True)

    def clear(self) -> None:
        self.setVisible(False)

    def get_data(self) -> tuple[np.ndarray, np.ndarray]:
        if not self.isVisible():
            return _EMPTY
        return np.array([self.pos().x()]), np.array([self.pos().y()])


class Markers(QGraphicsItemGroup):
    """The same symbol at several points (a few hundred at most: one item each)."""

    def __init__(self, symbol: str, size: float, pen: QPen | None = None, brush: str | None = None) -> None:
        super().__init__()
        self._make = lambda: Marker(symbol, size, pen, brush)
        self._markers: list[Marker] = []
        self._count = 0

    def set_points(self, xs: np.ndarray, ys: np.ndarray) -> None:
        count = len(xs)
        while len(self._markers) < count:
            marker = self._make()
            marker.setParentItem(self)  # not addToGroup: that would undo the view's transform
            self._markers.append(marker)
        points = zip(np.asarray(xs, float).tolist(), np.asarray(ys, float).tolist())
        for marker, (x, y) in zip(self._markers, points):
            marker.set_point(x, y)
        for marker in self._markers[count : self._count]:
            marker.clear()
        self._count = count

    def clear(self) -> None:
        self.set_points(np.array([]), np.array([]))

    def get_data(self) -> tuple[np.ndarray, np.ndarray]:
        shown = self._markers[: self._count]
        return np.array([m.pos().x() for m in shown]), np.array([m.pos().y() for m in shown])


class Bars(QGraphicsItemGroup):
    """Horizontal bars from 0 to each value, one per row y."""

    def __init__(self, color: str, height: float = 0.6) -> None:
        super().__init__()
        self.height = height
        self._brush = _brush(color)
        self._rects: list[QGraphicsRectItem] = []
        self._values = np.array([])

    def set_values(self, values: np.ndarray, y: np.ndarray) -> None:
        values = np.asarray(values, float)
        while len(self._rects) < len(values):
            rect = QGraphicsRectItem()
            rect.setPen(_NO_PEN)
            rect.setBrush(self._brush)
            rect.setParentItem(self)
            self._rects.append(rect)
        h = self.height
        for rect, value, row in zip(self._rects, values.tolist(), np.asarray(y, float).tolist()):
            rect.setRect(QRectF(min(value, 0.0), row - h / 2, abs(value), h))
            rect.setVisible(True)
        for rect in self._rects[len(values) :]:
            rect.setVisible(False)
        self._values = values

    def values(self) -> np.ndarray:
        return self._values
