"""An array on a card of the Graph view: its numbers when small, else a heatmap; the marks of a selection."""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsRectItem, QGraphicsSceneMouseEvent

from ..i18n import QT_TRANSLATE_NOOP, translate
from .graph_paint import (
    EDGE,
    LINE,
    MUTED,
    NO_PEN,
    PENDING_FILL,
    SELECTION,
    Box,
    Label,
    font,
    format_number,
    make_pen,
    text_width,
)

__all__ = ["ArrayView", "heat_sample", "heat_image", "NOT_COMPUTED"]

NOT_COMPUTED = QT_TRANSLATE_NOOP("Graph", "not computed yet")
MAX_LABEL = QT_TRANSLATE_NOOP("Graph", "max")
MIN_LABEL = QT_TRANSLATE_NOOP("Graph", "min")
ROW_LABEL = QT_TRANSLATE_NOOP("Graph", "row {row}:")  # before a selected row's numbers


def _shown(source: str) -> str:
    return translate("Graph", source)


MAX_NUMBERS = (6, 6)  # arrays up to this many rows and columns show their numbers
THUMB_CELLS = 64  # a heatmap shows at most this many rows and columns of data
HEAT_CELL, HEAT_MAX_W, HEAT_H = 11.0, 132.0, 38.0
ROW_LINES = 5  # at most this many lines of a selected row's numbers
CELL_GAP = 8.0


def _grid(shape: tuple[int, ...]) -> tuple[int, int]:
    """Rows and columns an array is drawn as: a scalar is 1×1, a (p,) vector one row."""
    if len(shape) == 0:
        return 1, 1
    if len(shape) == 1:
        return 1, shape[0]
    return shape[0], int(np.prod(shape[1:]))


def heat_sample(array: np.ndarray, cells: int = THUMB_CELLS) -> np.ndarray:
    """At most cells×cells entries of a 2-D array, at evenly spaced rows and columns: real
    entries (an average of standardized columns would be a grey blur), read in O(cells²)."""
    rows, cols = (np.linspace(0, size - 1, min(size, cells)).round().astype(np.intp) for size in array.shape)
    return array[np.ix_(rows, cols)]


# A diverging map centred on 0: blue below, white at 0, red above.
_STOPS = np.array([-1.0, -0.5, 0.0, 0.5, 1.0])
_RGB = np.array([[33, 102, 172], [103, 169, 207], [247, 247, 247], [239, 138, 98], [178, 24, 43]], float)


def heat_image(sample: np.ndarray) -> QImage:
    finite = np.isfinite(sample)
    scale = float(np.abs(sample[finite]).max()) if finite.any() else 0.0
    t = np.where(finite, sample, 0.0) / scale if scale > 0 else np.zeros(sample.shape)
    rgb = np.stack([np.interp(t, _STOPS, _RGB[:, k]) for k in range(3)], axis=-1)
    rgb[~finite] = 190
    height, width = sample.shape
    data = np.ascontiguousarray(rgb.astype(np.uint8)).tobytes()
    return QImage(data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


class ArrayView(QGraphicsRectItem):
    """An array in a box of fixed size: its numbers when small, otherwise a heatmap with
    its min and max and, for an array of examples (q rows), the numbers of row i.

    `on_click(index)` gets the entry clicked (None for a scalar).
    """

    def __init__(
        self,
        parent: QGraphicsItem,
        shape: tuple[int, ...],
        examples: bool = False,
        on_click: Callable[[tuple[int, ...] | None], None] | None = None,
        can_pend: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setPen(NO_PEN)
        self.shape_ = shape
        self.rows, self.cols = _grid(shape)
        self.numbers = self.rows <= MAX_NUMBERS[0] and self.cols <= MAX_NUMBERS[1]
        self.examples = examples
        self.on_click = on_click
        self.row = 0
        self._array: np.ndarray | None = None
        self._shown: object = None  # the array last drawn, to skip the same one
        self._row_spans: list[tuple[int, float, float, int]] = []  # (line, x0, x1, column)
        self.row_lines: list[Label] = []
        mono = QFontMetricsF(font("mono"))
        if self.numbers:
            self.cell_w = mono.horizontalAdvance("−0.000000")
            self.cells = [Label(self, "mono") for _ in range(self.rows * self.cols)]
            width = self.cols * self.cell_w + (self.cols - 1) * CELL_GAP
            height = self.rows * LINE
        else:
            self.heat_w = min(max(self.cols * HEAT_CELL, HEAT_CELL + 3), HEAT_MAX_W)
            self.heat_h = HEAT_H if self.rows > 1 else LINE
            self.pixmap = QGraphicsPixmapItem(self)
            self.pixmap.setTransformationMode(Qt.TransformationMode.FastTransformation)
            self.heat_frame = QGraphicsRectItem(0, 0, self.heat_w, self.heat_h, self)
            self.heat_frame.setPen(make_pen(EDGE, 1.0))
            label_x = self.heat_w + 8
            self.max_label = Label(self, "small", MUTED)
            self.min_label = Label(self, "small", MUTED)
            self.max_label.setPos(label_x, 0)
            self.min_label.setPos(label_x, max(self.heat_h - LINE, LINE))
            width = label_x + text_width(f"{_shown(MAX_LABEL)} −0.000000", "small")
            height = max(self.heat_h, 2 * LINE)
            if examples:
                caption = mono.horizontalAdvance(_shown(ROW_LABEL).format(row=self.rows - 1))
                token = mono.horizontalAdvance("  −0.0000")  # a typical number; longer ones may wrap
                width = max(width, caption + token)
                per_line = max(1, int(width // token))
                lines = min(ROW_LINES, math.ceil((self.cols + 1) / per_line))
                for k in range(lines):
                    line = Label(self, "mono")
                    line.setPos(0, height + 4 + k * LINE)
                    self.row_lines.append(line)
                height += 4 + lines * LINE
        if can_pend:  # room to say "not computed yet"
            width = max(width, text_width(_shown(NOT_COMPUTED), "note") + 14)
        self.setRect(0, 0, width, max(height, LINE + 4))
        self.pending_box = Box(self, width, max(height, LINE + 4), PENDING_FILL, radius=4)
        self.pending_box.set_look("pending")
        self.pending_text = Label(self.pending_box, "note", MUTED, _shown(NOT_COMPUTED))
        self.pending_text.setPos(7, (self.pending_box.height - LINE) / 2)
        self.marks = {name: self._mark() for name in ("entry", "column", "row", "row_entry")}

    def _mark(self) -> QGraphicsRectItem:
        mark = QGraphicsRectItem(self)
        mark.setPen(make_pen(SELECTION, 2.0))
        mark.setZValue(2)
        mark.setVisible(False)
        return mark

    @property
    def width(self) -> float:
        return self.rect().width()

    @property
    def height(self) -> float:
        return self.rect().height()

    # -- what it shows -------------------------------------------------------

    def show_array(self, array: object) -> None:
        """Draw `array`, unless it is the very array drawn last (arrays are never changed
        in place once traced: a walk holds its step's own)."""
        self._set_pending(None)
        if array is self._shown:
            return
        self._shown = array
        grid = np.asarray(array, dtype=float).reshape(self.rows, self.cols)
        self._array = grid
        if self.numbers:
            texts = [format_number(value) for value in grid.ravel().tolist()]
            for cell, text in zip(self.cells, texts):
                cell.setText(text)
            widths = [cell.boundingRect().width() for cell in self.cells]
            for c in range(self.cols):  # each column right-aligned on its widest number
                column = range(c, grid.size, self.cols)
                right = c * (self.cell_w + CELL_GAP) + max(widths[k] for k in column)
                for k in column:
                    self.cells[k].setPos(right - widths[k], (k // self.cols) * LINE)
        else:
            image = heat_image(heat_sample(grid))
            self.pixmap.setPixmap(QPixmap.fromImage(image))
            self.pixmap.setTransform(
                QTransform.fromScale(self.heat_w / image.width(), self.heat_h / image.height())
            )
            self.max_label.setText(f"{_shown(MAX_LABEL)} {format_number(grid.max())}")
            self.min_label.setText(f"{_shown(MIN_LABEL)} {format_number(grid.min())}")
        self._show_row()

    def show_pending(self, text: str | None = None) -> None:
        self._set_pending(_shown(NOT_COMPUTED) if text is None else text)

    def _set_pending(self, text: str | None) -> None:
        pending = text is not None
        self.pending_box.setVisible(pending)
        if pending:
            self.pending_text.set(text or _shown(NOT_COMPUTED))
            self._shown = None
            for mark in self.marks.values():
                mark.setVisible(False)
        for child in self.childItems():
            if child is not self.pending_box and child not in self.marks.values():
                child.setVisible(not pending)

    @property
    def pending(self) -> bool:
        return self.pending_box.isVisible()

    def set_row(self, row: int) -> None:
        self.row = row
        if self._array is not None and not self.pending:
            self._show_row()

    def _show_row(self) -> None:
        if not self.examples or self._array is None:
            return
        row = min(self.row, self.rows - 1)
        if self.numbers:
            numbers = self.cols * self.cell_w + (self.cols - 1) * CELL_GAP
            self._place(self.marks["row"], QRectF(-4, row * LINE, numbers + 8, LINE))
            return
        band = self.heat_h / self.rows
        y = row * band if band >= 3 else (row + 0.5) * band - 1  # a row with room is framed, else a line
        self._place(self.marks["row"], QRectF(-3, y, self.heat_w + 6, max(band, 2.0)))
        mono = QFontMetricsF(font("mono"))
        texts = [_shown(ROW_LABEL).format(row=row)]
        x = mono.horizontalAdvance(texts[0])
        self._row_spans = []
        for column, token in enumerate(format_number(v) for v in self._array[row].tolist()):
            last_line = len(texts) == len(self.row_lines)
            room = self.width - (mono.horizontalAdvance(" …") if last_line else 0.0)
            if x + mono.horizontalAdvance("  " + token) > room:
                if last_line:
                    texts[-1] += " …"
                    break
                texts.append("")
                x = 0.0
            separator = "  " if texts[-1] else ""
            start = x + mono.horizontalAdvance(separator)
            end = start + mono.horizontalAdvance(token)
            self._row_spans.append((len(texts) - 1, start, end, column))
            texts[-1] += separator + token
            x = end
        for label, text in zip(self.row_lines, texts + [""] * len(self.row_lines)):
            label.setText(text)

    # -- marks ---------------------------------------------------------------

    def clear_marks(self) -> None:
        for name in ("entry", "column", "row_entry"):
            self.marks[name].setVisible(False)

    def mark_entry(self, index: tuple[int, ...] | None) -> None:
        if self.pending or self._array is None:
            return
        r, c = (0, 0) if not index else ((0, index[0]) if len(index) == 1 else (index[0], index[1]))
        self._place(self.marks["entry"], self._cell_rect(r, c))

    def mark_column(self, column: int) -> None:
        if self.pending or self._array is None or not 0 <= column < self.cols:
            return
        if self.numbers:
            rect = self._cell_rect(0, column).united(self._cell_rect(self.rows - 1, column))
        else:
            width = self.heat_w / self.cols
            rect = QRectF(column * width - 1, -1, max(width, 1.0) + 2, self.heat_h + 2)
            for line, x0, x1, col in self._row_spans:
                if col == column:
                    self._place(
                        self.marks["row_entry"], QRectF(x0 - 2, self.row_lines[line].y(), x1 - x0 + 4, LINE)
                    )
        self._place(self.marks["column"], rect)

    def _cell_rect(self, r: int, c: int) -> QRectF:
        if self.numbers:
            return QRectF(c * (self.cell_w + CELL_GAP) - 3, r * LINE, self.cell_w + 6, LINE)
        width, height = self.heat_w / self.cols, self.heat_h / self.rows
        x, y = c * width, r * height
        return QRectF(x - 1.5, y - 1.5, max(width, 1.0) + 3, max(height, 1.0) + 3)

    def _place(self, mark: QGraphicsRectItem, rect: QRectF) -> None:
        mark.setRect(rect)
        mark.setVisible(True)

    # -- clicks --------------------------------------------------------------

    def index_at(self, point: QPointF) -> tuple[int, ...] | None:
        """The entry (row, column) under `point` (item coordinates), or None."""
        x, y = point.x(), point.y()
        if self.numbers:
            r, c = int(y // LINE), int(x // (self.cell_w + CELL_GAP))
            return (r, c) if 0 <= r < self.rows and 0 <= c < self.cols else None
        if 0 <= x < self.heat_w and 0 <= y < self.heat_h:
            return int(y / self.heat_h * self.rows), int(x / self.heat_w * self.cols)
        for line, x0, x1, column in self._row_spans:
            top = self.row_lines[line].y()
            if x0 <= x <= x1 and top <= y < top + LINE:
                return min(self.row, self.rows - 1), column
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        entry = None if self.pending or self._array is None else self.index_at(event.pos())
        if entry is None or self.on_click is None:
            event.ignore()
            return
        r, c = entry
        self.on_click(None if not self.shape_ else (c,) if len(self.shape_) == 1 else (r, c))
