"""The plots as SVG: lines, curves, bars and points as vector paths, text as text.

Rendered with Qt's QSvgGenerator rather than pyqtgraph's SVGExporter, which fails on these
plots (pyqtgraph 0.14: "not enough values to unpack" while it rewrites a polyline's points).
For the time of the export, items drawn from a cached pixmap (axes, titles, legends) are drawn
directly, and pyqtgraph's items are told they are exported (scatter points then draw as
paths, not from their pixmap atlas); otherwise they would land in the SVG as bitmaps. The
landscape's filled contours are an image in the window, and stay one in the SVG. The lines of
legend under a plot (a legend with no free spot, the racers, the landscape's arrows) are drawn
under it, as they are in the window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from ..files import write_atomically
from ..i18n import translate
from .legend_strip import LegendStrip

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["PLOTS", "plot_strips", "plot_view", "write_svg"]

PLOTS = ("fit", "loss", "landscape", "gradient")
_NO_CACHE = QGraphicsItem.CacheMode.NoCache
_EMPTY_PATH = re.compile(r'<path[^>]* d=""[^>]*/>\n?')


def plot_view(window: MainWindow, plot: str) -> QGraphicsView:
    """The view that draws the panel `plot` names (one of PLOTS)."""
    if plot not in PLOTS:
        message = translate("SvgExport", "no plot {plot}; choose one of {plots}")
        raise ValueError(message.format(plot=repr(plot), plots=", ".join(PLOTS)))
    panel = getattr(window, plot)
    return panel.layout_widget if plot == "gradient" else panel.plot_widget


def plot_strips(window: MainWindow, plot: str) -> list[QWidget]:
    """The legend lines shown under the panel `plot` names, top to bottom."""
    strips = [s for s in getattr(window, plot).findChildren(LegendStrip) if s.isVisible()]
    return sorted(strips, key=lambda strip: strip.y())


@contextmanager
def _drawn_as_vectors(scene: QGraphicsScene) -> Iterator[None]:
    cached = [(item, item.cacheMode()) for item in scene.items() if item.cacheMode() != _NO_CACHE]
    exported = [item for item in scene.items() if hasattr(item, "setExportMode")]
    for item, _ in cached:
        item.setCacheMode(_NO_CACHE)
    for item in exported:
        item.setExportMode(True, {"antialias": True})
    try:
        yield
    finally:
        for item in exported:
            item.setExportMode(False)
        for item, mode in cached:
            item.setCacheMode(mode)


def write_svg(path: str | Path, view: QGraphicsView, title: str, below: Sequence[QWidget] = ()) -> None:
    """Write what `view` shows, at its size on screen, and the widgets `below` under it, as an SVG
    file (whole or not at all)."""
    width = view.viewport().width()
    height = view.viewport().height() + sum(widget.height() for widget in below)

    def write(temporary: Path) -> None:
        generator = QSvgGenerator()
        generator.setFileName(str(temporary))
        generator.setSize(QRect(0, 0, width, height).size())
        generator.setResolution(view.logicalDpiX())  # else text (sized in points) is drawn 4/3 too big
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle(title)
        generator.setDescription("gradviz")
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(translate("SvgExport", "Qt could not start an SVG file there"))
        try:
            with _drawn_as_vectors(view.scene()):
                view.render(painter, QRect(0, 0, width, view.viewport().height()), view.viewport().rect())
            top = view.viewport().height()
            for widget in below:
                widget.render(painter, QPoint(0, top))
                top += widget.height()
        finally:
            painter.end()
        # Curves with no points yet (a test loss without a test set) come out as d="", which
        # SVG readers report as invalid path data.
        text = temporary.read_text(encoding="utf-8")
        temporary.write_text(_EMPTY_PATH.sub("", text), encoding="utf-8")

    write_atomically(path, write)
