"""What a race draws: each racer's path on the landscape and its loss curve (legend_strip names them)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

from ..engine.race import MAX_RACERS
from . import theme
from .items import Curve, Marker
from .race import RacerView

__all__ = ["RacePaths", "RaceCurves", "HALO"]

HALO = "#ffffff"  # under each racer's path, so that every colour reads on every band of the contours


class RacePaths:
    """Racers 2 and on, on the landscape: a line with a white halo each, and a dot where it is."""

    def __init__(self, plot: pg.PlotItem, z: float) -> None:
        self.halos = [Curve(theme.pen(HALO, 5), thin="pixels") for _ in range(MAX_RACERS)]
        self.lines = [Curve(theme.pen(HALO, 2.5), thin="pixels") for _ in range(MAX_RACERS)]
        self.dots = [Marker("o", 9, pg.mkPen(HALO, width=1.5), HALO) for _ in range(MAX_RACERS)]
        for k, items in enumerate(zip(self.halos, self.lines, self.dots)):
            for item, lift in zip(items, (0.0, 0.1, 0.2)):
                item.setZValue(z + lift - 0.3 * k)  # racer 2 above racer 3 …
                plot.addItem(item)
        self.views: list[RacerView] = []

    def show(self, views: Sequence[RacerView], axes: tuple[tuple[int, int], tuple[int, int]]) -> None:
        """Draw `views` (racer 1 included: its halo goes under the main path), projected on `axes`."""
        self.views = list(views)
        (r1, c1), (r2, c2) = axes
        for k in range(MAX_RACERS):
            halo, line, dot = self.halos[k], self.lines[k], self.dots[k]
            if k >= len(views) or not len(views[k].iterations):
                for item in (halo, line, dot):
                    item.clear()
                continue
            view = views[k]
            xs, ys = view.thetas[:, r1, c1], view.thetas[:, r2, c2]
            halo.set_data(xs, ys)
            if k == 0:  # racer 1 is the main run, drawn by the panel's own path
                line.clear()
                dot.clear()
                continue
            if line.pen().color().name().lower() != view.colour.lower():
                line.setPen(theme.pen(view.colour, 2.5))
                dot.setBrush(pg.mkBrush(view.colour))
            line.set_data(xs, ys)
            dot.set_point(xs[-1], ys[-1])

    def clear(self) -> None:
        self.show([], ((0, 0), (0, 0)))


class RaceCurves:
    """Racers 2 and on, on the loss plot: a training-loss curve each."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.curves = [Curve(theme.pen(HALO, 1.5), thin="columns") for _ in range(MAX_RACERS - 1)]
        for curve in self.curves:
            plot.addItem(curve)

    def set_log_y(self, on: bool) -> None:
        for curve in self.curves:
            curve.log_y = on

    def show(self, views: Sequence[RacerView]) -> tuple[float, float] | None:
        """Draw racers 2 and on of `views`; the (low, high) of their losses, None without any."""
        bounds = []
        for k, curve in enumerate(self.curves, start=1):
            if k >= len(views) or not len(views[k].iterations):
                curve.clear()
                continue
            view = views[k]
            if curve.pen().color().name().lower() != view.colour.lower():
                curve.setPen(theme.pen(view.colour, 1.5))
            finite = np.isfinite(view.losses)
            curve.set_data(view.iterations[finite], view.losses[finite])
            bounds.append(curve.y_bounds())
        if not bounds:
            return None
        return min(b[0] for b in bounds), max(b[1] for b in bounds)
