"""Colours and pens shared by every panel, so the window reads as one piece."""

from __future__ import annotations

import pyqtgraph as pg

BACKGROUND = "#ffffff"
FOREGROUND = "#222222"
TRAIN = "#1f77b4"
TEST = "#ff7f0e"
MODEL = "#d62728"
OPTIMUM = "#2ca02c"
PATH = "#222222"
ARROW = "#d62728"
GRID_ALPHA = 0.15
ERROR = "#c62828"

MAX_SCATTER_POINTS = 20_000  # beyond this, static data is drawn as a density image
MAX_MOVING_POINTS = 2_000  # points that move every frame (predictions, residuals)


def configure() -> None:
    pg.setConfigOptions(background=BACKGROUND, foreground=FOREGROUND, antialias=True)


def pen(color: str, width: float = 2.0, dashed: bool = False) -> pg.QtGui.QPen:
    p = pg.mkPen(color, width=width)
    if dashed:
        p.setStyle(pg.QtCore.Qt.PenStyle.DashLine)
    p.setCosmetic(True)
    return p


def style_plot(plot: pg.PlotItem, title: str, x: str, y: str) -> None:
    plot.setTitle(title, size="11pt")
    plot.setLabel("bottom", x)
    plot.setLabel("left", y)
    plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)
    plot.setMenuEnabled(False)
