"""The monkey's actions on the plots: toggles, axis choices, clicks, drags, wheel zooms, hovering."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from .registry import action

__all__ = ["PlotActions"]


class PlotActions:
    """Clicks, drags and wheels on the plots, and their toggles and axis choices."""

    @action(1)
    def act_log_scale(self) -> None:
        self._say("click Loss log scale")
        self._click_box(self.window.loss.log_scale)

    @action(1)
    def act_residuals(self) -> None:
        self._say("click Fit residuals")
        self._click_box(self.window.fit.residuals)

    @action(1)
    def act_view_log(self) -> None:
        self._trigger("Log-scale loss")

    @action(1)
    def act_view_residuals(self) -> None:
        self._trigger("Residuals")

    @action(1)
    def act_fit_view(self) -> None:
        u, fit = self.rng.random(), self.window.fit
        if fit.target_choice.count() > 1 and u < 0.3:  # several targets: sometimes the one drawn
            self._combo("fit target", fit.target_choice, u / 0.3)
        else:
            self._combo("fit x axis", fit.view_choice, u)

    @action(2)
    def act_landscape_axes(self) -> None:
        u, x = self.rng.random(), self.rng.random() < 0.5
        land = self.window.landscape
        self._combo("landscape x" if x else "landscape y", land.x_choice if x else land.y_choice, u)

    @action(3)
    def act_landscape_click(self) -> None:
        fx, fy = self.rng.uniform(-0.1, 1.1, size=2)
        data, pixel = self._view_point(self._landscape(), fx, fy)
        self._say(
            f"click the landscape at ({fx:.2f}, {fy:.2f}) of the view: θ ({data.x():.4g}, {data.y():.4g})"
        )
        self._click(self.window.landscape.plot_widget.viewport(), pixel)

    @action(0.5)
    def act_landscape_double_click(self) -> None:
        fx, fy = self.rng.uniform(0.1, 0.9, size=2)
        self._say(f"double-click the landscape at ({fx:.2f}, {fy:.2f}) of the view")
        pixel = self._view_point(self._landscape(), fx, fy)[1]
        self.qtbot.mouseDClick(
            self.window.landscape.plot_widget.viewport(), Qt.MouseButton.LeftButton, pos=pixel
        )

    @action(1)
    def act_zoom_far_click(self) -> None:
        """Zoom the landscape far out, then click somewhere in the (now huge) view."""
        events, notches = int(self.rng.integers(5, 60)), int(self.rng.integers(3, 15))
        fx, fy = self.rng.uniform(0.05, 0.95, size=2)
        self._say(
            f"wheel out on the landscape {events}× {notches} notches, then click at ({fx:.2f}, {fy:.2f})"
        )
        for _ in range(events):
            self._wheel(self._landscape(), -notches, 0.5, 0.5)
        data, pixel = self._view_point(self._landscape(), fx, fy)
        self._say(f"  click at θ ({data.x():.4g}, {data.y():.4g})")
        self._click(self.window.landscape.plot_widget.viewport(), pixel)

    def _drag(self, plot, start: np.ndarray, end: np.ndarray) -> None:
        viewport = plot[1].viewport()
        a, b = self._view_point(plot, *start)[1], self._view_point(plot, *end)[1]
        (x0, y0), (x1, y1) = start, end
        self._say(f"drag on the {plot[0]} plot from ({x0:.2f}, {y0:.2f}) to ({x1:.2f}, {y1:.2f})")
        self.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
        for t in (0.25, 0.5, 0.75, 1.0):
            self.qtbot.mouseMove(viewport, a + (b - a) * t)
        self.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)

    @action(1)
    def act_landscape_drag(self) -> None:
        start, end = self.rng.uniform(0.1, 0.9, size=(2, 2))
        self._drag(self._landscape(), start, end)

    @action(1)
    def act_plot_drag(self) -> None:
        u, (start, end) = self.rng.random(), self.rng.uniform(0.1, 0.9, size=(2, 2))
        self._drag(self._pick(u, self._plots()), start, end)

    def _wheels(self, plot, notches: list[int], fx: float, fy: float) -> None:
        self._say(f"wheel on the {plot[0]} plot at ({fx:.2f}, {fy:.2f}): notches {notches}")
        for n in notches:
            self._wheel(plot, n, fx, fy)

    def _draw_notches(self) -> list[int]:
        return [int(n) for n in self.rng.integers(-6, 7, size=int(self.rng.integers(1, 12)))]

    @action(3)
    def act_wheel(self) -> None:
        notches, (fx, fy) = self._draw_notches(), self.rng.uniform(0.1, 0.9, size=2)
        self._wheels(self._landscape(), notches, fx, fy)

    @action(2)
    def act_plot_wheel(self) -> None:
        u, notches, (fx, fy) = self.rng.random(), self._draw_notches(), self.rng.uniform(0.1, 0.9, size=2)
        self._wheels(self._pick(u, self._plots()), notches, fx, fy)

    @action(1)
    def act_plot_zoom_far(self) -> None:
        """Zoom a plot far out (or in), many notches at a time."""
        u, events, notches = self.rng.random(), int(self.rng.integers(5, 60)), int(self.rng.integers(-15, 16))
        plot = self._pick(u, self._plots())
        self._say(f"wheel on the {plot[0]} plot {events}× {notches} notches")
        for _ in range(events):
            self._wheel(plot, notches, 0.5, 0.5)

    @action(2)
    def act_loss_hover(self) -> None:
        fx, fy = self.rng.uniform(-0.1, 1.1, size=2)
        plot = self._plots()[1]
        self._say(f"mouse over the loss plot at ({fx:.2f}, {fy:.2f})")
        self.qtbot.mouseMove(plot[1].viewport(), self._view_point(plot, fx, fy)[1])
