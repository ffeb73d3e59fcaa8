"""The edges of the Graph view, the arrows and the gradient tags on them, and the legend of the looks."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF
from PySide6.QtGui import QBrush, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem

from .graph_arrays import ArrayView
from .graph_paint import (
    ARROW_INK,
    FAINT,
    FILL,
    GRADIENT,
    HIGHLIGHT,
    INK,
    LINE,
    MUTED,
    NO_PEN,
    SELECTION,
    Box,
    Label,
    colour,
    make_pen,
    shape_text,
)

__all__ = ["Arrow", "GradTag", "Legend"]


class Legend(QGraphicsRectItem):
    """What the outlines mean, in one line: a small sample box for each look, and its name."""

    def __init__(self, entries: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.setPen(NO_PEN)
        x = 0.0
        for look, text in entries:
            sample = Box(self, 16, 11, FILL, radius=3)
            sample.setPos(x, 3)
            if look == "selected":
                sample.setPen(make_pen(SELECTION, 2.0))
            elif look == "gradient":
                sample.set_look("normal", edge=GRADIENT)
            else:
                sample.set_look(look if look != "current" else "normal", highlight=look == "current")
            label = Label(self, "small", MUTED, text)
            label.setPos(x + 22, 0)
            x += 22 + label.boundingRect().width() + 18
        self.setRect(0, 0, x, LINE)


class Arrow(QGraphicsPathItem):
    """An edge: a smooth path through `points` (left to right), with a head at the end."""

    def __init__(self, points: Sequence[QPointF]) -> None:
        super().__init__()
        path = QPainterPath(points[0])
        for start, end in zip(points[:-1], points[1:]):
            half = (end.x() - start.x()) / 2
            path.cubicTo(QPointF(start.x() + half, start.y()), QPointF(end.x() - half, end.y()), end)
        self.setPath(path)
        tip = points[-1]
        head = QPainterPath(tip)
        head.lineTo(tip.x() - 9, tip.y() - 4.5)
        head.lineTo(tip.x() - 9, tip.y() + 4.5)
        head.closeSubpath()
        self.head = QGraphicsPathItem(head, self)
        self.set_highlight(False)

    def set_highlight(self, on: bool) -> None:
        color = HIGHLIGHT if on else ARROW_INK
        self.setPen(make_pen(color, 2.8 if on else 1.4))
        self.head.setPen(NO_PEN)
        self.head.setBrush(QBrush(colour(color)))


class GradTag(Box):
    """What an edge carries back: ∂C/∂input, the formula that made it, its shape and values."""

    def __init__(
        self,
        title: str,
        algebra: str,
        shape: tuple[int, ...] | None,
        examples: bool,
        on_click: Callable[[tuple[int, ...] | None], None] | None,
    ) -> None:
        super().__init__(None, 1, 1, FILL, radius=6)
        self.setZValue(2)
        self.title = Label(self, "body" if shape is not None else "small", INK, title)
        self.title.setPos(7, 5)
        self.shape_label = Label(self, "small", MUTED, "" if shape is None else shape_text(shape))
        self.algebra = Label(self, "small", MUTED, algebra)
        self.algebra.setPos(7, 5 + LINE * (title.count("\n") + 1))
        y = self.algebra.y() + LINE + 2
        self.view: ArrayView | None = None
        shorter = min(self.title, self.algebra, key=lambda label: label.boundingRect().width())
        lines = (self.title.boundingRect().width(), self.algebra.boundingRect().width())
        width = max(*lines, shorter.boundingRect().width() + 10 + self.shape_label.boundingRect().width())
        if shape is not None:
            self.view = ArrayView(self, shape, examples, on_click)
            self.view.setPos(7, y)
            y += self.view.height + 3
            width = max(width, self.view.width)
        self.resize(width + 14, y + 4, 6)
        shape_y = shorter.y() + 1 if shorter is self.algebra else 6
        self.shape_label.setPos(self.width - 7 - self.shape_label.boundingRect().width(), shape_y)

    def set_state(self, state: str, highlight: bool) -> None:
        """state: "pending" (backward has not got here), "known", or "unneeded" (greyed)."""
        self.set_look("normal" if state == "known" else state, highlight, edge=GRADIENT)
        color = INK if state == "known" else FAINT
        self.title.set_color(color)
        self.algebra.set_color(MUTED if state == "known" else FAINT)
        if self.view is not None:
            self.view.setVisible(state != "unneeded")
