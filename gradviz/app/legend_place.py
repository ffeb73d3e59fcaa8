"""Legends that keep off the data: each sits where it hides the least of what its plot draws.

A `PlacedLegend` tries nine spots in its view (the corners first, then the middles of the
edges, then the centre) and takes the one over the least ink: the length of the lines under
it times their width, the area of the points and the density under it. It looks again when
the view is resized or its range changes, when its entries change, and, cheaply, when a
panel says its data changed (`keep_clear`: only the spot it is in is looked at then, and it
moves only if another spot hides at most half as much). What is measured is what is drawn:
the thinned arrays of items.Curve, never the whole history.

When every spot hides some (a small screen, a large font), a legend given a strip
(`spill_into`) leaves its view for that line of text under the plot. It stays there for the
run: it comes back only when the panel is resized, the legend's entries change, or the panel
starts a new run (`reconsider`), so the plot does not jump at every step.

The user may drag a legend anywhere in its view; it stays there (through resizes, in
proportion) until a double-click hands it back to the automatic placement.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem

from .items import Curve, Marker
from .legend_strip import LegendStrip, sample_entry

__all__ = ["PlacedLegend", "SPOTS", "ink_under"]

# Where a legend may sit, as (x, y) anchors in its view: 0 is the left or top edge, 1 the right
# or bottom. In this order of preference (after the panel's own corner).
SPOTS = ((1, 0), (0, 0), (1, 1), (0, 1), (1, 0.5), (0, 0.5), (0.5, 0), (0.5, 1), (0.5, 0.5))
MARGIN = 8.0  # pixels between a legend and the edges of its view
CLEARANCE = 3.0  # pixels around a legend that count as under it: a line may not graze it
MOVE_FOR = 0.5  # keep_clear moves the legend when another spot hides at most this share of the ink
PATIENCE = 10  # after finding no better spot, keep_clear looks again only after this many calls


def _spot(offset: tuple[float, float]) -> tuple[float, float]:
    """The anchor of pyqtgraph's legend offset: negative values count from the right or bottom."""
    return (1 if offset[0] <= 0 else 0, 1 if offset[1] <= 0 else 0)


def _scene_xy(item: QGraphicsItem, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    t: QTransform = item.sceneTransform()
    return t.m11() * x + t.m21() * y + t.m31(), t.m12() * x + t.m22() * y + t.m32()


def _segments_ink(x0, y0, x1, y1, box: QRectF) -> float:
    """The total length of the segments (x0, y0)–(x1, y1) inside `box` (Liang–Barsky clipping)."""
    left, right, top, bottom = box.left(), box.right(), box.top(), box.bottom()
    near = (
        (np.fmax(x0, x1) >= left)
        & (np.fmin(x0, x1) <= right)
        & (np.fmax(y0, y1) >= top)
        & (np.fmin(y0, y1) <= bottom)
    )
    if not near.any():
        return 0.0
    x0, y0, x1, y1 = x0[near], y0[near], x1[near], y1[near]
    dx, dy = x1 - x0, y1 - y0
    enter, leave = np.zeros(len(dx)), np.ones(len(dx))
    with np.errstate(divide="ignore", invalid="ignore"):
        for start, delta, low, high in ((x0, dx, left, right), (y0, dy, top, bottom)):
            moving = delta != 0
            a, b = (low - start) / delta, (high - start) / delta
            enter = np.where(moving, np.fmax(enter, np.fmin(a, b)), enter)
            leave = np.where(moving, np.fmin(leave, np.fmax(a, b)), leave)
    length = np.hypot(dx, dy)
    inside = np.clip(leave - enter, 0.0, None) * length
    dots = np.count_nonzero(length == 0)  # a segment of no length (both ends in one place): a dot
    return float(inside.sum()) + dots


class _Ink:
    """What one plot item draws, in scene pixels, ready to be measured under boxes."""

    def __init__(self, item: QGraphicsItem) -> None:
        self.item = item
        if isinstance(item, Marker):  # drawn in pixels about its point: sceneBoundingRect is wrong for it
            self.bounds = item.boundingRect().translated(item.scenePos())
        else:
            self.bounds = item.sceneBoundingRect()
        self._prepared = False

    def under(self, box: QRectF) -> float:
        if not self.bounds.intersects(box):
            return 0.0
        if not self._prepared:
            self._prepare()
        return self._measure(box)

    def _prepare(self) -> None:
        self._prepared = True
        item = self.item
        self.kind, self.weight = "none", 1.0
        if isinstance(item, Marker):
            self.kind = "area"
        elif isinstance(item, Curve):
            x, y = item.drawn()
            x, y = _scene_xy(item, x, y)
            if item.connect == "pairs":
                end = len(x) - len(x) % 2
                self.segments = (x[0:end:2], y[0:end:2], x[1:end:2], y[1:end:2])
            else:
                self.segments = (x[:-1], y[:-1], x[1:], y[1:])
            self.kind, self.weight = "lines", max(item.pen().widthF(), 1.0)
        elif isinstance(item, QGraphicsLineItem):
            line = item.line()
            x, y = _scene_xy(item, np.array([line.x1(), line.x2()]), np.array([line.y1(), line.y2()]))
            self.segments = (x[:1], y[:1], x[1:], y[1:])
            self.kind, self.weight = "lines", max(item.pen().widthF(), 1.0)
        elif isinstance(item, pg.ScatterPlotItem):
            x, y = item.getData()
            self.points = _scene_xy(item, np.asarray(x, float), np.asarray(y, float))
            size = item.opts.get("size", 6)
            self.kind, self.weight = "points", float(size) ** 2
        elif isinstance(item, pg.ImageItem) and item.image is not None:
            self.kind = "image"

    def _measure(self, box: QRectF) -> float:
        if self.kind == "lines":
            return self.weight * _segments_ink(*self.segments, box)
        if self.kind == "points":
            x, y = self.points
            inside = (x >= box.left()) & (x <= box.right()) & (y >= box.top()) & (y <= box.bottom())
            return self.weight * np.count_nonzero(inside)
        if self.kind == "image":
            return self._image_ink(box)
        if self.kind == "area":  # a marker
            overlap = self.bounds.intersected(box)
            return overlap.width() * overlap.height()
        return 0.0

    def _image_ink(self, box: QRectF) -> float:
        """The density under `box`: its share of the image's ink, times the area it covers."""
        item = self.item
        assert isinstance(item, pg.ImageItem)
        image = np.asarray(item.image, dtype=np.float64)
        total = np.nansum(image)
        if not total > 0:
            return 0.0
        local = item.mapRectFromScene(box)  # in the image's pixels (its columns along x)
        rows, columns = image.shape[:2]
        i0, i1 = int(max(np.floor(local.left()), 0)), int(min(np.ceil(local.right()), rows))
        j0, j1 = int(max(np.floor(local.top()), 0)), int(min(np.ceil(local.bottom()), columns))
        if i0 >= i1 or j0 >= j1:
            return 0.0
        share = np.nansum(image[i0:i1, j0:j1]) / total
        return float(share * self.bounds.width() * self.bounds.height())


def ink_under(items: Iterable[QGraphicsItem], box: QRectF) -> float:
    """How much of what `items` draw lies under `box` (scene coordinates), in pixels² of ink."""
    return sum(_Ink(item).under(box) for item in items)


class PlacedLegend(pg.LegendItem):
    """A legend that finds the spot of its view where it hides the least, unless the user drags it.

    `offset` (pyqtgraph's: negative values count from the right or bottom) names the corner
    it prefers when several spots hide nothing.
    """

    def __init__(self, offset: tuple[float, float] = (-8, 8), **kwargs) -> None:
        super().__init__(offset=offset, **kwargs)
        preferred = _spot(offset)
        self.spots = (preferred, *[spot for spot in SPOTS if spot != preferred])
        self.spot: tuple[float, float] | None = preferred  # None once the user has dragged it
        self._ignored: set[int] = set()
        self._size = (0.0, 0.0)
        self._view: pg.ViewBox | None = None
        self._wait = 0  # keep_clear calls left before it searches again (see PATIENCE)
        self.strip: LegendStrip | None = None

    # -- what it avoids --------------------------------------------------------

    def ignore(self, *items: QGraphicsItem) -> None:
        """Never mind `items` (what moves at every step, say: the legend would chase it)."""
        self._ignored.update(id(item) for item in items)

    def obstacles(self) -> list[QGraphicsItem]:
        """The items of the view that are drawn and not ignored."""
        view = self._view
        if view is None:
            return []
        return [item for item in view.addedItems if item.isVisible() and id(item) not in self._ignored]

    def box_at(self, spot: tuple[float, float], clearance: float = CLEARANCE) -> QRectF:
        """Where the legend would be at `spot`, in scene coordinates, with its clearance."""
        assert self._view is not None
        width, height = self.width(), self.height()
        left, top = self._position(spot)
        box = self._view.mapRectToScene(QRectF(left, top, width, height))
        return box.adjusted(-clearance, -clearance, clearance, clearance)

    def hidden(self) -> float:
        """The ink under the legend where it is now."""
        box = self.sceneBoundingRect().adjusted(-CLEARANCE, -CLEARANCE, CLEARANCE, CLEARANCE)
        return ink_under(self.obstacles(), box)

    # -- placing ---------------------------------------------------------------

    def place(self) -> None:
        """Move to the spot that hides the least (ties: stay, else the earlier spot), or to the
        strip if every spot hides some."""
        if self.spilled:
            if self._panel_size() != self._spilled_at:
                self.reconsider()
            return
        if not self._can_place():
            return
        self._wait = 0
        inks = [_Ink(item) for item in self.obstacles()]
        costs = {spot: sum(ink.under(self.box_at(spot)) for ink in inks) for spot in self.spots}
        best = min(self.spots, key=lambda spot: (costs[spot], spot != self.spot))
        if self._covers(inks, best):
            self._spill()
        else:
            self._move_to(best)

    def keep_clear(self) -> None:
        """After the data changed: move if the legend now hides some, and another spot hides much less."""
        if self._wait > 0:
            self._wait -= 1
            return
        if self.spilled or not self._can_place() or self.spot is None:
            return
        inks = [_Ink(item) for item in self.obstacles()]
        here = sum(ink.under(self.box_at(self.spot)) for ink in inks)
        if here == 0:
            return
        costs = {spot: sum(ink.under(self.box_at(spot)) for ink in inks) for spot in self.spots}
        best = min(self.spots, key=lambda spot: costs[spot])
        if self._covers(inks, best):
            self._spill()
        elif costs[best] <= MOVE_FOR * here:
            self._move_to(best)
        else:  # every spot hides some: searching at every frame would only cost time
            self._wait = PATIENCE

    # -- the strip under the plot ----------------------------------------------

    def spill_into(self, strip: LegendStrip) -> None:
        """Where to go when every spot of the view hides some data (the panel lays it out)."""
        self.strip = strip

    @property
    def spilled(self) -> bool:
        """In the strip under the plot, not in the view."""
        return self._spilled_at is not None

    def reconsider(self) -> None:
        """Back into the view, where it stays if a spot there hides nothing (a new run, a resize)."""
        if self.spilled:
            self._spilled_at = None
            assert self.strip is not None
            self.strip.set_entries([])
            self.setVisible(True)
        self.place()

    def _covers(self, inks: list[_Ink], spot: tuple[float, float]) -> bool:
        """At `spot`, with a strip to go to, the legend would cover data (not only graze it)."""
        if self.strip is None:
            return False
        box = self.box_at(spot, clearance=0.0)
        return sum(ink.under(box) for ink in inks) > 0

    def _spill(self) -> None:
        assert self.strip is not None
        self._spilled_at = self._panel_size()
        self.setVisible(False)
        self.strip.set_entries([sample_entry(sample.item, label.text) for sample, label in self.items])

    def _panel_size(self) -> tuple[int, int]:
        panel = self.strip.parentWidget() if self.strip is not None else None
        return (panel.width(), panel.height()) if panel is not None else (0, 0)

    def _can_place(self) -> bool:
        view = self._view
        if self.spot is None or view is None or view.width() <= 0 or view.height() <= 0 or self.width() <= 0:
            return False
        view.updateMatrix()  # pyqtgraph defers it to the next paint: the items' transforms would be stale
        return True

    def _position(self, spot: tuple[float, float]) -> tuple[float, float]:
        """The top-left corner of the legend at `spot`, in its view's coordinates."""
        assert self._view is not None
        margins = [MARGIN * (1 - 2 * anchor) if anchor in (0, 1) else 0.0 for anchor in spot]
        left = spot[0] * (self._view.width() - self.width()) + margins[0]
        top = spot[1] * (self._view.height() - self.height()) + margins[1]
        return left, top

    def _move_to(self, spot: tuple[float, float]) -> None:
        if spot == self.spot and self._anchored:
            return
        self.spot = spot
        self._anchored = True
        margins = tuple(MARGIN * (1 - 2 * anchor) if anchor in (0, 1) else 0.0 for anchor in spot)
        if spot[0] in (0, 1) and spot[1] in (0, 1):
            self.opts["offset"] = margins  # a corner, as pyqtgraph's setOffset names it
        self.anchor(itemPos=spot, parentPos=spot, offset=margins)

    _anchored = False  # pyqtgraph anchors it at its offset first: the same spot, until moved
    # The panel's size when it went to the strip; a class default, as pyqtgraph's __init__ calls updateSize.
    _spilled_at: tuple[int, int] | None = None

    # -- pyqtgraph's hooks ---------------------------------------------------------

    def setParentItem(self, parent) -> None:  # noqa: N802 - Qt's name
        super().setParentItem(parent)
        if isinstance(parent, pg.ViewBox) and parent is not self._view:
            self._view = parent
            self._anchored = True  # at its offset: pyqtgraph's setParentItem anchored it there
            parent.sigResized.connect(lambda *_: self.place())
            parent.sigRangeChanged.connect(lambda *_: self.place())

    def updateSize(self) -> None:  # noqa: N802 - pyqtgraph's name
        super().updateSize()
        size = (self.width(), self.height())
        if size != getattr(self, "_size", size):
            self._size = size
            self.reconsider()  # other entries: it may fit in its view now, or no longer
        elif self.spilled:
            self._spill()  # the same size, other words

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 - pyqtgraph's name
        if ev.button() != Qt.MouseButton.LeftButton or self._view is None:
            return
        ev.accept()
        self.spot = None  # the user's place from now on
        view = self._view.boundingRect()
        position = self.pos() + ev.pos() - ev.lastPos()
        left = min(max(position.x(), view.left()), max(view.right() - self.width(), view.left()))
        top = min(max(position.y(), view.top()), max(view.bottom() - self.height(), view.top()))
        self.autoAnchor(QPointF(left, top))  # in proportion to the view: it stays put when resized

    def mouseDoubleClickEvent(self, ev) -> None:  # noqa: N802 - pyqtgraph's name
        """Back to the automatic placement."""
        super().mouseDoubleClickEvent(ev)
        self.spot = self.spots[0]
        self._anchored = False
        self.place()

    @property
    def dragged(self) -> bool:
        """The user has put it somewhere (and it stays there)."""
        return self.spot is None
