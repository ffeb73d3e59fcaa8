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
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from .. import i18n

__all__ = [
    "Line",
    "Curve",
    "Marker",
    "Markers",
    "Bars",
    "short_number",
    "decimal_mark",
    "Envelope",
    "PathThinner",
    "log10_positive",
    "LOG_FLOOR",
]

_NO_PEN = QPen(pg.QtCore.Qt.PenStyle.NoPen)
_EMPTY = (np.array([]), np.array([]))


def _brush(color: str | None) -> QBrush:
    return QBrush() if color is None else pg.mkBrush(color)


# On a log axis, values below this share of a series' largest are rounding noise (a gradient
# that reached exactly 0, say) and are drawn at that level instead of 300 decades down.
LOG_FLOOR = np.finfo(float).eps


def log10_positive(values: np.ndarray | float) -> np.ndarray:
    """log10 for a log axis, where values ≤ 0 sit at the smallest positive float."""
    return np.log10(np.maximum(values, np.finfo(float).tiny))


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


class Envelope:
    """The min and max of y over blocks of consecutive points, kept up to date as y grows.

    A curve over the whole history is drawn as the min and max of each pixel column
    (its envelope: every peak stays). Computing that from every point each frame
    costs time in proportion to the run; here each point is read once, into blocks
    that double in size as the run grows. `generation` names the series' past:
    when it changes (History thinned or truncated), everything is read again.
    """

    MAX_BLOCKS = 8192

    def __init__(self) -> None:
        self._reset(None)

    def _reset(self, generation: object) -> None:
        self.generation, self.size, self.count = generation, 1, 0
        self.x, self.low, self.high = np.empty(0), np.empty(0), np.empty(0)

    def update(self, x: np.ndarray, y: np.ndarray, generation: object) -> None:
        """Take in the complete blocks of x, y (a series that only grew since `generation`)."""
        if generation is None or generation != self.generation:
            self._reset(generation)  # (a shorter x, a look into the past, reuses the blocks it spans)
        whole = len(x) - len(x) % self.size
        if whole > self.count:
            blocks = y[self.count : whole].reshape(-1, self.size)
            self.x = np.concatenate([self.x, x[self.count : whole : self.size]])
            self.low = np.concatenate([self.low, blocks.min(axis=1)])
            self.high = np.concatenate([self.high, blocks.max(axis=1)])
            self.count = whole
        while len(self.low) > self.MAX_BLOCKS:
            pairs = len(self.low) // 2
            self.x = self.x[: 2 * pairs : 2]
            self.low = self.low[: 2 * pairs].reshape(-1, 2).min(axis=1)
            self.high = self.high[: 2 * pairs].reshape(-1, 2).max(axis=1)
            self.size *= 2
            self.count = 2 * pairs * (self.size // 2)

    def points(self, x: np.ndarray, y: np.ndarray, columns: int) -> tuple[np.ndarray, np.ndarray]:
        """About 2·`columns` points tracing the envelope of x, y (which `update` has seen).

        The newest point is always drawn as it is.
        """
        blocks = min(len(self.low), (len(x) - 1) // self.size)
        if not blocks:
            return x, y
        starts = np.arange(0, blocks, -(-blocks // max(columns, 1)))  # groups of blocks, one per column
        y_out = np.empty(2 * len(starts))
        y_out[0::2] = np.minimum.reduceat(self.low[:blocks], starts)
        y_out[1::2] = np.maximum.reduceat(self.high[:blocks], starts)
        rest = blocks * self.size  # the points after the last whole block, as they are
        return np.concatenate([np.repeat(self.x[starts], 2), x[rest:]]), np.concatenate([y_out, y[rest:]])

    def bounds(self, y: np.ndarray) -> tuple[float, float]:
        """min and max of y (which `update` has seen)."""
        blocks = min(len(self.low), len(y) // self.size)
        rest = y[blocks * self.size :]
        lows, highs = (
            [self.low[:blocks].min()] if blocks else [],
            [self.high[:blocks].max()] if blocks else [],
        )
        if len(rest):
            lows.append(rest.min())
            highs.append(rest.max())
        return float(min(lows)), float(max(highs))


class PathThinner:
    """Which points of a wandering path to draw: each in another pixel than the one before.

    A run that has converged piles thousands of steps into one pixel, which show as
    one. Points are examined once, as the path grows, until the view's scale or the
    path's past (`generation`) changes. Also keeps the path's bounds.
    """

    def __init__(self) -> None:
        self._key: object = None
        self._count = 0
        self._kept = np.empty(0, dtype=np.intp)
        self._bounds = (np.inf, -np.inf, np.inf, -np.inf)

    def update(self, x: np.ndarray, y: np.ndarray, scale: tuple[float, float], generation: object) -> None:
        key = (generation, scale)
        n = len(x)
        if generation is None or key != self._key or n < self._count:
            self._key, self._count = key, 0
            self._kept = np.empty(0, dtype=np.intp)
            self._bounds = (np.inf, -np.inf, np.inf, -np.inf)
        if n > self._count:
            start = max(self._count - 1, 0)  # the point before, to compare cells with
            cx, cy = np.floor(x[start:n] * scale[0]), np.floor(y[start:n] * scale[1])
            moved = np.flatnonzero((cx[1:] != cx[:-1]) | (cy[1:] != cy[:-1])) + start + 1
            first = [0] if self._count == 0 else []
            self._kept = np.concatenate([self._kept, first, moved]).astype(np.intp)
            new_x, new_y = x[self._count : n], y[self._count : n]
            x0, x1, y0, y1 = self._bounds
            self._bounds = (
                min(x0, new_x.min()),
                max(x1, new_x.max()),
                min(y0, new_y.min()),
                max(y1, new_y.max()),
            )
            self._count = n

    def indices(self, n: int) -> np.ndarray:
        """The points to draw out of the first n: the kept ones, and the newest."""
        kept = self._kept[: np.searchsorted(self._kept, n)]
        return kept if len(kept) and kept[-1] == n - 1 else np.append(kept, n - 1)

    def bounds(self) -> tuple[float, float, float, float]:
        """(x min, x max, y min, y max) of the whole path."""
        return self._bounds


class Curve(QGraphicsPathItem):
    """A polyline through many points, thinned first to what its pixels can show.

    `thin` is None (every point), "columns" (x increases, as along iterations: the
    envelope of each pixel column, see `Envelope`) or "pixels" (any path: drop
    points in the same pixel as the one before, see `PathThinner`). With
    `generation` (History.generation), what was read of a series that only grew is
    reused. With `log_y`, y is drawn as log10(y), as pyqtgraph's log axes expect
    (see `log10_positive`).
    """

    def __init__(self, pen: QPen, thin: str | None = None, connect: str = "all") -> None:
        super().__init__()
        self.setPen(pen)
        self.thin = thin
        self.connect = connect
        self.log_y = False
        self._data = _EMPTY
        self._drawn = _EMPTY
        self._envelope = Envelope()
        self._path_thinner = PathThinner()

    def set_data(self, x: np.ndarray, y: np.ndarray, generation: object = None) -> None:
        self._data = (x, y)
        to_pixels = self.sceneTransform()  # data to the view's pixels
        if self.thin == "columns" and len(x) > 2:
            self._envelope.update(x, y, generation)
            columns = int(min(max(abs(to_pixels.m11()) * float(x[-1] - x[0]), 50), 4000))
            x, y = self._envelope.points(x, y, columns)
        if self.log_y:  # after the envelope (log10 keeps the order), before PathThinner
            y = log10_positive(np.maximum(y, self.y_bounds()[0]))
        if self.thin == "pixels" and len(x):
            self._path_thinner.update(x, y, (abs(to_pixels.m11()), abs(to_pixels.m22())), generation)
            keep = self._path_thinner.indices(len(x))
            x, y = x[keep], y[keep]
        finite = bool(np.isfinite(y).all() and np.isfinite(x).all())
        connect = self.connect if finite or self.connect != "all" else "finite"
        self._drawn = (np.asarray(x, float), np.asarray(y, float))
        path = pg.arrayToQPath(*self._drawn, connect=connect, finiteCheck=False)
        self.setPath(path)

    def y_bounds(self) -> tuple[float, float]:
        """min and max of the y last given (cheap for a "columns" curve); with `log_y`,
        the min is at least LOG_FLOOR × the max."""
        y = self._data[1]
        low, high = self._envelope.bounds(y) if self.thin == "columns" and len(y) > 2 else (y.min(), y.max())
        return (max(low, LOG_FLOOR * high), high) if self.log_y else (low, high)

    def path_bounds(self) -> tuple[float, float, float, float]:
        """(x min, x max, y min, y max) of a "pixels" curve's data (with log_y off)."""
        return self._path_thinner.bounds()

    def clear(self) -> None:
        """No points, and nothing remembered of the last series."""
        self._data = _EMPTY
        self._drawn = _EMPTY
        self._envelope = Envelope()
        self._path_thinner = PathThinner()
        self.setPath(QPainterPath())

    def get_data(self) -> tuple[np.ndarray, np.ndarray]:
        """The points last given, before thinning."""
        return self._data

    def drawn(self) -> tuple[np.ndarray, np.ndarray]:
        """The points the path goes through: thinned, and as log10(y) with `log_y` (cheap: kept)."""
        return self._drawn


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

    def get_data(self) -> tuple[np.ndarray, np.ndarray]:
        shown = self._markers[: self._count]
        return np.array([m.pos().x() for m in shown]), np.array([m.pos().y() for m in shown])


def decimal_mark() -> str:
    """The decimal mark the window writes: "," in French, "." in English (see i18n.number)."""
    return i18n.number(0.5, ".1f")[1]


def short_number(value: float) -> str:
    """A bar's value in a few characters: 3 significant digits, or every digit before the point
    (2750, not 2.75e+03), with a short exponent outside [0.001, 100000) (1.2e-5); with the
    window's decimal mark (0,25 in French)."""
    size = abs(value)
    if not np.isfinite(size):
        return str(value)
    if size == 0 or 1e-3 <= size < 1e5:
        digits = int(np.floor(np.log10(size))) + 1 if size else 1
        return i18n.number(value, f".{max(3, digits)}g")
    mantissa, exponent = f"{value:.2e}".split("e")
    return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}".replace(".", decimal_mark())


class Bars(QGraphicsItemGroup):
    """Horizontal bars from 0 to each value, one per row y; optionally labelled with their values.

    A label sits just past the end of its bar, or inside the bar's end, in white, where
    the view ends first. Labels keep their size on screen whatever the zoom.
    """

    LABEL_GAP = 3.0  # pixels between a bar's end and its label
    MARK_HALF_WIDTH = 2.0  # pixels: half of a mark's stroke (see show_labels' clear_of)
    LABEL_POINTS = 8.0  # at zoom 1

    def __init__(self, color: str, height: float = 0.6) -> None:
        super().__init__()
        self.height = height
        self._brush = _brush(color)
        self._label_brushes = (_brush(color), _brush("#ffffff"))  # outside, inside the bar
        self._rects: list[QGraphicsRectItem] = []
        self._labels: list[QGraphicsSimpleTextItem] = []
        self._labels_shown = False
        self._values = np.array([])
        self._rows = np.array([])
        self._font = QFont()
        self._placed: tuple[tuple[float, float], float, np.ndarray | None] | None = None
        self.set_label_points(self.LABEL_POINTS)

    def set_label_points(self, points: float) -> None:
        """The labels' size in points (the presenter's zoom: theme.restyle_plot sets it)."""
        if self._font.pointSizeF() == points:
            return
        self._font.setPointSizeF(points)
        metrics = QFontMetricsF(self._font)
        self._label_dy = -(metrics.ascent() - metrics.capHeight() / 2)  # digits centred on the row
        for label in self._labels:
            label.setFont(self._font)
        if self._labels_shown and self._placed is not None:
            self.show_labels(*self._placed)  # wider labels may fit elsewhere now

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
        self._rows = np.asarray(y, float)

    def values(self) -> np.ndarray:
        return self._values

    def show_labels(
        self, x_range: tuple[float, float], pixels: float, clear_of: np.ndarray | None = None
    ) -> None:
        """Write each value at the end of its bar, in a view spanning `x_range` over `pixels`
        pixels. A label that `clear_of[i]` (a mark on row i, beyond the bar's end) would cross
        goes past the mark; a label that fits nowhere is hidden rather than cut."""
        self._labels_shown = True
        self._placed = (x_range, pixels, clear_of)
        while len(self._labels) < len(self._values):
            label = QGraphicsSimpleTextItem()
            label.setFont(self._font)
            label.setPen(_NO_PEN)
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            # Redrawn from a pixmap while its text stays: without it, labels made every axis repaint.
            label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            label.setParentItem(self)
            self._labels.append(label)
        low, high = x_range
        scale = pixels / max(high - low, 1e-300)  # pixels per unit
        marks = self._values if clear_of is None else np.asarray(clear_of, float)
        for label, value, row, mark in zip(self._labels, self._values.tolist(), self._rows.tolist(), marks):
            text = short_number(value)
            if label.text() != text:
                label.setText(text)
            width = label.boundingRect().width()
            side = 1.0 if value >= 0 else -1.0
            end, mark_at = (value - low) * scale, (float(mark) - low) * scale  # pixels from the left
            past_mark = 0 < side * (mark_at - end) < self.LABEL_GAP + width + self.MARK_HALF_WIDTH
            if past_mark:  # the mark would cross the label: start past it
                anchor, gap = mark_at, self.LABEL_GAP + self.MARK_HALF_WIDTH
            else:
                anchor, gap = end, self.LABEL_GAP
            left = anchor + gap if side > 0 else anchor - gap - width
            brush = self._label_brushes[0]
            if not 0 <= left <= pixels - width:  # no room past the end: inside the bar's end?
                anchor = end
                left = end - self.LABEL_GAP - width if side > 0 else end + self.LABEL_GAP
                brush = self._label_brushes[1]
                if abs(value) * scale < width + 2 * self.LABEL_GAP or not 0 <= left <= pixels - width:
                    label.setVisible(False)
                    continue
            offset = left - anchor
            anchor = low + anchor / scale
            label.setBrush(brush)
            label.setTransform(QTransform.fromTranslate(offset, self._label_dy))
            label.setPos(anchor, row)
            label.setVisible(True)
        for label in self._labels[len(self._values) :]:
            label.setVisible(False)

    def hide_labels(self) -> None:
        if self._labels_shown:
            for label in self._labels:
                label.setVisible(False)
            self._labels_shown = False

    def label_texts(self) -> list[str]:
        """The labels shown, row by row ([] when hidden)."""
        return [label.text() for label in self._labels if label.isVisible()]
