"""A legend in a line of text under a plot, where it can never cover the data."""

from __future__ import annotations

import html
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

__all__ = ["LegendStrip", "legend_entry", "sample_entry", "SOLID", "DASHED"]

SOLID, DASHED = "━━", "╍╍"
FILLED, HOLLOW, SQUARE = "●", "○", "■"


def legend_entry(colour: str, text: str, sample: str = SOLID) -> str:
    text = html.escape(text).replace(" ", "&nbsp;")  # lines break between entries, not inside one
    return f'<span style="color:{colour}; font-weight:bold">{sample}</span>&nbsp;{text}'


def sample_entry(item: pg.GraphicsObject, text: str) -> str:
    """The entry of a pyqtgraph legend sample (a line, dashed or not, or points) as text."""
    opts = getattr(item, "opts", {})
    symbol = opts.get("symbol")
    if isinstance(item, pg.ScatterPlotItem) or symbol is not None:
        brush = pg.mkBrush(opts.get("symbolBrush", opts.get("brush")))
        if brush.style() == Qt.BrushStyle.NoBrush or brush.color().alpha() == 0:
            colour = pg.mkPen(opts.get("symbolPen", opts.get("pen"))).color()
            return legend_entry(colour.name(), text, HOLLOW)
        return legend_entry(brush.color().name(), text, SQUARE if symbol == "s" else FILLED)
    pen = pg.mkPen(opts.get("pen"))
    return legend_entry(pen.color().name(), text, SOLID if pen.style() == Qt.PenStyle.SolidLine else DASHED)


class LegendStrip(QLabel):
    """Entries made by `legend_entry`, in lines under a plot. Its text is set only when it changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._entries: tuple[str, ...] = ()
        self.setVisible(False)

    def set_entries(self, entries: Sequence[str]) -> None:
        entries = tuple(entries)
        if entries == self._entries:
            return
        self._entries = entries
        self.setText(" &nbsp; ".join(entries))
        self.setVisible(bool(entries))

    @property
    def entries(self) -> tuple[str, ...]:
        return self._entries
